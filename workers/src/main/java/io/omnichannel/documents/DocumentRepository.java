package io.omnichannel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

  Optional<Document> findFirstByTypeNumberAndKindOrderByCreatedAtDesc(String typeNumber, Document.Kind kind);

  /** The library's list without loading any file content. */
  @org.springframework.data.jpa.repository.Query(
      "select new io.omnichannel.documents.StoredDocument(d.id, d.typeNumber, d.title, d.fileName, d.mediaType,"
          + " cast(length(d.content) as long)) from Document d where d.kind = :kind order by d.typeNumber, d.createdAt desc")
  java.util.List<StoredDocument> allMetadata(Document.Kind kind);
}
