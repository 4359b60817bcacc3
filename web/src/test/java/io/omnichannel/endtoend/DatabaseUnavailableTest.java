package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A database that does not answer in time (a table locked by someone else, a pool without a free
 * connection): pages and the API answer 503 with Retry-After at once, instead of holding the
 * caller until the database comes back. The client gives up after a minute, so a hang fails the
 * test rather than blocking it.
 */
@EndToEndTest
class DatabaseUnavailableTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration GIVE_UP = Duration.ofSeconds(60);

  @LocalServerPort int port;
  @Autowired DataSource dataSource;

  private String reference;
  private String trackingPath;

  @BeforeEach
  void aRequestToLookAt() throws Exception {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Dora Lock");
    body.put("email", "dora+" + System.nanoTime() + "@example.com");
    body.put("typeNumber", "HB-12");
    HttpResponse<String> created =
        send(api("/api/v1/requests/manual").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode request = JSON.readTree(created.body());
    reference = request.get("reference").asText();
    trackingPath = URI.create(request.get("trackingUrl").asText()).getPath();
  }

  @Test
  void aLockedTableGivesTheStatusPageAndTheApiA503WithRetryAfter() throws Exception {
    HttpResponse<String> page;
    HttpResponse<String> api;
    try (Connection locker = dataSource.getConnection()) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("LOCK TABLE service_requests IN ACCESS EXCLUSIVE MODE");
      }
      page = send(HttpRequest.newBuilder(uri(trackingPath)).header("Accept", "text/html").GET());
      api = send(api("/api/v1/requests/" + reference).GET());
      locker.rollback();
    }

    assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("try again");
    ControlCharactersTest.assertNoInternals(page.body());
    assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(api.body()).get("type").asText()).isEqualTo("urn:omnichannel:problem:service-unavailable");
    ControlCharactersTest.assertNoInternals(api.body());
    assertThat(send(HttpRequest.newBuilder(uri(trackingPath)).GET()).statusCode()).as("once the lock is gone").isEqualTo(200);
  }

  @Test
  void aPoolWithoutAFreeConnectionGivesA503WithRetryAfter() throws Exception {
    HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
    List<Connection> held = new ArrayList<>();
    HttpResponse<String> page;
    HttpResponse<String> api;
    try {
      while (held.size() < pool.getMaximumPoolSize()) {
        held.add(pool.getConnection());
      }
      page = send(HttpRequest.newBuilder(uri(trackingPath)).header("Accept", "text/html").GET());
      api = send(api("/api/v1/requests/" + reference).GET());
    } finally {
      for (Connection connection : held) {
        connection.close();
      }
    }

    assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    ControlCharactersTest.assertNoInternals(page.body());
    assertThat(api.statusCode()).as(api.body()).isEqualTo(503);
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    assertThat(JSON.readTree(api.body()).get("type").asText()).isEqualTo("urn:omnichannel:problem:service-unavailable");
  }

  private HttpRequest.Builder api(String path) {
    return HttpRequest.newBuilder(uri(path)).header("X-API-Key", "demo-shop-key").header("Accept", "application/json, application/problem+json");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request.timeout(GIVE_UP).build(), HttpResponse.BodyHandlers.ofString());
    }
  }
}
