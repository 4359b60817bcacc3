package io.omnichannel.journeys;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The step list of a request's tracking page, derived from the model of its own journey (found by
 * its request type) and its timeline.
 */
@Component
public class JourneySteps {

  private final JdbcClient jdbc;
  private final Journeys journeys;
  private final Map<String, JourneyModel> models = new ConcurrentHashMap<>();

  JourneySteps(JdbcClient jdbc, Journeys journeys) {
    this.jdbc = jdbc;
    this.journeys = journeys;
  }

  private record RequestRow(UUID id, String type, Instant expectedBy, Instant closedAt) {}

  public List<CustomerStep> forTrackingToken(String token) {
    Optional<RequestRow> request =
        jdbc.sql("SELECT id, type, expected_by, closed_at FROM service_requests WHERE tracking_token = :token")
            .param("token", token)
            .query(RequestRow.class)
            .optional();
    if (request.isEmpty()) {
      return List.of();
    }
    RequestRow row = request.get();
    // every kind counts, also those the customer does not see in her history (e.g. ACKNOWLEDGED)
    List<String> kinds =
        jdbc.sql("SELECT DISTINCT kind FROM request_events WHERE request_id = :id")
            .param("id", row.id())
            .query(String.class)
            .list();
    Instant expectedBy = row.closedAt() == null ? row.expectedBy() : null;
    return JourneyProgress.derive(stepsOf(row.type()), new HashSet<>(kinds), expectedBy);
  }

  /** The customer steps of the model of the journey that serves the request type; none for a type no journey serves. */
  public List<JourneyStep> stepsOf(String requestType) {
    return journeys
        .journeyOf(requestType)
        .map(Journey::process)
        .map(process -> models.computeIfAbsent(process.resource(), JourneyModel::fromClasspath).steps(process.processId()))
        .orElse(List.of());
  }
}
