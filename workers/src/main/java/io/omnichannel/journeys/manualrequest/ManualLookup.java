package io.omnichannel.journeys.manualrequest;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.RequestTracking;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the manual a request asks for and notes the outcome in the request's history. */
@Service
class ManualLookup {

  record Outcome(boolean manualFound, String manualDocumentId) {}

  private final ManualLibrary library;
  private final RequestTracking requests;
  private final RequestHistory history;

  ManualLookup(ManualLibrary library, RequestTracking requests, RequestHistory history) {
    this.library = library;
    this.requests = requests;
    this.history = history;
  }

  @Transactional
  Outcome lookUp(UUID requestId) {
    String typeNumber = requests.summary(requestId).typeNumber();
    return library
        .findManual(typeNumber)
        .map(
            manual -> {
              history.recordOnce(requestId, "MANUAL_FOUND", "Manual found in the library: " + manual.title(), false, "system");
              return new Outcome(true, manual.id().toString());
            })
        .orElseGet(
            () -> {
              history.recordOnce(requestId, "MANUAL_NOT_FOUND", "The library has no manual for " + typeNumber, false, "system");
              return new Outcome(false, null);
            });
  }
}
