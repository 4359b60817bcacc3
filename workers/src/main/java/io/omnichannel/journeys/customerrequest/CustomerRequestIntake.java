package io.omnichannel.journeys.customerrequest;

import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.IntakeForm;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A question or callback wish from any channel, into the queue of the type's team. One
 * per type; the start tells the model the type and the team.
 */
class CustomerRequestIntake implements IntakeForm {

  private final CustomerRequestType type;
  private final RequestIntake intake;
  private final CallbackDetails callbacks;

  CustomerRequestIntake(CustomerRequestType type, RequestIntake intake, CallbackDetails callbacks) {
    this.type = type;
    this.intake = intake;
    this.callbacks = callbacks;
  }

  @Override
  public SubmittedRequest submit(IntakeInput input, IntakeChannel via) {
    CustomerRequestSubmission s = CustomerRequestSubmission.from(input);
    Map<String, String> errors = intake.problems(input, s);
    typeRules(s).forEach(errors::putIfAbsent);
    var request =
        new NewRequest(
            type.name(), s.name(), s.email(), s.phone(), s.customerNumber(), s.orderNumber(), null, s.subject(), s.message(),
            input.attachment(), input.idempotencyKey());
    var start = new JourneyStart(CustomerRequestProcess.START_MESSAGE, Map.of(CustomerRequestProcess.Variables.TEAM, type.team));
    return intake.submit(request, via, errors, start, id -> {
      if (type == CustomerRequestType.CALLBACK) {
        callbacks.save(id, s.phone(), CallbackWindow.parse(s.callbackWindow()).orElseThrow());
      }
    });
  }

  private Map<String, String> typeRules(CustomerRequestSubmission submission) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (type == CustomerRequestType.CALLBACK) {
      if (submission.phone() == null) {
        errors.put("phone", "Please give us the number to call.");
      } else if (!submission.phone().matches("\\+?[0-9 ()/-]{5,}")) {
        errors.put("phone", "This does not look like a phone number.");
      }
      if (submission.callbackWindow() == null) {
        errors.put("callbackWindow", "Please choose when we should call.");
      } else if (CallbackWindow.parse(submission.callbackWindow()).isEmpty()) {
        errors.put("callbackWindow", "Please choose one of the offered times.");
      }
    } else if (submission.message() == null) {
      errors.put("message", "Please write your question.");
    }
    return errors;
  }

  @Override
  public String fragment() {
    return "journeys/customerrequest/intake :: fields";
  }

  @Override
  public Map<String, Object> model(Map<String, String> values) {
    return Map.of("kind", type.path, "windows", CallbackWindow.values());
  }

  @Override
  public boolean takesAttachment() {
    return type != CustomerRequestType.CALLBACK;
  }

  @Override
  public List<IntakeField> fields() {
    List<IntakeField> fields = new ArrayList<>(IntakeField.contact("Where we send the reference and our answer"));
    if (type == CustomerRequestType.CALLBACK) {
      fields.add(IntakeField.required("phone", "The number to call", "+49 89 1234567", 64));
      fields.add(new IntakeField("callbackWindow", "When to call", "WEEKDAY_MORNING", true, 32,
          Arrays.stream(CallbackWindow.values()).map(Enum::name).toList()));
      fields.add(IntakeField.optional("message", "What the customer would like to talk about", "About my order", 10_000));
    } else {
      fields.add(IntakeField.required("message", "The question", "Are you open on Sunday?", 10_000));
      fields.add(IntakeField.optional("orderNumber", "Online order or till receipt number", "W-2026-7781", 64));
    }
    fields.add(IntakeField.optional("subject", "A short subject", "Delivery", 200));
    return fields;
  }
}
