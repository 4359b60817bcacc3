package io.omnichannel.purchases;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import java.util.UUID;
import org.springframework.stereotype.Component;

@Component
public class VerifyPurchaseWorker {

  public record Outcome(boolean purchaseVerified, String verificationNote) {}

  private final PurchaseVerification verification;

  VerifyPurchaseWorker(PurchaseVerification verification) {
    this.verification = verification;
  }

  @JobWorker(type = JobTypes.VERIFY_PURCHASE)
  public Outcome verify(@Variable(name = Variables.REQUEST_ID) String requestId) {
    VerificationResult result = verification.verify(UUID.fromString(requestId));
    return new Outcome(result.verified(), result.note());
  }
}
