package io.omnichannel.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentRepository extends JpaRepository<Document, UUID> {

  Optional<Document> findFirstByTypeNumberAndKindOrderByCreatedAtDesc(String typeNumber, Document.Kind kind);
}
