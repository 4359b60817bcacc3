package io.omnichannel.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file of the document library, e.g. the manual of one product type. */
@Entity
@Table(name = "documents")
class Document {

  enum Kind {
    MANUAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(name = "type_number")
  private String typeNumber;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private String title;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  private byte[] content;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Document() {}

  Document(Kind kind, String typeNumber, String title, String fileName, String mediaType, byte[] content, Instant createdAt) {
    this.kind = kind;
    this.typeNumber = typeNumber;
    this.title = title;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content;
    this.createdAt = createdAt;
  }

  StoredDocument metadata() {
    return new StoredDocument(id, typeNumber, title, fileName, mediaType, content.length);
  }

  DocumentFile file() {
    return new DocumentFile(id, title, fileName, mediaType, content);
  }

  Instant createdAt() {
    return createdAt;
  }
}
