package io.omnichannel.requests;

/**
 * A file a customer or colleague sent with a request or an answer; its declared media type is only
 * a hint, the content decides (PDF, JPEG or PNG, at most 5 MB).
 */
public record UploadedFile(String fileName, String declaredMediaType, byte[] content) {

  /** A file's name and type are taken as told, without control characters (a NUL in a name is no reason to refuse her file). */
  public UploadedFile {
    fileName = PlainText.withoutControlCharacters(fileName);
    declaredMediaType = PlainText.withoutControlCharacters(declaredMediaType);
  }
}
