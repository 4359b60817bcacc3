package io.omnichannel.models;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** {@code processModels} in {@code /actuator/health}: up once the engine has the models, with their versions. */
@Component("processModelsHealthIndicator")
class ProcessModelsHealthIndicator extends AbstractHealthIndicator {

  private final ModelDeployment deployment;

  ProcessModelsHealthIndicator(ModelDeployment deployment) {
    this.deployment = deployment;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    if (deployment.deployed()) {
      builder.up().withDetail("deployed", deployment.deployedVersions());
    } else {
      builder.down()
          .withDetail("models", deployment.modelCount())
          .withDetail("attempts", deployment.attempts())
          .withDetail("lastError", String.valueOf(deployment.lastError()))
          .withDetail("meaning", "requests are accepted; their processes start once the engine has the models");
    }
  }
}
