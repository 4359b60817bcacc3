package io.omnichannel.tasklist;

import io.omnichannel.documents.DocumentFile;
import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.requests.AttachmentFile;
import io.omnichannel.requests.RequestTracking;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Staff open what customers uploaded and what the library holds; shown inline so a PDF previews. */
@Controller
class FilesController {

  private final RequestTracking requests;
  private final ManualLibrary library;

  FilesController(RequestTracking requests, ManualLibrary library) {
    this.requests = requests;
    this.library = library;
  }

  @GetMapping("/staff/requests/{requestId}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID requestId, @PathVariable UUID attachmentId) {
    return requests
        .attachment(requestId, attachmentId)
        .map((AttachmentFile file) -> inline(file.fileName(), file.mediaType(), file.content()))
        .orElse(ResponseEntity.notFound().build());
  }

  @GetMapping("/staff/documents/{documentId}")
  ResponseEntity<byte[]> document(@PathVariable UUID documentId) {
    return library
        .file(documentId)
        .map((DocumentFile file) -> inline(file.fileName(), file.mediaType(), file.content()))
        .orElse(ResponseEntity.notFound().build());
  }

  private static ResponseEntity<byte[]> inline(String fileName, String mediaType, byte[] content) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(content);
  }
}
