package io.omnichannel.watchdog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The watchdog on real PostgreSQL: who owns each open request, and what it raises when nobody does. */
class NoDropWatchdogTest extends ServiceCoreTest {

  @Autowired NoDropWatchdog watchdog;
  @Autowired WatchdogFindings findings;
  @Autowired WatchdogAlerts alerts;
  @Autowired RequestTimeline timeline;
  @Autowired JdbcClient jdbc;

  private final String owner = "owner-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void aProcessOwner() {
    jdbc.sql("INSERT INTO staff_users (username, display_name, email, password_hash, roles) VALUES (:u, 'Paula Owner', :e, 'x', '{PROCESS_OWNER}')")
        .param("u", owner)
        .param("e", owner + "@shop.example")
        .update();
  }

  @Test
  void aStartTheEngineNeverTookIsRaisedAndOnceDeliveredTheQuietRequestIsRaisedAsOwnerless() {
    SubmittedRequest request = submit();
    Instant later = Instant.now().plus(Duration.ofMinutes(20));

    List<Finding> raised = watchdog.sweep(later);

    assertThat(raised).filteredOn(f -> request.id().equals(f.requestId()))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.kind()).isEqualTo(FindingKind.START_NOT_DELIVERED);
          assertThat(f.reference()).isEqualTo(request.reference());
          assertThat(f.detail()).contains("ManualRequestReceived not delivered");
        });

    dispatched(request);
    watchdog.sweep(later.plusSeconds(60));

    assertThat(findings.ofRequest(request.id()))
        .extracting(Finding::kind, Finding::open)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(FindingKind.START_NOT_DELIVERED, false),
            org.assertj.core.groups.Tuple.tuple(FindingKind.NO_OWNER, true));
  }

  @Test
  void aRequestWaitingOnTheCustomerOrForPickupOrWithAnOpenTaskHasAnOwner() {
    SubmittedRequest waiting = submit();
    SubmittedRequest pickup = submit();
    SubmittedRequest withTask = submit();
    SubmittedRequest recent = submit();
    dispatched(pickup);
    dispatched(waiting);
    dispatched(withTask);
    dispatched(recent);
    jdbc.sql("UPDATE service_requests SET status = 'WAITING_FOR_CUSTOMER' WHERE id = :id").param("id", waiting.id()).update();
    jdbc.sql("UPDATE service_requests SET status = 'WAITING_FOR_PICKUP' WHERE id = :id").param("id", pickup.id()).update();
    openTaskFor(withTask);
    Instant later = Instant.now().plus(Duration.ofMinutes(20));
    jdbc.sql("UPDATE service_requests SET updated_at = :at WHERE id = :id")
        .param("at", WatchdogFindings.utc(later.minusSeconds(60)))
        .param("id", recent.id())
        .update();

    watchdog.sweep(later);

    assertThat(findings.ofRequest(waiting.id())).isEmpty();
    assertThat(findings.ofRequest(pickup.id())).as("a reservation set aside, waiting for pickup").isEmpty();
    assertThat(findings.ofRequest(withTask.id())).isEmpty();
    assertThat(findings.ofRequest(recent.id())).as("active within the grace period").isEmpty();
  }

  @Test
  void processOwnersAreMailedOncePerFindingAndTheHistoryNotesIt() {
    SubmittedRequest request = submit();
    dispatched(request);
    Instant later = Instant.now().plus(Duration.ofMinutes(20));

    watchdog.sweep(later);
    watchdog.sweep(later.plusSeconds(60));

    Finding finding = findings.ofRequest(request.id()).getFirst();
    assertThat(finding.kind()).isEqualTo(FindingKind.NO_OWNER);
    assertThat(mailsTo(owner + "@shop.example", request))
        .singleElement()
        .satisfies(subject -> assertThat(subject).isEqualTo("Watchdog: No owner, request " + request.reference()));
    assertThat(events(request, WatchdogAlerts.RAISED_EVENT)).isEqualTo(1);
  }

  @Test
  void aFindingResolvesItselfWhenTheRequestCloses_andOneTakenOverStaysClosed() {
    SubmittedRequest closing = submit();
    SubmittedRequest takenOver = submit();
    dispatched(closing);
    dispatched(takenOver);
    Instant later = Instant.now().plus(Duration.ofMinutes(20));
    watchdog.sweep(later);

    jdbc.sql("UPDATE service_requests SET status = 'CLOSED' WHERE id = :id").param("id", closing.id()).update();
    Finding toTakeOver = findings.ofRequest(takenOver.id()).getFirst();
    assertThat(findings.takeOver(toTakeOver.id(), "lena", "Closed by hand after a call", later)).isTrue();
    watchdog.sweep(later.plusSeconds(60));

    assertThat(findings.ofRequest(closing.id())).singleElement().satisfies(f -> {
      assertThat(f.open()).isFalse();
      assertThat(f.resolvedBy()).isNull();
    });
    assertThat(findings.ofRequest(takenOver.id())).singleElement().satisfies(f -> {
      assertThat(f.open()).isFalse();
      assertThat(f.resolvedBy()).isEqualTo("lena");
      assertThat(f.resolution()).isEqualTo("Closed by hand after a call");
    });
  }

  @Test
  void aMailThatFailedIsRaisedUntilItIsSent() {
    SubmittedRequest request = submit();
    UUID mail = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO mail_outbox (id, dedup_key, request_id, recipient, subject, body, status, attempts, next_attempt_at, last_error, created_at)
            VALUES (:id, :key, :request, 'someone@example.com', 'Your manual', 'text', 'FAILED', 10, now(), '550 mailbox unavailable', now())
            """)
        .param("id", mail).param("key", "test:" + mail).param("request", request.id()).update();

    watchdog.sweep(Instant.now());
    assertThat(findings.ofRequest(request.id())).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.MAIL_FAILED);
      assertThat(f.subjectId()).isEqualTo(mail);
      assertThat(f.detail()).contains("\"Your manual\" to someone@example.com failed 10 times: 550 mailbox unavailable");
    });

    jdbc.sql("UPDATE mail_outbox SET status = 'SENT' WHERE id = :id").param("id", mail).update();
    watchdog.sweep(Instant.now());
    assertThat(findings.ofRequest(request.id())).singleElement().satisfies(f -> assertThat(f.open()).isFalse());
  }

  @Test
  void anAlertThatCannotBeSentRaisesNothingOfItsOwn_andTheCustomerNeverSeesAnAlert() {
    SubmittedRequest request = submit();
    dispatched(request);
    Instant later = Instant.now().plus(Duration.ofMinutes(20));
    Finding finding = watchdog.sweep(later).stream().filter(f -> request.id().equals(f.requestId())).findFirst().orElseThrow();
    var alert =
        jdbc.sql("SELECT id, audience, request_id IS NULL AS about_no_request FROM mail_outbox WHERE dedup_key LIKE :key")
            // the alert to this test's owner: other tests of the shared database add process owners, who are told too
            .param("key", "watchdog:" + finding.id() + ":%:" + owner)
            .query()
            .singleRow();
    assertThat(alert.get("audience")).isEqualTo("WATCHDOG");
    assertThat(alert.get("about_no_request")).as("an alert is not a mail of the customer's request").isEqualTo(true);

    // the alert fails for good, and the watchdog sweeps on
    jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 10 WHERE id = :id").param("id", alert.get("id")).update();
    List<Finding> next = watchdog.sweep(later.plusSeconds(60));
    watchdog.sweep(later.plusSeconds(120));

    assertThat(next).as("no finding about the alert itself").noneMatch(f -> alert.get("id").equals(f.subjectId()));
    assertThat(jdbc.sql("SELECT count(*) FROM watchdog_findings WHERE subject_id = :id").param("id", alert.get("id")).query(Long.class).single())
        .isZero();
    assertThat(mailsTo(owner + "@shop.example", request)).as("one alert, not one per failed alert").hasSize(1);
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = :id AND customer_visible AND summary ILIKE '%watchdog%'")
            .param("id", request.id())
            .query(Long.class)
            .single())
        .isZero();
  }

  @Test
  void aJobFailingOnItsLastRetryIsAnIncidentUntilTheRequestMovesOn() throws Exception {
    SubmittedRequest request = submit();
    dispatched(request);
    List<Exception> handedOn = new ArrayList<>();
    JobIncidentRecorder recorder = recorder((e, context) -> handedOn.add(e));

    recorder.handleException(new IllegalStateException("SMTP down"), context(job(request, 3)));
    recorder.handleException(new BpmnError("NOT_FOUND", "no manual"), context(job(request, 1)));
    assertThat(findings.ofRequest(request.id())).as("retries left, or a business outcome").isEmpty();

    recorder.handleException(new IllegalStateException("SMTP down"), context(job(request, 1)));

    assertThat(handedOn).hasSize(3);
    assertThat(findings.ofRequest(request.id())).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.INCIDENT);
      assertThat(f.reference()).isEqualTo(request.reference());
      assertThat(f.elementId()).isEqualTo("ServiceTask_SendManual");
      assertThat(f.processInstanceKey()).isEqualTo(4711L);
      assertThat(f.detail()).contains("send-manual").contains("IllegalStateException: SMTP down");
    });
    assertThat(events(request, JobIncidentRecorder.INCIDENT_EVENT)).isEqualTo(1);
    Instant later = Instant.now().plus(Duration.ofMinutes(20));
    watchdog.sweep(later);
    assertThat(findings.ofRequest(request.id())).as("no second finding as ownerless").hasSize(1);

    timeline.record(request.id(), "MANUAL_SENT", "The manual was sent", true, "system");
    watchdog.sweep(later);

    assertThat(findings.ofRequest(request.id())).singleElement().satisfies(f -> {
      assertThat(f.open()).isFalse();
      assertThat(f.resolution()).contains("moved on");
    });
  }

  private JobIncidentRecorder recorder(JobExceptionHandlingStrategy delegate) {
    return new JobIncidentRecorder(delegate, findings, alerts, timeline, jdbc, Clock.systemUTC());
  }

  private static ActivatedJob job(SubmittedRequest request, int retries) {
    ActivatedJob job = mock(ActivatedJob.class);
    when(job.getRetries()).thenReturn(retries);
    when(job.getKey()).thenReturn(99L);
    when(job.getType()).thenReturn("send-manual");
    when(job.getElementId()).thenReturn("ServiceTask_SendManual");
    when(job.getProcessInstanceKey()).thenReturn(4711L);
    when(job.getVariablesAsMap()).thenReturn(Map.of("requestId", request.id().toString()));
    return job;
  }

  private static ExceptionHandlingContext context(ActivatedJob job) {
    return new ExceptionHandlingContext(null, job, null);
  }

  private SubmittedRequest submit() {
    String email = "watchdog-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    return submit("manual", manualRequest("Wanda Watch", email, null, null, "KM-5500", "Please send the manual."));
  }

  private void dispatched(SubmittedRequest request) {
    jdbc.sql("UPDATE process_outbox SET dispatched_at = now() WHERE request_id = :id").param("id", request.id()).update();
  }

  private void openTaskFor(SubmittedRequest request) {
    long key = Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L) + 1;
    jdbc.sql(
            """
            INSERT INTO user_tasks (job_key, process_instance_key, element_instance_key, bpmn_process_id, element_id,
                                    request_id, reference, name, lease_expires_at)
            VALUES (:key, :key, :key, 'manual-request', 'UserTask_ReviewManualRequest', :request, :reference, 'Review', now())
            """)
        .param("key", key)
        .param("request", request.id())
        .param("reference", request.reference())
        .update();
  }

  private List<String> mailsTo(String recipient, SubmittedRequest request) {
    return jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = :r AND subject LIKE '%' || :reference")
        .param("r", recipient)
        .param("reference", request.reference())
        .query(String.class)
        .list();
  }

  private long events(SubmittedRequest request, String kind) {
    return jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = :id AND kind = :kind")
        .param("id", request.id())
        .param("kind", kind)
        .query(Long.class)
        .single();
  }
}
