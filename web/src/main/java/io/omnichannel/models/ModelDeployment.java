package io.omnichannel.models;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;
import io.omnichannel.outbox.ModelsDeployed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
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
 * creates no new version.
 */
@Component
class ModelDeployment implements ModelsDeployed, SmartLifecycle {

  static final String MODELS = "classpath*:/bpmn/*.bpmn";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);
  private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
  private static final Duration MAX_RETRY = Duration.ofSeconds(30);

  private final CamundaClient client;
  private final List<Resource> models;
  private ScheduledExecutorService retries;
  private volatile boolean running;
  private volatile List<String> deployedVersions = List.of();
  private volatile String lastError;
  private volatile int attempts;

  ModelDeployment(CamundaClient client) throws IOException {
    this.client = client;
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
      DeploymentEvent event = command().send().join();
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

  private DeployResourceCommandStep2 command() {
    DeployResourceCommandStep1 first = client.newDeployResourceCommand();
    DeployResourceCommandStep2 command = null;
    for (Resource model : models) {
      try (InputStream in = model.getInputStream()) {
        byte[] xml = in.readAllBytes();
        command = command == null ? first.addResourceBytes(xml, model.getFilename()) : command.addResourceBytes(xml, model.getFilename());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the model " + model, e);
      }
    }
    if (command == null) {
      throw new IllegalStateException("no process models found at " + MODELS);
    }
    return command;
  }

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
