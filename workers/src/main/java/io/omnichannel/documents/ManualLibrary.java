package io.omnichannel.documents;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The manuals we can send without asking anyone: one PDF per product type number. */
@Service
public class ManualLibrary {

  private static final String PDF = "application/pdf";

  private final DocumentRepository documents;
  private final JdbcClient jdbc;

  ManualLibrary(DocumentRepository documents, JdbcClient jdbc) {
    this.documents = documents;
    this.jdbc = jdbc;
  }

  /** The newest manual for the type number, if the library has one. */
  @Transactional(readOnly = true)
  public Optional<StoredDocument> findManual(String typeNumber) {
    if (typeNumber == null || typeNumber.isBlank()) {
      return Optional.empty();
    }
    return documents
        .findFirstByTypeNumberAndKindOrderByCreatedAtDesc(typeNumber.strip(), Document.Kind.MANUAL)
        .map(Document::metadata);
  }

  /** Every manual of the library, by type number; for staff choosing what to send. */
  @Transactional(readOnly = true)
  public List<StoredDocument> allManuals() {
    // plain SQL, so the list never loads file contents
    return jdbc.sql(
            """
            SELECT id, type_number, title, file_name, media_type, octet_length(content) AS size_bytes
            FROM documents WHERE kind = 'MANUAL' ORDER BY type_number, created_at DESC
            """)
        .query(StoredDocument.class)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> document(UUID documentId) {
    return documents.findById(documentId).map(Document::metadata);
  }

  /** Any document of the library with its content, e.g. for download or to attach to a mail. */
  @Transactional(readOnly = true)
  public Optional<DocumentFile> file(UUID documentId) {
    return documents.findById(documentId).map(Document::file);
  }

  @Transactional
  public StoredDocument addManual(String typeNumber, String title, String fileName, byte[] pdf, Instant now) {
    return documents.save(new Document(Document.Kind.MANUAL, typeNumber, title, fileName, PDF, pdf, now)).metadata();
  }
}
