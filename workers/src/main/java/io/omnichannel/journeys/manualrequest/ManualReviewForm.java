package io.omnichannel.journeys.manualrequest;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskForm;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The service centre's review of a manual request: send a manual from the library, answer, or ask the customer. */
@Component
class ManualReviewForm implements TaskForm {

  private final ManualLibrary library;
  private final RequestTracking requests;

  ManualReviewForm(ManualLibrary library, RequestTracking requests) {
    this.library = library;
    this.requests = requests;
  }

  @Override
  public String formKey() {
    return ManualRequestProcess.FORM_KEY_REVIEW;
  }

  @Override
  public String fragment() {
    return "journeys/manualrequest/tasks :: review";
  }

  @Override
  public Map<String, Object> variables(Map<String, ?> input, String username) {
    return ReviewDecision.from(input).toVariables();
  }

  @Override
  public Map<String, Object> model(StaffTask task) {
    // the manual of the product asked about, if the library has one by now, is chosen already
    String suggested =
        (task.requestId() == null ? Optional.<RequestSummary>empty() : requests.summaryOf(task.requestId()))
            .flatMap(request -> library.findManual(request.typeNumber()))
            .map(manual -> manual.id().toString())
            .orElse("");
    return Map.of("manuals", library.allManuals(), "suggestedManual", suggested);
  }
}
