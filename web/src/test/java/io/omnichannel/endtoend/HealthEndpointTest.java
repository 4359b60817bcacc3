package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.endtoend.WebSession.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Monitoring sees whether the product is up; only admins see which servers it talks to. */
@EndToEndTest
class HealthEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, String> JSON_ACCEPT = Map.of("Accept", "application/json");

  @LocalServerPort int port;

  @Test
  void anonymousCallersGetTheOverallStatusOnly() throws Exception {
    Page health = new WebSession(port).get("/actuator/health", JSON_ACCEPT);

    assertThat(health.status()).isEqualTo(200);
    JsonNode body = JSON.readTree(health.body());
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.has("components")).as(health.body()).isFalse();
    assertThat(body.has("details")).isFalse();
    assertThat(health.body()).doesNotContain("127.0.0.1").doesNotContain("localhost").doesNotContain("jdbc");
    for (String component : List.of("db", "mail", "zeebe")) {
      assertThat(new WebSession(port).get("/actuator/health/" + component, JSON_ACCEPT).body())
          .as(component).doesNotContain("127.0.0.1").doesNotContain("localhost").doesNotContain("location");
    }
  }

  @Test
  void staffWhoAreNotAdminsGetTheStatusOnlyToo() throws Exception {
    WebSession agent = new WebSession(port);
    agent.signIn("anna", "demo");

    JsonNode body = JSON.readTree(agent.get("/actuator/health", JSON_ACCEPT).body());

    assertThat(body.has("components")).isFalse();
  }

  @Test
  void adminsSeeEveryComponentWithItsDetails() throws Exception {
    WebSession admin = new WebSession(port);
    admin.signIn("admin", "demo");

    JsonNode body = JSON.readTree(admin.get("/actuator/health", JSON_ACCEPT).body());

    assertThat(body.get("components").has("db")).isTrue();
    assertThat(body.get("components").get("zeebe").has("details")).isTrue();
    assertThat(body.get("components").has("mail")).isTrue();
  }
}
