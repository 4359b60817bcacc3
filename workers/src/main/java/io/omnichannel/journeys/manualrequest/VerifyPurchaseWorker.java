package io.omnichannel.journeys.manualrequest;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.purchases.VerificationResult;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class VerifyPurchaseWorker {

  record Outcome(boolean purchaseVerified, String verificationNote) {}

  private final PurchaseCheck check;

  VerifyPurchaseWorker(PurchaseCheck check) {
    this.check = check;
  }

  @JobWorker(type = JobTypes.VERIFY_PURCHASE)
  public Outcome verify(@Variable(name = Variables.REQUEST_ID) String requestId) {
    VerificationResult result = check.verify(UUID.fromString(requestId));
    return new Outcome(result.verified(), result.note());
  }
}
