package io.omnichannel.requests;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides by content (not the declared type) what an upload is. The text of a PDF is read later,
 * off the request and within limits, by {@link AttachmentTexts}.
 */
@Component
class AttachmentInspector {

  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final String PDF = "application/pdf";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  record Inspected(String fileName, String mediaType, byte[] content) {}

  /** @return the inspected file, or an error message for the customer */
  Result inspect(UploadedFile attachment) {
    byte[] content = attachment.content();
    if (content == null || content.length == 0) {
      return Result.error("The file is empty.");
    }
    if (content.length > MAX_BYTES) {
      return Result.error("The file is larger than 5 MB.");
    }
    Optional<String> mediaType = sniff(content);
    if (mediaType.isEmpty()) {
      return Result.error("Please send a PDF, JPEG or PNG file.");
    }
    return Result.ok(new Inspected(fileName(attachment.fileName(), mediaType.get()), mediaType.get(), content));
  }

  record Result(Inspected inspected, String error) {
    static Result ok(Inspected inspected) {
      return new Result(inspected, null);
    }

    static Result error(String message) {
      return new Result(null, message);
    }
  }

  static Optional<String> sniff(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  /** Keeps only the last path segment and safe characters; the name is shown and used in downloads. */
  private static String fileName(String declared, String mediaType) {
    String name = declared == null ? "" : declared.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      name = "attachment";
    }
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return name.contains(".") ? name : name + extension(mediaType);
  }

  private static String extension(String mediaType) {
    return switch (mediaType) {
      case PDF -> ".pdf";
      case JPEG -> ".jpg";
      default -> ".png";
    };
  }
}
