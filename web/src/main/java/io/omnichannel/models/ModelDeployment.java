package io.omnichannel.models;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersions;
import java.io.ByteArrayInputStream;
import io.omnichannel.outbox.ModelsDeployed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models on the classpath ({@code bpmn/*.bpmn}) when the application starts. When the
 * engine does not take them (down, or too slow to answer), the application starts all the same:
 * intake keeps accepting, the process outbox holds the starts, and the deployment is tried again
 * with back-off (1 s doubling up to 30 s) until it succeeds. Deploying unchanged models again
 * creates no new version. Every version the engine returns is recorded ({@code modelversions}, by
 * "system"); a classpath file is deployed only when it differs from its last deployment from the
 * classpath, so a version a process owner deployed from the console stays the latest across restarts.
 */
@Component
class ModelDeployment implements ModelsDeployed, SmartLifecycle {

  static final String MODELS = "classpath*:/bpmn/*.bpmn";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  static final String SYSTEM = "system";

  private final CamundaClient client;
  private final VersionRecord record;
  private final Clock clock;
  private final List<Resource> models;
  private ScheduledExecutorService retries;
  private volatile boolean running;
  private volatile List<String> deployedVersions = List.of();
  private volatile String lastError;
  private volatile int attempts;

  ModelDeployment(CamundaClient client, VersionRecord record, Clock clock) throws IOException {
    this.client = client;
    this.record = record;
    this.clock = clock;
    this.models = List.of(new PathMatchingResourcePatternResolver().getResources(MODELS));
  }

  @Override
  public void start() {
    running = true;
    if (!deploy()) {
      retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("model-deployment").daemon().factory());
      scheduleRetry();
    }
  }

  private void scheduleRetry() {
    long delay = Math.min(FIRST_RETRY.toMillis() << Math.min(attempts - 1, 10), MAX_RETRY.toMillis());
    retries.schedule(() -> {
      if (running && !deploy()) {
        scheduleRetry();
      }
    }, delay, TimeUnit.MILLISECONDS);
  }

  /** @return whether the models are deployed now */
  synchronized boolean deploy() {
    if (deployed()) {
      return true;
    }
    attempts++;
    try {
      List<Deployable> deployables = deployables();
      DeploymentEvent event = command(deployables).send().join();
      Map<String, Deployable> byName = deployables.stream().collect(Collectors.toMap(Deployable::resourceName, d -> d));
      Instant at = clock.instant();
      for (Process process : event.getProcesses()) {
        Deployable from = byName.get(process.getResourceName());
        record.record(
            process.getProcessDefinitionKey(), process.getBpmnProcessId(), process.getVersion(), process.getResourceName(),
            from.xml(), at, SYSTEM, from.source());
      }
      deployedVersions = event.getProcesses().stream()
          .map(p -> p.getBpmnProcessId() + ":" + p.getVersion())
          .toList();
      lastError = null;
      log.info("Deployed the process models: {}", deployedVersions);
      return true;
    } catch (RuntimeException e) {
      lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
      log.warn("The engine did not take the process models (attempt {}); trying again: {}", attempts, lastError);
      return false;
    }
  }

  /**
   * A classpath file whose content differs from its last deployment from the classpath goes to the
   * engine as it is. An unchanged one is not deployed again: the latest recorded version of each of
   * its processes is, which may be a process owner's. The engine recognises a version it has and
   * makes no new one; one that lost its state gets the latest version back, not the classpath's.
   */
  private List<Deployable> deployables() {
    Map<String, Deployable> deployables = new LinkedHashMap<>();
    List<Deployable> unchanged = new ArrayList<>();
    for (Resource model : models) {
      Deployable file = new Deployable(model.getFilename(), read(model), ModelSource.CLASSPATH);
      if (record.lastClasspathChecksum(file.resourceName()).filter(ModelVersions.checksum(file.xml())::equals).isPresent()) {
        unchanged.add(file);
      } else {
        deployables.put(file.resourceName(), file);
      }
    }
    for (Deployable file : unchanged) {
      for (String processId : processIds(file.xml())) {
        VersionRecord.Recorded latest = record.latest(processId).orElse(null);
        if (latest == null) {
          deployables.putIfAbsent(file.resourceName(), file);
        } else {
          ModelSource source = latest.source() == ModelSource.CLASSPATH ? ModelSource.CLASSPATH : ModelSource.RESTORE;
          deployables.putIfAbsent(latest.resourceName(), new Deployable(latest.resourceName(), latest.xml(), source));
        }
      }
    }
    return List.copyOf(deployables.values());
  }

  private static List<String> processIds(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Process.class)
        .stream()
        .filter(io.camunda.zeebe.model.bpmn.instance.Process::isExecutable)
        .map(io.camunda.zeebe.model.bpmn.instance.Process::getId)
        .toList();
  }

  private static String read(Resource model) {
    try (InputStream in = model.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + model, e);
    }
  }

  private DeployResourceCommandStep2 command(List<Deployable> deployables) {
    DeployResourceCommandStep1 first = client.newDeployResourceCommand();
    DeployResourceCommandStep2 command = null;
    for (Deployable model : deployables) {
      byte[] xml = model.xml().getBytes(StandardCharsets.UTF_8);
      command = command == null ? first.addResourceBytes(xml, model.resourceName()) : command.addResourceBytes(xml, model.resourceName());
    }
    if (command == null) {
      throw new IllegalStateException("no process models found at " + MODELS);
    }
    return command;
  }

  private record Deployable(String resourceName, String xml, ModelSource source) {}

  @Override
  public boolean deployed() {
    return !deployedVersions.isEmpty();
  }

  List<String> deployedVersions() {
    return deployedVersions;
  }

  String lastError() {
    return lastError;
  }

  int attempts() {
    return attempts;
  }

  int modelCount() {
    return models.size();
  }

  @Override
  public void stop() {
    running = false;
    if (retries != null) {
      retries.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
