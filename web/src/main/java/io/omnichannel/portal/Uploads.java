package io.omnichannel.portal;

import io.omnichannel.requests.UploadedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.web.multipart.MultipartFile;

/** A file uploaded with a form, as the intake takes it; the intake judges its type and size. */
public final class Uploads {

  private Uploads() {}

  /** The uploaded file, or empty when the field was left empty. */
  public static Optional<UploadedFile> attachment(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new UploadedFile(file.getOriginalFilename(), file.getContentType(), file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the uploaded file " + file.getOriginalFilename(), e);
    }
  }
}
