package io.omnichannel.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The scale-out drill of {@code docs/reliability.md}: two instances of the product (the built jar,
 * child processes) share one PostgreSQL and one mail server and run on a three-broker Zeebe cluster
 * (three partitions, each on all three brokers). Manual requests arrive through the API of both
 * instances, as behind a load balancer, and mails arrive in the shared intake mailbox, which both
 * instances read. Mid-load one broker is killed (SIGKILL), then one application instance; the load
 * balancer sends the rest to the survivor. The drill then waits until every request is closed and
 * reports what was accepted, closed, mailed and taken in, and how often.
 *
 * <p>Run it: {@code ./mvnw -pl bench exec:java -Dbench.main=io.omnichannel.bench.ScaleOutDrill}
 * (after {@code ./mvnw -DskipTests package}); {@code --rate=}, {@code --load=}, {@code
 * --kill-broker-at=}, {@code --kill-application-at=}, {@code --inbound-mails=}.
 */
final class ScaleOutDrill {

  static final String INTAKE_MAILBOX = "service@shop.example";
  private static final String INBOUND_DOMAIN = "drill.example";
  /** A request of the intake mailbox cannot prove the purchase: it waits for a colleague's review. */
  private static final String NO_OPEN_TASK = "NOT EXISTS (SELECT 1 FROM user_tasks t WHERE t.request_id = service_requests.id AND t.state = 'OPEN')";

  record Settings(
      Path jar, double rate, Duration load, Duration killBrokerAt, Duration killApplicationAt, int inboundMails, Duration drain) {

    static Settings parse(String[] args) {
      Map<String, String> values = new HashMap<>();
      values.put("jar", "web/target/omnichannel-orchestrator.jar");
      values.put("rate", "4");
      values.put("load", "30s");
      values.put("kill-broker-at", "8s");
      values.put("kill-application-at", "16s");
      values.put("inbound-mails", "6");
      values.put("drain", "4m");
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=") || !values.containsKey(arg.substring(2, arg.indexOf('=')))) {
          throw new IllegalArgumentException("not understood: " + arg + "; known: " + values.keySet());
        }
        values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
      Path jar = Path.of(values.get("jar"));
      if (!jar.isAbsolute() && !Files.exists(jar) && Files.exists(Path.of("..").resolve(jar))) {
        jar = Path.of("..").resolve(jar); // run from the bench module's directory (tests, exec:java)
      }
      return new Settings(
          jar.toAbsolutePath().normalize(),
          Double.parseDouble(values.get("rate")),
          duration(values.get("load")),
          duration(values.get("kill-broker-at")),
          duration(values.get("kill-application-at")),
          Integer.parseInt(values.get("inbound-mails")),
          duration(values.get("drain")));
    }

    private static Duration duration(String text) {
      return Duration.parse("PT" + text.toUpperCase());
    }
  }

  /** What the drill counted; {@code faults} are the moments (seconds into the load) of each kill. */
  record Result(
      OpenLoad.Result load,
      long requestsInLedger,
      long requestsClosedOrWithTask,
      long acceptedClosed,
      long acceptedWithTwoMails,
      long startsPerRequestAboveOne,
      long mailsSent,
      long mailsReceived,
      long duplicateMessageIds,
      List<String> repeatedMails,
      long repeatedNotInFlightAtTheKill,
      int inboundMailsDelivered,
      long inboundMailsTaken,
      long inboundRequestsOpened,
      long watchdogFindings,
      long watchdogAlertsReceived,
      long unsentMails,
      Duration lastClosedAfterApplicationKill,
      Map<String, Double> faults) {}

  /** The drill's long waits each get a thread of their own (the common pool has one on two cores). */
  private static final Executor OWN_THREAD = task -> Thread.ofVirtual().start(task);

  private ScaleOutDrill() {}

  public static void main(String[] args) throws Exception {
    Result result = run(Settings.parse(args), System.out::println);
    System.out.println(report(result));
  }

  static Result run(Settings settings, Consumer<String> out) throws Exception {
    Path dir = Files.createTempDirectory("scale-out-drill-");
    out.accept("drill directory: " + dir);
    Path distribution = ZeebeCluster.distribution(settings.jar());
    int[] ports = ApplicationUnderTest.Ports.distinct(5);
    int postgresPort = ports[0];
    GreenMail mail =
        new GreenMail(
            new ServerSetup[] {
              patient(new ServerSetup(ports[1], "127.0.0.1", ServerSetup.PROTOCOL_SMTP)),
              patient(new ServerSetup(ports[2], "127.0.0.1", ServerSetup.PROTOCOL_IMAP))
            });
    mail.start();
    GreenMailUser intake = mail.setUser(INTAKE_MAILBOX, INTAKE_MAILBOX, "service");
    try (EmbeddedPostgres postgres =
            EmbeddedPostgres.builder().setPort(postgresPort).setDataDirectory(dir.resolve("postgres")).setCleanDataDirectory(true).start();
        ZeebeCluster cluster = ZeebeCluster.plan(dir, 3, 3)) {
      String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      // brokers and instances start side by side, as after a data centre's restart; an instance
      // accepts before the engine is there
      Instant starting = Instant.now();
      CompletableFuture<ZeebeCluster> brokers = CompletableFuture.supplyAsync(() -> startCluster(cluster, distribution, out), OWN_THREAD);
      CompletableFuture<ApplicationUnderTest> first =
          CompletableFuture.supplyAsync(() -> instance(settings, dir.resolve("app-a"), ports[3], jdbcUrl, ports, cluster.node(0)), OWN_THREAD);
      CompletableFuture<ApplicationUnderTest> second =
          CompletableFuture.supplyAsync(() -> instance(settings, dir.resolve("app-b"), ports[4], jdbcUrl, ports, cluster.node(1)), OWN_THREAD);
      try (ApplicationUnderTest a = first.join();
          ApplicationUnderTest b = second.join();
          Connection ledger = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
          ProductJourney viaA = new ProductJourney(a.baseUrl(), jdbcUrl, "demo-shop-key", a.log());
          ProductJourney viaB = new ProductJourney(b.baseUrl(), jdbcUrl, "demo-shop-key", b.log())) {
        brokers.join();
        a.awaitHealthy(Duration.ofMinutes(2));
        b.awaitHealthy(Duration.ofMinutes(2));
        out.accept("three brokers and two application instances, started together, up with the models deployed in "
            + Duration.between(starting, Instant.now()).toSeconds() + " s");
        Map<String, Double> faults = new LinkedHashMap<>();
        AtomicLong calls = new AtomicLong();
        long loadStart = System.nanoTime();
        CompletableFuture<OpenLoad.Result> load =
            CompletableFuture.supplyAsync(
                () ->
                    OpenLoad.run(
                        settings.rate(),
                        settings.load(),
                        () -> b.isAlive() && calls.incrementAndGet() % 2 == 0 ? viaB.start() : viaA.start()),
                OWN_THREAD);
        List<String> inboundKeys = deliverInboundMails(intake, settings.inboundMails());
        sleepUntil(loadStart, settings.killBrokerAt());
        cluster.kill(2);
        faults.put("broker 2 killed", seconds(loadStart));
        out.accept("broker 2 killed at " + faults.get("broker 2 killed") + " s");
        sleepUntil(loadStart, settings.killApplicationAt());
        b.kill();
        Instant applicationKilled = Instant.now();
        faults.put("application B killed", seconds(loadStart));
        out.accept("application B killed at " + faults.get("application B killed") + " s");
        OpenLoad.Result loadResult = load.join();
        out.accept("load over: " + loadResult.accepted() + " accepted of " + loadResult.scheduled());
        Instant lastClosed = awaitAllClosed(ledger, settings.drain(), out);
        return collect(ledger, mail, loadResult, inboundKeys, faults, applicationKilled, lastClosed);
      }
    } finally {
      mail.stop();
      ZeebeCluster.deleteQuietly(dir);
    }
  }

  private static ZeebeCluster startCluster(ZeebeCluster cluster, Path distribution, Consumer<String> out) {
    Instant start = Instant.now();
    try {
      cluster.start(distribution, Duration.ofMinutes(4));
    } catch (IOException e) {
      throw new IllegalStateException("could not start the brokers", e);
    }
    out.accept("three brokers up, every partition with a leader, in " + Duration.between(start, Instant.now()).toSeconds() + " s");
    return cluster;
  }

  /**
   * What an operator sets per instance (port, data directory) and what all share (database, mail,
   * the cluster), plus the drill's short leases: a killed instance's jobs and claimed mails go to
   * the survivor after 20 s instead of 5 minutes.
   */
  private static ApplicationUnderTest instance(Settings settings, Path dataDir, int httpPort, String jdbcUrl, int[] ports, ZeebeCluster.Node gateway) {
    try {
      return ApplicationUnderTest.startInstance(
          settings.jar(),
          dataDir,
          Duration.ofMinutes(4),
          httpPort,
          List.of(
              "--orchestrator.demo-data.enabled=true",
              "--spring.datasource.url=" + jdbcUrl,
              "--spring.datasource.username=postgres",
              "--spring.datasource.password=postgres",
              "--spring.mail.host=127.0.0.1",
              "--spring.mail.port=" + ports[1],
              "--orchestrator.mail.imap.host=127.0.0.1",
              "--orchestrator.mail.imap.port=" + ports[2],
              "--orchestrator.mail.imap.user=" + INTAKE_MAILBOX,
              "--orchestrator.mail.imap.password=service",
              "--orchestrator.mail.imap.poll-interval=1s",
              "--camunda.client.grpc-address=" + gateway.grpcAddress(),
              "--camunda.client.rest-address=" + gateway.restAddress(),
              "--camunda.client.worker.defaults.timeout=PT20S",
              "--orchestrator.mail.sending-lease=20s",
              "--orchestrator.watchdog.interval=2s"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Mails to the intake mailbox, in it before either instance reads it: manual requests of a demo
   * customer, and one without a sender that cannot be taken in (the watchdog must raise it once).
   */
  private static List<String> deliverInboundMails(GreenMailUser intake, int count) throws MessagingException {
    List<String> keys = new ArrayList<>();
    Session session = Session.getInstance(new Properties());
    for (int i = 0; i <= count; i++) {
      String messageId = "<drill-" + i + "-" + System.nanoTime() + "@" + INBOUND_DOMAIN + ">";
      String raw =
          i < count
              ? "From: Maria Keller <maria.keller@example.com>\r\nTo: " + INTAKE_MAILBOX + "\r\nSubject: Manual for my KM-5500\r\nMessage-ID: "
                  + messageId + "\r\n\r\nHello, I lost the manual of my KM-5500 stand mixer. Could you send it?\r\n"
              : "To: " + INTAKE_MAILBOX + "\r\nSubject: no sender\r\nMessage-ID: " + messageId + "\r\n\r\nhello\r\n";
      intake.deliver(new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));
      keys.add(messageId);
    }
    return keys;
  }

  /** @return when the last request of the ledger closed */
  private static Instant awaitAllClosed(Connection ledger, Duration drain, Consumer<String> out) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(drain);
    long open = -1;
    while (Instant.now().isBefore(deadline)) {
      open = single(ledger, "SELECT count(*) FROM service_requests WHERE closed_at IS NULL AND " + NO_OPEN_TASK)
          + single(ledger, "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'");
      if (open == 0) {
        break;
      }
      Thread.sleep(1_000);
    }
    out.accept(open == 0 ? "every request closed or with its task, every mail sent" : open + " requests or mails still open after " + drain.toSeconds() + " s");
    try (PreparedStatement query = ledger.prepareStatement("SELECT max(closed_at) FROM service_requests");
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getTimestamp(1) == null ? Instant.now() : row.getTimestamp(1).toInstant();
    }
  }

  private static Result collect(
      Connection ledger,
      GreenMail mail,
      OpenLoad.Result load,
      List<String> inboundKeys,
      Map<String, Double> faults,
      Instant applicationKilled,
      Instant lastClosed)
      throws SQLException, MessagingException {
    String[] accepted = load.starts().stream().map(OpenLoad.Start::id).toArray(String[]::new);
    List<String> productMessageIds = new ArrayList<>();
    long alerts = 0;
    for (MimeMessage message : mail.getReceivedMessages()) {
      String messageId = message.getMessageID();
      if (messageId == null || messageId.endsWith("@" + INBOUND_DOMAIN + ">")) {
        continue;
      }
      productMessageIds.add(messageId);
      if (message.getSubject() != null && message.getSubject().startsWith("Watchdog: Incoming mail not taken in")) {
        alerts++;
      }
    }
    long duplicates = productMessageIds.size() - productMessageIds.stream().distinct().count();
    List<String> repeated = new ArrayList<>();
    long notInFlight = 0;
    for (String messageId : productMessageIds.stream().filter(id -> productMessageIds.indexOf(id) != productMessageIds.lastIndexOf(id)).distinct().toList()) {
      RepeatedMail repeat = RepeatedMail.of(ledger, messageId, applicationKilled);
      repeated.add(repeat.toString());
      notInFlight += repeat.inFlightAtTheKill() ? 0 : 1;
    }
    Array references = new Array(ledger, accepted);
    Array keys = new Array(ledger, inboundKeys.toArray(String[]::new));
    return new Result(
        load,
        single(ledger, "SELECT count(*) FROM service_requests"),
        single(ledger, "SELECT count(*) FROM service_requests WHERE (closed_at IS NOT NULL AND status = 'CLOSED') OR NOT " + NO_OPEN_TASK),
        references.count("SELECT count(*) FROM service_requests WHERE reference = ANY (?) AND closed_at IS NOT NULL"),
        references.count(
            """
            SELECT count(*) FROM service_requests r WHERE r.reference = ANY (?)
              AND (SELECT count(*) FROM mail_outbox m WHERE m.request_id = r.id AND m.status = 'SENT') = 2
            """),
        single(
            ledger,
            "SELECT count(*) FROM (SELECT request_id FROM request_events WHERE kind = 'ACKNOWLEDGED' GROUP BY request_id HAVING count(*) > 1) twice"),
        single(ledger, "SELECT count(*) FROM mail_outbox WHERE status = 'SENT'"),
        productMessageIds.size(),
        duplicates,
        repeated,
        notInFlight,
        inboundKeys.size(),
        keys.count("SELECT count(*) FROM inbound_mails WHERE message_key = ANY (?)"),
        keys.count(
            """
            SELECT count(DISTINCT m.request_id) FROM inbound_mails m
            WHERE m.message_key = ANY (?) AND m.state = 'OPENED'
              AND (SELECT count(*) FROM user_tasks t WHERE t.request_id = m.request_id AND t.state = 'OPEN') = 1
            """),
        single(ledger, "SELECT count(*) FROM watchdog_findings WHERE kind = 'INBOUND_MAIL_FAILED'"),
        alerts,
        single(ledger, "SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'"),
        Duration.between(applicationKilled, lastClosed),
        faults);
  }

  /**
   * A mail that reached the mail server twice, with its outbox row. It was in flight at the kill
   * when the row was queued before the instance was killed and marked sent after: the killed
   * instance handed it over and died before its commit, and the survivor sent it again once the
   * claim's lease ran out (the one repeat {@code docs/reliability.md} allows, with the same
   * Message-ID).
   */
  private record RepeatedMail(String messageId, String subject, Instant queuedAt, Instant sentAt, int attempts, boolean inFlightAtTheKill) {

    static RepeatedMail of(Connection ledger, String messageId, Instant killed) throws SQLException {
      String id = messageId.replaceAll("^<|@.*$", "");
      try (PreparedStatement query =
          ledger.prepareStatement("SELECT subject, created_at, sent_at, attempts FROM mail_outbox WHERE CAST(id AS text) = ?")) {
        query.setString(1, id);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            return new RepeatedMail(messageId, "(no outbox row)", null, null, 0, false);
          }
          Instant queued = row.getTimestamp("created_at").toInstant();
          Instant sent = row.getTimestamp("sent_at") == null ? null : row.getTimestamp("sent_at").toInstant();
          return new RepeatedMail(
              messageId, row.getString("subject"), queued, sent, row.getInt("attempts"), queued.isBefore(killed) && sent != null && sent.isAfter(killed));
        }
      }
    }
  }

  /** A text array bound to a query's only parameter. */
  private record Array(Connection ledger, String[] values) {
    long count(String sql) throws SQLException {
      try (PreparedStatement query = ledger.prepareStatement(sql)) {
        query.setArray(1, ledger.createArrayOf("varchar", values));
        try (ResultSet row = query.executeQuery()) {
          row.next();
          return row.getLong(1);
        }
      }
    }
  }

  private static long single(Connection ledger, String sql) throws SQLException {
    try (PreparedStatement query = ledger.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  static String report(Result result) {
    OpenLoad.Result load = result.load();
    Map<String, Object> lines = new LinkedHashMap<>();
    lines.put("load", "%.0f requests/s for %d s through both instances".formatted(load.rate(), load.scheduled() / Math.max(1, Math.round(load.rate()))));
    lines.put("faults (s into the load)", result.faults().entrySet().stream().map(e -> e.getKey() + " at " + e.getValue()).collect(Collectors.joining(", ")));
    lines.put("calls accepted / refused / failed", load.accepted() + " / " + load.rejected() + " / " + load.failed());
    lines.put("accepted requests closed", result.acceptedClosed() + " of " + load.accepted());
    lines.put("accepted requests with exactly their two mails", result.acceptedWithTwoMails() + " of " + load.accepted());
    lines.put("requests in the ledger closed, or waiting at their task", result.requestsClosedOrWithTask() + " of " + result.requestsInLedger());
    lines.put("requests started more than once", result.startsPerRequestAboveOne());
    lines.put("mails sent (outbox) / received (SMTP) / same Message-ID twice", result.mailsSent() + " / " + result.mailsReceived() + " / " + result.duplicateMessageIds());
    lines.put("mails left unsent", result.unsentMails());
    result.repeatedMails().forEach(repeat -> lines.put("repeated mail", repeat));
    lines.put(
        "intake mails delivered / taken in / requests opened with one review task",
        result.inboundMailsDelivered() + " / " + result.inboundMailsTaken() + " / " + result.inboundRequestsOpened());
    lines.put("watchdog findings / alert mails for the unreadable intake mail", result.watchdogFindings() + " / " + result.watchdogAlertsReceived());
    lines.put("last request closed after application B was killed", result.lastClosedAfterApplicationKill().toSeconds() + " s");
    return lines.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
  }

  private static ServerSetup patient(ServerSetup setup) {
    setup.setServerStartupTimeout(30_000);
    return setup;
  }

  private static void sleepUntil(long startNanos, Duration offset) throws InterruptedException {
    long wait = startNanos + offset.toNanos() - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(Duration.ofNanos(wait));
    }
  }

  private static double seconds(long startNanos) {
    return Math.round((System.nanoTime() - startNanos) / 1e8) / 10.0;
  }
}
