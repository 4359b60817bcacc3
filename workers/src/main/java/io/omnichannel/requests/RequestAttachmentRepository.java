package io.omnichannel.requests;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, UUID> {

  List<RequestAttachment> findByRequestIdOrderByCreatedAtAsc(UUID requestId);
}
