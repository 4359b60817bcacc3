package io.omnichannel.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product end to end: {@code POST /api/v1/requests/manual} with the demo shop's key for a
 * demo customer whose purchase verifies and whose manual is in the library, so the request takes
 * the automatic path — ledger, process outbox, Zeebe, the product's workers with their PostgreSQL
 * writes, the mail outbox and SMTP. A request is done when the ledger has it closed and every
 * mail of it is sent; the step times come from the request's history in the ledger.
 */
final class ProductJourney implements Journey {

  /** Demo customers (see DemoData) whose purchase of the product verifies by customer number. */
  private static final List<String> CUSTOMERS =
      List.of(
          "\"name\":\"Maria Keller\",\"email\":\"maria.keller@example.com\",\"customerNumber\":\"K-100234\",\"typeNumber\":\"KM-5500\"",
          "\"name\":\"Jonas Berger\",\"email\":\"jonas.berger@example.com\",\"orderNumber\":\"W-2026-7781\",\"typeNumber\":\"DG-220\"",
          "\"name\":\"Aylin Demir\",\"email\":\"aylin.demir@example.com\",\"customerNumber\":\"K-100988\",\"typeNumber\":\"CF-80\"");
  private static final List<String> EVENTS = List.of("ACKNOWLEDGED", "PURCHASE_VERIFIED", "MANUAL_FOUND", "MANUAL_SENT", "CLOSED");
  private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");
  private static final String COMPLETION_QUERY =
      """
      SELECT r.reference, r.closed_at,
             (SELECT min(o.dispatched_at) FROM process_outbox o WHERE o.request_id = r.id) AS dispatched,
             (SELECT max(m.sent_at) FROM mail_outbox m WHERE m.request_id = r.id) AS last_mail,
             (SELECT count(*) FROM mail_outbox m WHERE m.request_id = r.id AND m.status <> 'SENT') AS unsent,
             %s
      FROM service_requests r
      WHERE r.reference = ANY (?) AND r.closed_at IS NOT NULL
      """
          .formatted(
              String.join(
                  ", ",
                  EVENTS.stream()
                      .map(kind -> "(SELECT min(e.occurred_at) FROM request_events e WHERE e.request_id = r.id AND e.kind = '"
                          + kind + "') AS " + kind.toLowerCase())
                      .toList()));

  private final URI intake;
  private final String apiKey;
  private final HttpClient http;
  private final Connection ledger;
  private final Path applicationLog;
  private long applicationLogBytesRead;
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong sequence = new AtomicLong();

  ProductJourney(URI baseUrl, String jdbcUrl, String apiKey, Path applicationLog) throws SQLException {
    this.applicationLog = applicationLog;
    this.intake = baseUrl.resolve("/api/v1/requests/manual");
    this.apiKey = apiKey;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    this.ledger = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
  }

  @Override
  public String name() {
    return "product end to end";
  }

  @Override
  public List<String> stepNames() {
    List<String> names = new ArrayList<>();
    names.add("process start published (outbox)");
    EVENTS.forEach(kind -> names.add(kind.toLowerCase().replace('_', ' ')));
    names.add("mails sent (mail outbox)");
    return names;
  }

  @Override
  public OpenLoad.Sent start() throws Exception {
    long sequence = this.sequence.incrementAndGet();
    String body = "{" + CUSTOMERS.get((int) (sequence % CUSTOMERS.size())) + ",\"channel\":\"bench\"}";
    HttpRequest request =
        HttpRequest.newBuilder(intake)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("X-API-Key", apiKey)
            .header("Idempotency-Key", "bench-" + run + "-" + sequence)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    int status = response.statusCode();
    if (status == 429 || status == 503) {
      return new OpenLoad.Sent(OpenLoad.Outcome.REJECTED, null);
    }
    Matcher reference = REFERENCE.matcher(response.body());
    if (status != 201 || !reference.find()) {
      return new OpenLoad.Sent(OpenLoad.Outcome.FAILED, null);
    }
    return new OpenLoad.Sent(OpenLoad.Outcome.ACCEPTED, reference.group(1));
  }

  @Override
  public synchronized Map<String, Journey.Completion> completions(Collection<String> ids) throws SQLException {
    Map<String, Journey.Completion> completions = new HashMap<>();
    try (PreparedStatement query = ledger.prepareStatement(COMPLETION_QUERY)) {
      Array references = ledger.createArrayOf("varchar", ids.toArray());
      query.setArray(1, references);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          if (rows.getLong("unsent") > 0) {
            continue;
          }
          List<Long> steps = new ArrayList<>();
          steps.add(millis(rows.getTimestamp("dispatched")));
          for (String kind : EVENTS) {
            steps.add(millis(rows.getTimestamp(kind.toLowerCase())));
          }
          long lastMail = millis(rows.getTimestamp("last_mail"));
          steps.add(lastMail);
          long done = Math.max(millis(rows.getTimestamp("closed_at")), lastMail);
          completions.put(rows.getString("reference"), new Journey.Completion(done, steps));
        }
      }
    }
    return completions;
  }

  /** Starts the process outbox had to publish more than once (e.g. the broker said RESOURCE_EXHAUSTED). */
  @Override
  public synchronized long internalBackpressure(Collection<String> ids) throws SQLException {
    try (PreparedStatement query =
        ledger.prepareStatement(
            """
            SELECT count(*) FROM process_outbox o JOIN service_requests r ON r.id = o.request_id
            WHERE r.reference = ANY (?) AND (o.attempts > 1 OR o.last_error IS NOT NULL)
            """)) {
      query.setArray(1, ledger.createArrayOf("varchar", ids.toArray()));
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The process outbox's failed publishes in the application's log since the last call, by what the engine answered. */
  @Override
  public synchronized Map<String, Long> internalBackpressureReasons() {
    Map<String, Long> reasons = new TreeMap<>();
    try (SeekableByteChannel log = Files.newByteChannel(applicationLog)) {
      byte[] unread = Channels.newInputStream(log.position(applicationLogBytesRead)).readAllBytes();
      // a line the application is still writing is read whole on the next call
      int complete = lastNewline(unread) + 1;
      applicationLogBytesRead += complete;
      for (String line : new String(unread, 0, complete, StandardCharsets.UTF_8).split("\n")) {
        Matcher failed = FAILED_PUBLISH.matcher(line);
        if (failed.find()) {
          String reason = failed.group(1);
          reasons.merge(reason.length() > 160 ? reason.substring(0, 160) + "…" : reason, 1L, Long::sum);
        }
      }
    } catch (IOException unreadable) {
      reasons.put("(the application's log could not be read: " + unreadable + ")", 0L);
    }
    return reasons;
  }

  private static int lastNewline(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** ProcessStartDispatcher's warning for a publish that failed; the reason is the exception as text. */
  private static final Pattern FAILED_PUBLISH = Pattern.compile("Publishing \\S+ for \\S+ failed \\(attempt \\d+\\): (.*)$");

  private static long millis(Timestamp timestamp) {
    return timestamp == null ? 0 : timestamp.getTime();
  }

  @Override
  public void close() {
    try {
      ledger.close();
    } catch (SQLException ignored) {
      // the application closes the database anyway
    }
  }
}
