package io.omnichannel.journeys.complaint;

import io.omnichannel.notifications.MailBody;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.outbox.ProcessOutbox;
import io.omnichannel.platform.Links;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.PlainText;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffUser;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How satisfied the customer is after her complaint: the invitation with an unguessable link (no
 * login), the rating once per link while it is valid, the reopening after a poor one, and the
 * overview for team leads and process owners.
 */
@Service
public class ComplaintRatings {

  /** As long as the model waits ({@link ComplaintProcess#RATING_PERIOD}). */
  static final Duration VALID_FOR = Duration.ofDays(14);
  static final int MAX_COMMENT = 2000;
  private static final int TOKEN_BYTES = 24;

  /** What the rating page shows for a link. */
  public enum LinkState { OPEN, RATED, EXPIRED }

  public record RatingLink(String reference, LinkState state) {}

  public record Rated(String reference, int rating, String comment, Instant ratedAt, String customerName) {}

  /** @param distribution count per rating, index 0 for 1 … index 4 for 5 */
  public record Overview(int count, double average, List<Integer> distribution, List<Rated> ratings) {}

  private final JdbcClient jdbc;
  private final RequestTracking tracking;
  private final RequestLedger ledger;
  private final StaffDirectory staff;
  private final MailOutbox mail;
  private final ProcessOutbox outbox;
  private final Links links;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ComplaintRatings(
      JdbcClient jdbc, RequestTracking tracking, RequestLedger ledger, StaffDirectory staff, MailOutbox mail, ProcessOutbox outbox,
      Links links, Clock clock) {
    this.jdbc = jdbc;
    this.tracking = tracking;
    this.ledger = ledger;
    this.staff = staff;
    this.mail = mail;
    this.outbox = outbox;
    this.links = links;
    this.clock = clock;
  }

  /** One invitation per case: a redelivered job finds the token and the mail's key and adds nothing. */
  @Transactional
  public void invite(UUID requestId) {
    Instant now = clock.instant();
    byte[] bytes = new byte[TOKEN_BYTES];
    random.nextBytes(bytes);
    jdbc.sql("INSERT INTO complaint_ratings (request_id, token, invited_at, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING")
        .params(requestId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), Timestamp.from(now),
            Timestamp.from(now.plus(VALID_FOR)))
        .update();
    String token = jdbc.sql("SELECT token FROM complaint_ratings WHERE request_id = ?").param(requestId).query(String.class).single();
    RequestSummary request = tracking.summary(requestId);
    if (request.contactEmail() == null) {
      return;
    }
    String text = "Hello " + request.contactName() + ",\n\nyour complaint " + request.reference() + " is closed. How satisfied are you "
        + "with how we handled it? One click, no login, two minutes:\n\n" + links.page("/rate/" + token)
        + "\n\nThe link is valid for 14 days. If we did not put it right, tell us: the team lead takes it on personally.\n";
    mail.enqueue(OutboundMail.toCustomer(
        "rating-invite:" + requestId, requestId, request.contactEmail(), "How did we handle your complaint " + request.reference() + "?",
        MailBody.text(text), null));
  }

  @Transactional(readOnly = true)
  public Optional<RatingLink> link(String token) {
    if (token == null || token.isBlank() || token.length() > 64) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return jdbc.sql("SELECT request_id, expires_at, rated_at FROM complaint_ratings WHERE token = ?")
        .param(token)
        .query((rs, row) -> {
          UUID requestId = rs.getObject("request_id", UUID.class);
          LinkState state = rs.getTimestamp("rated_at") != null ? LinkState.RATED
              : rs.getTimestamp("expires_at").toInstant().isBefore(now) ? LinkState.EXPIRED : LinkState.OPEN;
          return new RatingLink(tracking.summary(requestId).reference(), state);
        })
        .optional();
  }

  /**
   * Takes the rating once: it tells the process ({@code ComplaintRated}) in the same transaction.
   *
   * @return the link as it is now: {@link LinkState#RATED} after a rating taken now, or the state
   *     that refused it (rated before, expired); empty for an unknown token
   * @throws InvalidSubmissionException fields {@code rating} (1–5), {@code comment} (at most 2,000); nothing is written then
   */
  @Transactional
  public Optional<RatingLink> rate(String token, String rating, String comment) {
    Optional<RatingLink> link = link(token);
    if (link.isEmpty() || link.get().state() != LinkState.OPEN) {
      return link;
    }
    Map<String, String> errors = new LinkedHashMap<>();
    Integer value = null;
    if (rating == null || rating.isBlank()) {
      errors.put("rating", "Please choose from 1 (not at all) to 5 (very satisfied).");
    } else if (!rating.strip().matches("[1-5]")) {
      errors.put("rating", "Please choose one of 1, 2, 3, 4 or 5.");
    } else {
      value = Integer.parseInt(rating.strip());
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && !PlainText.isAcceptable(text)) {
      errors.put("comment", PlainText.CONTROL_CHARACTER);
    } else if (text != null && text.length() > MAX_COMMENT) {
      errors.put("comment", "Please keep the comment under 2,000 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidSubmissionException(errors);
    }
    Instant now = clock.instant();
    UUID requestId =
        jdbc.sql("UPDATE complaint_ratings SET rating = ?, comment = ?, rated_at = ? WHERE token = ? AND rated_at IS NULL RETURNING request_id")
            .params(value, text, Timestamp.from(now), token)
            .query(UUID.class)
            .optional()
            .orElse(null);
    if (requestId == null) {
      // a second click at the same moment: the first one counted
      return link(token);
    }
    outbox.message(requestId, link.get().reference(), ComplaintProcess.RATED_MESSAGE, "rating-" + requestId,
        Map.of(ComplaintProcess.Variables.RATING, value), now);
    return Optional.of(new RatingLink(link.get().reference(), LinkState.RATED));
  }

  /** A rating of 1 or 2: the case is open again, for the complaints team's lead. @return the lead's username */
  @Transactional
  public String reopen(UUID requestId) {
    Integer rating = jdbc.sql("SELECT rating FROM complaint_ratings WHERE request_id = ?").param(requestId).query(Integer.class).optional().orElse(null);
    ledger.reopen(requestId, "You rated our handling " + (rating == null ? "poorly" : rating + " of 5")
        + ": we have reopened your complaint, and the team lead of our complaints team takes it on personally.");
    return staff.leadOf(ComplaintProcess.COMPLAINTS_TEAM).map(StaffUser::username)
        .orElseThrow(() -> new IllegalStateException("the complaints team has no lead to take the reopened complaint"));
  }

  @Transactional(readOnly = true)
  public Overview overview(int latest) {
    List<Rated> rated = jdbc.sql(
            """
            SELECT c.rating, c.comment, c.rated_at, c.request_id FROM complaint_ratings c
            WHERE c.rated_at IS NOT NULL ORDER BY c.rated_at DESC LIMIT ?""")
        .param(latest)
        .query((rs, row) -> {
          RequestSummary request = tracking.summary(rs.getObject("request_id", UUID.class));
          return new Rated(request.reference(), rs.getInt("rating"), rs.getString("comment"), rs.getTimestamp("rated_at").toInstant(),
              request.contactName());
        })
        .list();
    List<Integer> distribution = new java.util.ArrayList<>(List.of(0, 0, 0, 0, 0));
    jdbc.sql("SELECT rating, count(*) AS n FROM complaint_ratings WHERE rated_at IS NOT NULL GROUP BY rating")
        .query((rs, row) -> distribution.set(rs.getInt("rating") - 1, rs.getInt("n")))
        .list();
    int count = distribution.stream().mapToInt(Integer::intValue).sum();
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      sum += (i + 1) * distribution.get(i);
    }
    return new Overview(count, count == 0 ? 0 : Math.round(sum / count * 10) / 10.0, List.copyOf(distribution), rated);
  }
}
