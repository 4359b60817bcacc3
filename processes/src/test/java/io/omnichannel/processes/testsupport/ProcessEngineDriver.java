package io.omnichannel.processes.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.response.PublishMessageResponse;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.MessageStartEventSubscriptionIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Drives the embedded test engine the way our workers and dispatcher would: publish messages,
 * take jobs of a type, complete or fail them, move the clock. Every command waits until the
 * engine is idle, so the assertions that follow see the engine's settled state.
 */
public final class ProcessEngineDriver {

  private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_PARALLEL_JOBS = 32;

  private final ZeebeTestEngine engine;
  private final ZeebeClient client;

  public ProcessEngineDriver(ZeebeTestEngine engine, ZeebeClient client) {
    this.engine = engine;
    this.client = client;
  }

  public void deploy(String... classpathResources) {
    var command = client.newDeployResourceCommand().addResourceFromClasspath(classpathResources[0]);
    for (int i = 1; i < classpathResources.length; i++) {
      command = command.addResourceFromClasspath(classpathResources[i]);
    }
    BpmnAssert.assertThat(command.send().join()).containsProcessesByResourceName(classpathResources);
  }

  /** Publishes a message the way the intake dispatcher does: with a message id and a time to live. */
  public PublishMessageResponse publish(
      String messageName, String correlationKey, String messageId, Duration timeToLive, Map<String, Object> variables) {
    var response =
        client
            .newPublishMessageCommand()
            .messageName(messageName)
            .correlationKey(correlationKey)
            .messageId(messageId)
            .timeToLive(timeToLive)
            .variables(variables)
            .send()
            .join();
    waitForIdle();
    return response;
  }

  /** The process instance a published message started, if it started one. */
  public Optional<InspectedProcessInstance> instanceStartedBy(PublishMessageResponse message) {
    return stream(BpmnAssert.getRecordStream().messageStartEventSubscriptionRecords())
        .filter(r -> r.getIntent() == MessageStartEventSubscriptionIntent.CORRELATED)
        .filter(r -> r.getValue().getMessageKey() == message.getMessageKey())
        .map(r -> new InspectedProcessInstance(r.getValue().getProcessInstanceKey()))
        .findFirst();
  }

  /** Takes the one open job of the type, failing the test when there is none. */
  public ActivatedJob activate(String jobType) {
    waitForIdle();
    List<ActivatedJob> jobs =
        client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(1).send().join().getJobs();
    assertThat(jobs).as("an open job of type %s", jobType).hasSize(1);
    return jobs.getFirst();
  }

  /** Takes the one open job of the type and completes it with what the worker would return. */
  public ActivatedJob complete(String jobType, Map<String, Object> workerResult) {
    ActivatedJob job = activate(jobType);
    client.newCompleteCommand(job).variables(workerResult).send().join();
    waitForIdle();
    return job;
  }

  /**
   * Of the open jobs of the type (parallel branches, e.g. several shipments), completes the one the
   * test means and offers the others again at once, untouched: they are failed with their retries
   * unchanged and no back-off, which is how the engine hands a job back.
   */
  public ActivatedJob completeWhere(
      String jobType, String which, Predicate<ActivatedJob> condition, Map<String, Object> workerResult) {
    waitForIdle();
    List<ActivatedJob> jobs =
        client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(MAX_PARALLEL_JOBS).send().join().getJobs();
    ActivatedJob chosen =
        jobs.stream()
            .filter(condition)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no open job of type " + jobType + " for " + which + " among " + jobs.size()));
    for (ActivatedJob other : jobs) {
      if (other != chosen) {
        client.newFailCommand(other).retries(other.getRetries()).retryBackoff(Duration.ZERO).errorMessage("not this one").send().join();
      }
    }
    client.newCompleteCommand(chosen).variables(workerResult).send().join();
    waitForIdle();
    return chosen;
  }

  /** Takes the one open job of the type and fails it, as a worker does on a technical failure. */
  public ActivatedJob fail(String jobType, int retriesLeft, String errorMessage) {
    ActivatedJob job = activate(jobType);
    client.newFailCommand(job).retries(retriesLeft).errorMessage(errorMessage).send().join();
    waitForIdle();
    return job;
  }

  /** Every job the engine ever created for the process instance, of the given type. */
  public List<JobRecordValue> jobsCreated(String jobType, long processInstanceKey) {
    return stream(BpmnAssert.getRecordStream().jobRecords())
        .filter(r -> r.getIntent() == JobIntent.CREATED)
        .map(Record::getValue)
        .filter(job -> job.getType().equals(jobType))
        .filter(job -> job.getProcessInstanceKey() == processInstanceKey)
        .toList();
  }

  /** How often an element of the process instance was terminated (a boundary event, a terminate end event took it away). */
  public long timesTerminated(String elementId, long processInstanceKey) {
    return stream(BpmnAssert.getRecordStream().processInstanceRecords())
        .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)
        .filter(r -> r.getValue().getProcessInstanceKey() == processInstanceKey)
        .filter(r -> r.getValue().getElementId().equals(elementId))
        .count();
  }

  public void advanceClock(Duration duration) {
    engine.increaseTime(duration);
    waitForIdle();
  }

  public void waitForIdle() {
    try {
      engine.waitForIdleState(IDLE_TIMEOUT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("engine did not become idle", e);
    }
  }

  private static <T> Stream<T> stream(Iterable<T> records) {
    return StreamSupport.stream(records.spliterator(), false);
  }
}
