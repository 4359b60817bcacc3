package io.omnichannel.journeysteps;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The step list of a request's tracking page, derived from its process model and its timeline. */
@Component
public class JourneySteps {

  static final String MANUAL_REQUEST_PROCESS = "manual-request";
  static final String CUSTOMER_REQUEST_PROCESS = "customer-request";

  private final JdbcClient jdbc;
  private final JourneyModel model =
      JourneyModel.fromClasspath("bpmn/manual-request.bpmn", "bpmn/customer-request.bpmn", "bpmn/reservation.bpmn");

  JourneySteps(JdbcClient jdbc) {
    this.jdbc = jdbc;
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
    return JourneyProgress.derive(model.steps(processOf(row.type())), new HashSet<>(kinds), expectedBy);
  }

  /** Manual requests run the manual-request process; questions, complaints and callbacks the other. */
  static String processOf(String requestType) {
    return "MANUAL_REQUEST".equals(requestType) ? MANUAL_REQUEST_PROCESS : CUSTOMER_REQUEST_PROCESS;
  }
}
