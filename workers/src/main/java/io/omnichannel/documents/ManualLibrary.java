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
  /** What describes a document, without its content (plain SQL: the entity would bring the file along). */
  private static final String METADATA =
      "SELECT id, type_number, title, file_name, media_type, octet_length(content) AS size_bytes FROM documents ";

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
    return jdbc.sql(METADATA + "WHERE type_number = :typeNumber AND kind = 'MANUAL' ORDER BY created_at DESC LIMIT 1")
        .param("typeNumber", typeNumber.strip())
        .query(StoredDocument.class)
        .optional();
  }

  /** Every manual of the library, by type number; for staff choosing what to send. */
  @Transactional(readOnly = true)
  public List<StoredDocument> allManuals() {
    return jdbc.sql(METADATA + "WHERE kind = 'MANUAL' ORDER BY type_number, created_at DESC")
        .query(StoredDocument.class)
        .list();
  }

  @Transactional(readOnly = true)
  public Optional<StoredDocument> document(UUID documentId) {
    return jdbc.sql(METADATA + "WHERE id = :id")
        .param("id", documentId)
        .query(StoredDocument.class)
        .optional();
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
