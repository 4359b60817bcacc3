package io.omnichannel.journeys.customerrequest;

import io.omnichannel.journeys.IncomingMail;
import io.omnichannel.requests.IntakeInput;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Any mail to the intake mailbox that no other journey takes becomes a general question in the
 * service centre's queue: every mail gets an owner.
 */
final class CustomerRequestMail {

  private CustomerRequestMail() {}

  static Optional<IntakeInput> readAsQuestion(IncomingMail mail) {
    String subject = mail.subject().isBlank() ? null : shorten(mail.subject().strip(), 200);
    String text = mail.text().isBlank() ? (subject != null ? subject : "(The e-mail had no text.)") : shorten(mail.text(), 10_000);
    Map<String, String> fields = new HashMap<>();
    fields.put("name", shorten(mail.sender(), 200));
    fields.put("email", mail.senderAddress());
    if (subject != null) {
      fields.put("subject", subject);
    }
    fields.put("message", text);
    return Optional.of(new IntakeInput(fields, mail.attachments().isEmpty() ? null : mail.attachments().getFirst(), "email:" + mail.id()));
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 10) + " …" : text;
  }
}
