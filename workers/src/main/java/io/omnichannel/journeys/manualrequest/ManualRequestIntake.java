package io.omnichannel.journeys.manualrequest;

import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.IntakeForm;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** A manual request from any channel: the product's type number, and what proves the purchase (numbers, a receipt). */
@Component
class ManualRequestIntake implements IntakeForm {

  private final RequestIntake intake;

  ManualRequestIntake(RequestIntake intake) {
    this.intake = intake;
  }

  @Override
  public SubmittedRequest submit(IntakeInput input, IntakeChannel via) {
    ManualRequestSubmission s = ManualRequestSubmission.from(input);
    var request =
        new NewRequest(
            ManualRequestProcess.REQUEST_TYPE, s.name(), s.email(), null, s.customerNumber(), s.orderNumber(), s.typeNumber(),
            null, s.message(), input.attachment(), input.idempotencyKey());
    return intake.submit(request, via, intake.problems(input, s), JourneyStart.of(ManualRequestProcess.START_MESSAGE), id -> {});
  }

  @Override
  public String fragment() {
    return "journeys/manualrequest/intake :: fields";
  }

  @Override
  public boolean takesAttachment() {
    return true;
  }

  @Override
  public List<IntakeField> fields() {
    List<IntakeField> fields = new ArrayList<>(IntakeField.contact("Where we send the manual and updates"));
    fields.add(IntakeField.required("typeNumber", "From the appliance's type plate", "KM-5500", 64));
    fields.add(IntakeField.optional("orderNumber", "Online order or till receipt number", "W-2026-7781", 64));
    fields.add(IntakeField.optional("message", "Anything the customer wants to add", "The printed manual is far too thin.", 10_000));
    return fields;
  }
}
