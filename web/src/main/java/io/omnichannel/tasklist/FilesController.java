package io.omnichannel.tasklist;

import io.omnichannel.documents.DocumentFile;
import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.requests.AttachmentFile;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.StaffAccess;
import java.security.Principal;
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
  private final StaffAccess access;
  private final ManualLibrary library;

  FilesController(RequestTracking requests, StaffAccess access, ManualLibrary library) {
    this.requests = requests;
    this.access = access;
    this.library = library;
  }

  /** A customer's file, for whoever may read her request (see {@link StaffAccess}); 404 for everyone else. */
  @GetMapping("/staff/requests/{requestId}/attachments/{attachmentId}")
  ResponseEntity<byte[]> attachment(@PathVariable UUID requestId, @PathVariable UUID attachmentId, Principal user) {
    if (!access.mayReadRequest(requestId, user.getName())) {
      return ResponseEntity.notFound().build();
    }
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
