package io.omnichannel.requests;

import io.omnichannel.sla.RequestSubmissions;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's answer to SLA planning: when a request was submitted (its creation in the ledger). */
@Component
class LedgerSubmissions implements RequestSubmissions {

  private final ServiceRequestRepository requests;

  LedgerSubmissions(ServiceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Instant> submittedAt(UUID requestId) {
    return requests.findById(requestId).map(ServiceRequest::createdAt);
  }
}
