package io.omnichannel.journeys.manualrequest;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class SendManualWorker {

  private final ManualSending sending;

  SendManualWorker(ManualSending sending) {
    this.sending = sending;
  }

  @JobWorker(type = JobTypes.SEND_MANUAL)
  public void sendManual(
      @Variable(name = Variables.REQUEST_ID) String requestId,
      @Variable(name = Variables.MANUAL_DOCUMENT_ID, optional = true) String manualDocumentId) {
    sending.sendManual(UUID.fromString(requestId), manualDocumentId == null ? null : UUID.fromString(manualDocumentId));
  }
}
