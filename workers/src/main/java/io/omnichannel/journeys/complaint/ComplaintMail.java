package io.omnichannel.journeys.complaint;

import io.omnichannel.journeys.IncomingMail;
import io.omnichannel.requests.IntakeInput;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mail to the intake mailbox is a complaint when its subject or text uses one of a small, bounded
 * list of words of complaint, in English or German; other mails go on to the next rule.
 */
final class ComplaintMail {

  /** Whole words, or the start of a word (German compounds: "Reklamationsgrund", "kaputtgegangen"). */
  static final List<String> WORDS =
      List.of(
          "complaint", "complain", "unacceptable", "broken", "damaged", "defective", "refund", "disappointed", "faulty",
          "beschwerde", "beschweren", "reklamation", "reklamieren", "kaputt", "beschädigt", "defekt", "unzumutbar",
          "enttäuscht", "rückerstattung", "mangelhaft");

  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}])(" + String.join("|", WORDS) + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ComplaintMail() {}

  static boolean soundsLikeAComplaint(String subject, String text) {
    String all = Normalizer.normalize((subject == null ? "" : subject) + "\n" + (text == null ? "" : text), Normalizer.Form.NFC);
    return WORD.matcher(all.toLowerCase(Locale.ROOT)).find();
  }

  static Optional<IntakeInput> read(IncomingMail mail) {
    if (!soundsLikeAComplaint(mail.subject(), mail.text())) {
      return Optional.empty();
    }
    return Optional.of(mail.asMessage());
  }
}
