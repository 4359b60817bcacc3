package io.omnichannel.tasks;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.WorkersTestApplication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the staff, task and SLA tests: real PostgreSQL with the demo staff, and the application's
 * Camunda client pointed at an in-memory engine with a real gRPC gateway. No job worker polls; the
 * tests activate jobs and call workers by hand. Mail and timeline are recorded, not sent, so these
 * tests need no request rows. All subclasses share one context and database: each test uses its
 * own keys.
 */
@SpringBootTest(
    classes = WorkersTestApplication.class,
    properties = {
      "camunda.client.worker.defaults.enabled=false",
      "camunda.client.prefer-rest-over-grpc=false",
      "orchestrator.demo-data.enabled=true",
      "orchestrator.outbox.enabled=false",
      "orchestrator.mail.outbox-enabled=false",
      "orchestrator.public-base-url=https://shop.example"
    })
@Import(StaffContextTest.Recorders.class)
public abstract class StaffContextTest {

  private static ZeebeTestEngine engine;

  @DynamicPropertySource
  static void infrastructure(DynamicPropertyRegistry registry) {
    TestInfrastructure.register(registry);
    registry.add("camunda.client.grpc-address", () -> "http://" + engine().getGatewayAddress());
  }

  protected static synchronized ZeebeTestEngine engine() {
    if (engine == null) {
      engine = EngineFactory.create();
      engine.start();
      Runtime.getRuntime().addShutdownHook(new Thread(engine::stop));
    }
    return engine;
  }

  protected static void waitForEngine() {
    try {
      engine().waitForIdleState(Duration.ofSeconds(10));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the engine did not become idle", e);
    }
  }

  /** A user-task job as the engine would hand it over for the review task of the manual-request model. */
  protected static UserTaskJob reviewJob(long jobKey, UUID requestId, String dueDate, String candidateGroups) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(UserTaskJob.HEADER_CANDIDATE_GROUPS, candidateGroups);
    headers.put(UserTaskJob.HEADER_FORM_KEY, "manual-request-review");
    if (dueDate != null) {
      headers.put(UserTaskJob.HEADER_DUE_DATE, dueDate);
    }
    return new UserTaskJob(
        jobKey,
        jobKey + 1_000_000,
        jobKey + 2_000_000,
        "manual-request",
        "UserTask_ReviewManualRequest",
        headers,
        Map.of("requestId", requestId.toString(), "reference", "REF-" + jobKey),
        java.time.Instant.now().plus(Duration.ofMinutes(10)));
  }

  public record TimelineEntry(UUID requestId, String kind, String summary, boolean customerVisible, String actor) {}

  /** Records timeline entries instead of writing them into the request ledger. */
  public static class RecordingTimeline implements RequestTimeline {
    private final List<TimelineEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(UUID requestId, String kind, String summary, boolean customerVisible, String actor) {
      entries.add(new TimelineEntry(requestId, kind, summary, customerVisible, actor));
    }

    public synchronized List<TimelineEntry> of(UUID requestId) {
      return entries.stream().filter(e -> e.requestId().equals(requestId)).toList();
    }
  }

  /** Keeps mails by dedup key, like the outbox: a second mail with the same key is refused. */
  public static class RecordingOutbox implements MailOutbox {
    private final Map<String, OutboundMail> mails = new LinkedHashMap<>();

    @Override
    public synchronized boolean enqueue(OutboundMail mail) {
      return mails.putIfAbsent(mail.dedupKey(), mail) == null;
    }

    public synchronized List<OutboundMail> of(UUID requestId) {
      return mails.values().stream().filter(m -> requestId.equals(m.requestId())).toList();
    }

    public synchronized List<OutboundMail> to(String recipient) {
      return mails.values().stream().filter(m -> recipient.equals(m.recipient())).toList();
    }
  }

  @TestConfiguration
  static class Recorders {
    @Bean
    @Primary
    RecordingTimeline recordingTimeline() {
      return new RecordingTimeline();
    }

    @Bean
    @Primary
    RecordingOutbox recordingOutbox() {
      return new RecordingOutbox();
    }
  }
}
