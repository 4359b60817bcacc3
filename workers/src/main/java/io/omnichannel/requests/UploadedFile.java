package io.omnichannel.requests;

/**
 * A file a customer or colleague sent with a request or an answer; its declared media type is only
 * a hint, the content decides (PDF, JPEG or PNG, at most 5 MB).
 */
public record UploadedFile(String fileName, String declaredMediaType, byte[] content) {}
