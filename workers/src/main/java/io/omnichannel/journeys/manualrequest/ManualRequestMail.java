package io.omnichannel.journeys.manualrequest;

import io.omnichannel.journeys.IncomingMail;
import io.omnichannel.requests.IntakeInput;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A mail to the intake mailbox that asks for a manual and names a type number opens a manual request. */
final class ManualRequestMail {

  // type plates read like KM-5500, DG-220, CF-80, HB-12; references (SR-2026-000042) are not type numbers
  private static final Pattern TYPE_NUMBER = Pattern.compile("\\b(?!SR-)[A-Z]{1,4}-\\d{1,5}[A-Z]?\\b");
  private static final Pattern ASKS_FOR_MANUAL = Pattern.compile("manual|anleitung|instructions", Pattern.CASE_INSENSITIVE);
  private static final int MAX_TEXT = 10_000;

  private ManualRequestMail() {}

  static Optional<IntakeInput> read(IncomingMail mail) {
    return typeNumberAskedFor(mail).map(typeNumber -> {
      Map<String, String> fields = new HashMap<>();
      fields.put("name", shorten(mail.sender(), 200));
      fields.put("email", mail.senderAddress());
      fields.put("typeNumber", typeNumber);
      fields.put("message", shorten(mail.text(), MAX_TEXT));
      return new IntakeInput(fields, mail.attachments().isEmpty() ? null : mail.attachments().getFirst(), "email:" + mail.id());
    });
  }

  static Optional<String> typeNumberAskedFor(IncomingMail mail) {
    String all = mail.subject() + "\n" + mail.text();
    if (!ASKS_FOR_MANUAL.matcher(all).find()) {
      return Optional.empty();
    }
    Matcher type = TYPE_NUMBER.matcher(all.toUpperCase(Locale.ROOT));
    return type.find() ? Optional.of(type.group()) : Optional.empty();
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 10) + " …" : text;
  }
}
