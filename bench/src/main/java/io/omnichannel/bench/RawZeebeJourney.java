package io.omnichannel.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.worker.JobWorker;
import io.grpc.Status;
import io.omnichannel.processes.JobTypes;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.processes.SharedModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The baseline: the product's own manual-request model, deployed a second time on the same broker
 * under another process id, start message and job types ({@value #PREFIX}…), started by publishing
 * its start message straight to the gateway and served by no-op workers in this JVM that complete
 * every job at once with the variables the gateways read. Same broker, same model, same path
 * (acknowledge → verify purchase → find manual → send manual → close); none of the product's code.
 */
final class RawZeebeJourney implements Journey {

  static final String PREFIX = "bench-raw-";
  static final List<String> PATH =
      List.of(JobTypes.ACKNOWLEDGE_REQUEST, JobTypes.VERIFY_PURCHASE, JobTypes.FIND_MANUAL, JobTypes.SEND_MANUAL, JobTypes.CLOSE_REQUEST);
  private static final String BENCH_ID = "benchId";

  private final CamundaClient client;
  private final List<JobWorker> workers = new ArrayList<>();
  /** per journey: the time each step on {@link #PATH} was done, index 0 the start */
  private final Map<String, long[]> steps = new ConcurrentHashMap<>();
  private final Map<String, Long> done = new ConcurrentHashMap<>();
  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private final AtomicLong sequence = new AtomicLong();

  RawZeebeJourney(URI gateway, URI rest) throws IOException {
    client = CamundaClient.newClientBuilder().grpcAddress(gateway).restAddress(rest).preferRestOverGrpc(false).build();
    client.newDeployResourceCommand().addResourceStringUtf8(renamedModel(), PREFIX + "manual-request.bpmn").send().join();
    for (String type : PATH) {
      int index = PATH.indexOf(type) + 1;
      workers.add(
          client
              .newWorker()
              .jobType(PREFIX + type)
              .handler(
                  (jobs, job) -> {
                    String id = (String) job.getVariable(BENCH_ID);
                    jobs.newCompleteCommand(job)
                        .variables(Map.of("purchaseVerified", true, "manualFound", true))
                        .send()
                        .whenComplete((ok, error) -> {
                          if (error == null) {
                            stepDone(id, index);
                            if (type.equals(JobTypes.SEND_MANUAL)) {
                              answerDelivered(id);
                            }
                          }
                        });
                  })
              .fetchVariables(BENCH_ID)
              .open());
    }
  }

  /**
   * As the product's mail outbox does once the manual's mail is delivered: the model waits for it
   * before it closes the request. Here the "delivery" follows the no-op send at once.
   */
  private void answerDelivered(String id) {
    client
        .newPublishMessageCommand()
        .messageName(PREFIX + SharedModel.ANSWER_DELIVERED_MESSAGE)
        .correlationKey("BENCH-" + id)
        .messageId("delivered-" + id)
        .send();
  }

  /** The product's model with every process id, message name and job type prefixed. */
  static String renamedModel() throws IOException {
    String xml;
    try (InputStream model = RawZeebeJourney.class.getClassLoader().getResourceAsStream(ManualRequestProcess.RESOURCE)) {
      if (model == null) {
        throw new IllegalStateException(ManualRequestProcess.RESOURCE + " is not on the class path");
      }
      xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
    }
    return xml.replace("id=\"" + ManualRequestProcess.PROCESS_ID + "\"", "id=\"" + PREFIX + ManualRequestProcess.PROCESS_ID + "\"")
        .replace("bpmnElement=\"" + ManualRequestProcess.PROCESS_ID + "\"", "bpmnElement=\"" + PREFIX + ManualRequestProcess.PROCESS_ID + "\"")
        .replaceAll("<bpmn:message id=\"([^\"]+)\" name=\"([^\"]+)\"", "<bpmn:message id=\"$1\" name=\"" + PREFIX + "$2\"")
        .replaceAll("<zeebe:taskDefinition type=\"([^\"]+)\"", "<zeebe:taskDefinition type=\"" + PREFIX + "$1\"");
  }

  private void stepDone(String id, int index) {
    long now = System.currentTimeMillis();
    long[] times = steps.computeIfAbsent(id, key -> new long[PATH.size() + 1]);
    times[index] = now;
    if (index == PATH.size()) {
      done.put(id, now);
    }
  }

  @Override
  public String name() {
    return "raw Zeebe, no-op workers";
  }

  @Override
  public List<String> stepNames() {
    List<String> names = new ArrayList<>();
    names.add("start message published");
    names.addAll(PATH);
    return names;
  }

  @Override
  public OpenLoad.Sent start() {
    String id = run + "-" + sequence.incrementAndGet();
    Map<String, Object> variables = new HashMap<>();
    variables.put(BENCH_ID, id);
    variables.put("requestId", UUID.randomUUID().toString());
    variables.put("reference", "BENCH-" + id);
    try {
      client
          .newPublishMessageCommand()
          .messageName(PREFIX + ManualRequestProcess.START_MESSAGE)
          .correlationKey(id)
          .messageId(id)
          .variables(variables)
          .send()
          .join();
    } catch (ClientStatusException e) {
      return new OpenLoad.Sent(e.getStatusCode() == Status.Code.RESOURCE_EXHAUSTED ? OpenLoad.Outcome.REJECTED : OpenLoad.Outcome.FAILED, id);
    }
    stepDone(id, 0);
    return new OpenLoad.Sent(OpenLoad.Outcome.ACCEPTED, id);
  }

  @Override
  public Map<String, Journey.Completion> completions(Collection<String> ids) {
    Map<String, Journey.Completion> completions = new HashMap<>();
    for (String id : ids) {
      Long at = done.get(id);
      if (at != null) {
        List<Long> times = new ArrayList<>();
        for (long time : steps.get(id)) {
          times.add(time);
        }
        completions.put(id, new Journey.Completion(at, times));
      }
    }
    return completions;
  }

  /** Publishing is the only way in; a rejected publish is counted as the call's outcome. */
  @Override
  public long internalBackpressure(Collection<String> ids) {
    return 0;
  }

  @Override
  public void close() {
    workers.forEach(JobWorker::close);
    client.close();
  }
}
