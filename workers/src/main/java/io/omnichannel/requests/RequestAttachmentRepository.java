package io.omnichannel.requests;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface RequestAttachmentRepository extends JpaRepository<RequestAttachment, UUID> {

  List<RequestAttachment> findByRequestIdOrderByCreatedAtAsc(UUID requestId);

  @Query(
      "select a from RequestAttachment a where a.requestId = :requestId and a.mediaType = 'application/pdf'"
          + " and a.textReadAt is null order by a.createdAt")
  List<RequestAttachment> findUnreadPdfs(UUID requestId);

  /** Records what reading gave, once: a second reader of the same file changes nothing. */
  @Transactional
  @Modifying
  @Query(
      "update RequestAttachment a set a.extractedText = :text, a.textProblem = :problem, a.textReadAt = :readAt"
          + " where a.id = :id and a.textReadAt is null")
  int recordText(UUID id, String text, String problem, Instant readAt);
}
