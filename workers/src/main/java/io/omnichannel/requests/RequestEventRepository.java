package io.omnichannel.requests;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RequestEventRepository extends JpaRepository<RequestEvent, UUID> {

  List<RequestEvent> findByRequestIdOrderByOccurredAtAscSeqAsc(UUID requestId);

  List<RequestEvent> findByRequestIdAndCustomerVisibleTrueOrderByOccurredAtAscSeqAsc(UUID requestId);

  // JPQL, not derived from the name: Hibernate 6.6 caches the plan of a query string but translates
  // a derived query's criteria tree again on every call, and these run for every request
  @Query("select count(e) > 0 from RequestEvent e where e.requestId = :requestId and e.kind = :kind")
  boolean existsByRequestIdAndKind(UUID requestId, String kind);

  @Query(
      "select count(e) > 0 from RequestEvent e"
          + " where e.requestId in :requestIds and e.kind = 'ENTERED_BY_STAFF' and e.actor = :username")
  boolean enteredByStaff(Collection<UUID> requestIds, String username);
}
