package io.omnichannel.requests;

import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.processes.SharedModel;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer writes to her existing request (a reply by e-mail, the answer form of her status
 * page): the message and files join the request's history, and when the request waits for her
 * answer, the process is told through the outbox ({@code CustomerAnswered}) in the same
 * transaction.
 */
@Service
public class CustomerMessages {

  static final int MAX_TEXT = 10_000;

  private final ServiceRequestRepository requests;
  private final RequestAttachmentRepository attachments;
  private final AttachmentInspector inspector;
  private final RequestHistory history;
  private final ProcessOutbox outbox;
  private final RepeatedContacts contacts;
  private final Clock clock;

  CustomerMessages(
      ServiceRequestRepository requests,
      RequestAttachmentRepository attachments,
      AttachmentInspector inspector,
      RequestHistory history,
      ProcessOutbox outbox,
      RepeatedContacts contacts,
      Clock clock) {
    this.requests = requests;
    this.attachments = attachments;
    this.inspector = inspector;
    this.history = history;
    this.outbox = outbox;
    this.contacts = contacts;
    this.clock = clock;
  }

  /** A reply by e-mail: files that are not PDF/JPEG/PNG up to 5 MB are left out (the raw mail keeps them). */
  @Transactional
  public Optional<CustomerMessageReceived> appendByReference(String reference, CustomerMessage message) {
    return requests.lockByReference(reference).map(request -> append(request, message, inspectLeniently(message)));
  }

  /**
   * The answer form of the status page, held to the intake's rules.
   *
   * @return empty for an unknown token
   * @throws InvalidSubmissionException fields {@code text}, {@code attachment}; nothing is written then
   */
  @Transactional
  public Optional<CustomerMessageReceived> answerByTrackingToken(String token, CustomerMessage message) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> errors = new LinkedHashMap<>();
    String text = message.text() == null ? "" : message.text().strip();
    if (text.isEmpty() && message.attachments().isEmpty()) {
      errors.put("text", "Please write your answer or attach a document.");
    } else if (!PlainText.isAcceptable(text)) {
      errors.put("text", PlainText.CONTROL_CHARACTER);
    } else if (text.length() > MAX_TEXT) {
      errors.put("text", "Please keep the answer under 10,000 characters.");
    }
    List<AttachmentInspector.Inspected> files = new ArrayList<>();
    for (var attachment : message.attachments()) {
      var result = inspector.inspect(attachment);
      if (result.error() != null) {
        errors.putIfAbsent("attachment", result.error());
      } else {
        files.add(result.inspected());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    return requests.lockByTrackingToken(token).map(request -> append(request, message, new Inspection(files, List.of())));
  }

  private record Inspection(List<AttachmentInspector.Inspected> kept, List<String> notKept) {}

  private Inspection inspectLeniently(CustomerMessage message) {
    List<AttachmentInspector.Inspected> kept = new ArrayList<>();
    List<String> notKept = new ArrayList<>();
    for (var attachment : message.attachments()) {
      var result = inspector.inspect(attachment);
      if (result.error() != null) {
        notKept.add(attachment.fileName() + ": " + result.error());
      } else {
        kept.add(result.inspected());
      }
    }
    return new Inspection(kept, notKept);
  }

  private static String channelOf(String via) {
    return via != null && via.toLowerCase(java.util.Locale.ROOT).contains("mail") ? "EMAIL" : "WEB";
  }

  private CustomerMessageReceived append(ServiceRequest request, CustomerMessage message, Inspection files) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    for (var file : files.kept()) {
      attachments.save(new RequestAttachment(request.id(), file, now));
    }
    // a mail's reply is taken as it came; the characters text cannot hold are left out
    String text = message.text() == null ? "" : PlainText.withoutControlCharacters(message.text()).strip();
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + " …";
    }
    StringBuilder summary = new StringBuilder("You wrote (" + message.via() + ")");
    summary.append(text.isEmpty() ? "." : ": " + text);
    if (!files.kept().isEmpty()) {
      summary.append(" [attached: ").append(String.join(", ", files.kept().stream().map(AttachmentInspector.Inspected::fileName).toList())).append(']');
    }
    history.record(request.id(), "CUSTOMER_MESSAGE", summary.toString(), true, "customer");
    if (!files.notKept().isEmpty()) {
      history.record(request.id(), "FILES_NOT_KEPT", "Not kept: " + String.join("; ", files.notKept()), false, "system");
    }
    boolean answered = request.customerAnswered(now);
    if (answered) {
      outbox.message(request.id(), request.reference(), SharedModel.CUSTOMER_ANSWERED_MESSAGE, message.messageId(), Map.of(), now);
    } else if (request.status().isOpen()) {
      // not the answer the case waits for: for a type with one open case per customer, a repeated contact
      contacts.record(request, channelOf(message.via()), "reply:" + message.messageId(), null, now);
    }
    return new CustomerMessageReceived(request.id(), request.reference(), answered, files.notKept());
  }
}
