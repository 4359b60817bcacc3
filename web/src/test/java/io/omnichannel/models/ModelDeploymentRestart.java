package io.omnichannel.models;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationContext;

/** For end-to-end tests: what the start-up deployment does when the application starts again, on the running application's engine and database. */
public final class ModelDeploymentRestart {

  private ModelDeploymentRestart() {}

  /** @return the process versions the engine answered with, e.g. {@code manual-request:2} */
  public static List<String> deployAgain(ApplicationContext context) throws IOException {
    ModelDeployment restarted = new ModelDeployment(
        context.getBean(CamundaClient.class), context.getBean(VersionRecord.class), context.getBean(Clock.class));
    if (!restarted.deploy()) {
      throw new IllegalStateException("the engine did not take the models: " + restarted.lastError());
    }
    return restarted.deployedVersions();
  }
}
