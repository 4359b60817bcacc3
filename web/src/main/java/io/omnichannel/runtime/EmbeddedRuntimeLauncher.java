package io.omnichannel.runtime;

import io.omnichannel.runtime.EmbeddedRuntime.Mode;
import io.omnichannel.runtime.EmbeddedRuntime.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the planned servers in parallel (the broker takes the longest) and collects the
 * properties that point the application at them. If one fails, the others are stopped again.
 */
final class EmbeddedRuntimeLauncher {

  /** What was started, and the properties that point the application at it. */
  record Launched(EmbeddedRuntime runtime, Map<String, Object> properties) {}

  private static final Logger log = LoggerFactory.getLogger(EmbeddedRuntimeLauncher.class);

  private EmbeddedRuntimeLauncher() {}

  static Launched launch(EmbeddedRuntimePlan plan) {
    List<AutoCloseable> started = new ArrayList<>();
    if (plan.usesDataDir()) {
      started.add(DataDirLock.acquire(plan.dataDir()));
    }
    Future<EmbeddedPostgresServer> postgres;
    Future<EmbeddedMailServer> mail;
    Future<ZeebeBroker> zeebe;
    try (ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().name("embedded-start-", 0).factory())) {
      Future<EmbeddedPostgresServer> database =
          submit(pool, plan.postgres(), () -> EmbeddedPostgresServer.start(plan.postgresDir(), plan.settings().postgres().port()));
      postgres = database;
      mail = submit(pool, plan.mail(), () -> EmbeddedMailServer.start(plan.settings().mail()));
      zeebe = submit(pool, plan.zeebe(), () -> startZeebe(plan, database));
    } // closing the pool waits for every start to finish
    RuntimeException failure = null;
    List<Future<? extends AutoCloseable>> futures = new ArrayList<>(List.of(postgres, mail, zeebe));
    for (Future<? extends AutoCloseable> future : futures) {
      try {
        AutoCloseable server = future.get();
        if (server instanceof ZeebeBroker broker) {
          started.add(new RestartableBroker(broker));
        } else if (server != null) {
          started.add(server);
        }
      } catch (ExecutionException | InterruptedException e) {
        RuntimeException cause = unwrap(e);
        if (failure == null) {
          failure = cause;
        } else {
          failure.addSuppressed(cause);
        }
      }
    }
    EmbeddedRuntime runtime =
        new EmbeddedRuntime(
            plan.dataDir().toAbsolutePath().normalize(),
            services(plan, done(postgres), done(mail), done(zeebe)),
            done(mail) == null ? null : done(mail).greenMail(),
            started);
    if (failure != null) {
      runtime.stop();
      throw failure;
    }
    return new Launched(runtime, properties(done(postgres), done(mail), done(zeebe)));
  }

  /**
   * Starts the broker once its distribution is there and, when it loads the history exporter, once
   * PostgreSQL is up (the exporter needs its address; the port may be chosen at start).
   */
  private static ZeebeBroker startZeebe(EmbeddedRuntimePlan plan, Future<EmbeddedPostgresServer> database)
      throws ExecutionException, InterruptedException {
    var settings = plan.settings().zeebe();
    var distribution = ZeebeDistribution.of(settings).home();
    Path workDir = plan.zeebeDir().toAbsolutePath().normalize();
    Optional<HistoryExporterJar> historyExporter = Optional.empty();
    if (plan.historyExporter()) {
      EmbeddedPostgresServer postgres = database.get();
      historyExporter =
          Optional.of(
              postgres != null
                  ? HistoryExporterJar.writeTo(
                      workDir, postgres.jdbcUrl(), EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD)
                  : HistoryExporterJar.writeTo(
                      workDir, plan.externalDatabase(), plan.externalDatabaseUser(), plan.externalDatabasePassword()));
    }
    log.info(
        "Starting the embedded Zeebe broker {} in {}{}",
        settings.version(),
        workDir,
        historyExporter.isPresent() ? ", with the engine's history exporter" : "");
    return ZeebeBroker.start(distribution, workDir, settings, historyExporter);
  }

  private static <T> Future<T> submit(ExecutorService pool, boolean wanted, Callable<T> start) {
    return pool.submit(wanted ? start : () -> null);
  }

  private static <T> T done(Future<T> future) {
    return future.state() == Future.State.SUCCESS ? future.resultNow() : null;
  }

  private static RuntimeException unwrap(Exception e) {
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
      return new IllegalStateException("interrupted while starting the embedded runtime", e);
    }
    Throwable cause = e.getCause();
    return cause instanceof RuntimeException runtime
        ? runtime
        : new IllegalStateException("the embedded runtime did not start", cause);
  }

  private static List<Service> services(
      EmbeddedRuntimePlan plan,
      EmbeddedPostgresServer postgres,
      EmbeddedMailServer mail,
      ZeebeBroker zeebe) {
    List<Service> services = new ArrayList<>();
    services.add(
        postgres != null
            ? new Service("PostgreSQL", Mode.EMBEDDED, postgres.jdbcUrl(), Optional.of(postgres.dataDir()))
            : external("PostgreSQL", plan.externalDatabase()));
    services.add(
        mail != null
            ? new Service(
                "Mail (SMTP/IMAP)",
                Mode.EMBEDDED,
                "smtp://127.0.0.1:" + mail.smtpPort() + ", imap://127.0.0.1:" + mail.imapPort(),
                Optional.empty())
            : external("Mail (SMTP)", plan.externalMail()));
    services.add(
        zeebe != null
            ? new Service("Zeebe broker", Mode.EMBEDDED, zeebe.grpcAddress(), Optional.of(zeebe.workDir()))
            : external("Zeebe broker", plan.externalZeebe()));
    return services;
  }

  private static Service external(String name, String endpoint) {
    return endpoint == null
        ? new Service(name, Mode.NONE, "not configured", Optional.empty())
        : new Service(name, Mode.EXTERNAL, endpoint, Optional.empty());
  }

  private static Map<String, Object> properties(
      EmbeddedPostgresServer postgres, EmbeddedMailServer mail, ZeebeBroker zeebe) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (postgres != null) {
      properties.put("spring.datasource.url", postgres.jdbcUrl());
      properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
      properties.put("spring.datasource.password", EmbeddedPostgresServer.PASSWORD);
    }
    if (mail != null) {
      properties.put("spring.mail.host", EmbeddedMailServer.HOST);
      properties.put("spring.mail.port", mail.smtpPort());
      properties.put("orchestrator.mail.imap.host", EmbeddedMailServer.HOST);
      properties.put("orchestrator.mail.imap.port", mail.imapPort());
      properties.put("orchestrator.mail.imap.user", mail.user());
      properties.put("orchestrator.mail.imap.password", mail.password());
    }
    if (zeebe != null) {
      properties.put("camunda.client.grpc-address", zeebe.grpcAddress());
      properties.put("camunda.client.rest-address", zeebe.restAddress());
    }
    return properties;
  }
}
