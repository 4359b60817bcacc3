package io.omnichannel.requests;

import io.omnichannel.tasks.RequestFacts;
import io.omnichannel.tasks.RequestFactsLookup;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's answer to the task list: what a task's request is and who asked. */
@Component
class LedgerFacts implements RequestFactsLookup {

  private final ServiceRequestRepository requests;

  LedgerFacts(ServiceRequestRepository requests) {
    this.requests = requests;
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RequestFacts> factsOf(UUID requestId) {
    return requests
        .findById(requestId)
        .map(r -> new RequestFacts(r.type(), r.channel(), null, r.contactName(), r.customerNumber(), r.contactEmail()));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RequestContact> contactOf(UUID requestId) {
    return requests.findById(requestId).map(r -> new RequestContact(r.contactName(), r.contactEmail(), r.reference(), r.typeNumber()));
  }
}
