package io.omnichannel.requests;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestEventRepository extends JpaRepository<RequestEvent, UUID> {

  List<RequestEvent> findByRequestIdOrderByOccurredAtAscSeqAsc(UUID requestId);

  List<RequestEvent> findByRequestIdAndCustomerVisibleTrueOrderByOccurredAtAscSeqAsc(UUID requestId);

  boolean existsByRequestIdAndKind(UUID requestId, String kind);
}
