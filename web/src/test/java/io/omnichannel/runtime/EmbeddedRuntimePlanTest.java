package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class EmbeddedRuntimePlanTest {

  @Test
  void startsEverythingThatIsNotConfiguredExternally() {
    var plan = EmbeddedRuntimePlan.of(new MockEnvironment().withProperty("orchestrator.data-dir", "/srv/data"));

    assertThat(plan.postgres()).isTrue();
    assertThat(plan.mail()).isTrue();
    assertThat(plan.zeebe()).isTrue();
    assertThat(plan.zeebeDir()).isEqualTo(Path.of("/srv/data/zeebe"));
    assertThat(plan.settings().postgres().port()).isEqualTo(5433);
    assertThat(plan.settings().zeebe().gatewayPort()).isEqualTo(26500);
  }

  @Test
  void leavesExternallyConfiguredServersAlone() {
    var plan =
        EmbeddedRuntimePlan.of(
            new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/app")
                .withProperty("spring.mail.host", "smtp.shop.example")
                .withProperty("camunda.client.grpc-address", "http://zeebe:26500"));

    assertThat(plan.anything()).isFalse();
    assertThat(plan.externalMail()).isEqualTo("smtp.shop.example:25");
  }

  @Test
  void theCamundaStartersDefaultAddressIsNotAnExternalBroker() {
    var environment = new MockEnvironment();
    environment
        .getPropertySources()
        .addLast(
            new MapPropertySource(
                "modes/self-managed.yaml",
                Map.of("camunda.client.grpc-address", "http://localhost:26500")));
    assertThat(EmbeddedRuntimePlan.of(environment).zeebe()).isTrue();

    environment.setProperty("camunda.client.grpcAddress", "http://localhost:26500");
    assertThat(EmbeddedRuntimePlan.of(environment).zeebe()).isFalse();
  }

  @Test
  void aPartCanBeSwitchedOff() {
    var plan =
        EmbeddedRuntimePlan.of(
            new MockEnvironment().withProperty("orchestrator.embedded.zeebe.enabled", "false"));

    assertThat(plan.zeebe()).isFalse();
    assertThat(plan.postgres()).isTrue();
  }

  @Test
  void springBootTestsStartNothingUnlessTheyAskForIt() {
    var marker = EmbeddedRuntimePlan.SPRING_BOOT_TEST_MARKER;

    assertThat(EmbeddedRuntimePlan.of(new MockEnvironment().withProperty(marker, "true")).anything())
        .isFalse();
    assertThat(
            EmbeddedRuntimePlan.of(
                    new MockEnvironment()
                        .withProperty(marker, "true")
                        .withProperty(EmbeddedRuntimePlan.ENABLED, "true"))
                .postgres())
        .isTrue();
  }

  @Test
  void theEmbeddedBrokerLoadsTheHistoryExporter_unlessSwitchedOff_orThereIsNoBrokerOfOurOwn() {
    assertThat(EmbeddedRuntimePlan.of(new MockEnvironment()).historyExporter()).isTrue();
    var externalDatabase =
        EmbeddedRuntimePlan.of(
            new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/app")
                .withProperty("spring.datasource.username", "app")
                .withProperty("spring.datasource.password", "secret"));
    assertThat(externalDatabase.historyExporter()).as("writes to the application's own database").isTrue();
    assertThat(externalDatabase.externalDatabaseUser()).isEqualTo("app");
    assertThat(externalDatabase.externalDatabasePassword()).isEqualTo("secret");
    assertThat(
            EmbeddedRuntimePlan.of(
                    new MockEnvironment().withProperty("orchestrator.embedded.zeebe.history-exporter", "false"))
                .historyExporter())
        .isFalse();
    assertThat(
            EmbeddedRuntimePlan.of(new MockEnvironment().withProperty("camunda.client.grpc-address", "http://zeebe:26500"))
                .historyExporter())
        .as("an external broker is configured by its operator (docs/operations.md)")
        .isFalse();
  }
}
