package io.omnichannel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omnichannel.api.ApiClient.Response;
import io.omnichannel.demo.InventoryDemoData;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.endtoend.EndToEndTest;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chat tools see the stock of every store; integrations reserve; wrong input is a 422, none left is not. */
@EndToEndTest
class ReservationsApiTest {

  private static final String RESERVATION = "/api/v1/requests/reservation";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient chat;

  @BeforeEach
  void client() {
    chat = new ApiClient(port, "demo-chat-key");
  }

  @Test
  void theChatToolSeesTheGreenSofaInEveryLocation_theBerlinStoreFirst() {
    Response response = chat.get("/api/v1/stock?typeNumber=" + InventoryDemoData.GREEN_SOFA);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    JsonNode levels = response.json();
    assertThat(levels.size()).isGreaterThanOrEqualTo(4);
    assertThat(StreamSupport.stream(levels.spliterator(), false).map(l -> l.get("locationId").asText()))
        .contains(StaffDemoData.STORE_BERLIN, StaffDemoData.STORE_HAMBURG, StaffDemoData.STORE_MUNICH, InventoryDemoData.WEB_WAREHOUSE);
    assertThat(levels.get(0).get("productName").asText()).contains("green");
    assertThat(chat.get("/api/v1/stock?typeNumber=NO-SUCH-THING").json().size()).isZero();
  }

  @Test
  void aStockQueryWithoutATypeNumberIs400_andTheApiDocumentNamesBothOperations() {
    Response response = chat.get("/api/v1/stock");
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.isProblem()).isTrue();

    String openApi = new ApiClient(port, null).get("/v3/api-docs").body();
    assertThat(openApi).contains("\"/api/v1/stock\"").contains("\"" + RESERVATION + "\"").contains("\"storeId\"");
  }

  @Test
  void anUnknownProductOrStoreIs422ForThatField_andNothingIsWritten() {
    long before = requestCount();

    Response unknownProduct = chat.postJson(RESERVATION, body("NO-SUCH-SOFA", StaffDemoData.STORE_BERLIN, "eve@example.com"));
    Response unknownStore = chat.postJson(RESERVATION, body(InventoryDemoData.GREEN_SOFA, "store-atlantis", "eve@example.com"));
    Response warehouse = chat.postJson(RESERVATION, body(InventoryDemoData.BLUE_SOFA, InventoryDemoData.WEB_WAREHOUSE, "eve@example.com"));
    Response noName = chat.postJson(RESERVATION, ApiClient.json(Map.of("typeNumber", InventoryDemoData.GREEN_SOFA, "storeId", StaffDemoData.STORE_BERLIN)));

    assertThat(unknownProduct.status()).as(unknownProduct.body()).isEqualTo(422);
    assertThat(unknownProduct.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:invalid-request");
    assertThat(unknownProduct.json().get("errors").get("typeNumber").asText()).contains("do not know this product");
    assertThat(unknownStore.status()).isEqualTo(422);
    assertThat(unknownStore.json().get("errors").get("storeId").asText()).isEqualTo("Please choose one of our stores.");
    assertThat(warehouse.status()).as("the online warehouse is no pickup store").isEqualTo(422);
    assertThat(noName.json().get("errors").has("name")).isTrue();
    assertThat(noName.json().get("errors").has("email")).isTrue();
    assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void aStoreWithNoneLeftIsNoInputError_theReservationIsTakenAndTheCustomerIsTold() {
    String key = UUID.randomUUID().toString();
    String body = body(InventoryDemoData.GREEN_SOFA, StaffDemoData.STORE_HAMBURG, "jonas+" + System.nanoTime() + "@example.com");

    Response first = chat.postJson(RESERVATION, body, key);
    Response repeat = chat.postJson(RESERVATION, body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(first.location()).hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/requests/SR-"));
    assertThat(repeat.status()).isEqualTo(200);
    assertThat(repeat.json().get("reference").asText()).isEqualTo(first.json().get("reference").asText());
    assertThat(jdbc.sql("SELECT r.type || '/' || r.channel || '/' || d.store_id FROM service_requests r JOIN reservation_details d ON d.request_id = r.id WHERE r.reference = ?")
            .param(first.json().get("reference").asText()).query(String.class).single())
        .isEqualTo("RESERVATION/API/" + StaffDemoData.STORE_HAMBURG);
  }

  @Test
  void adviceAtPickup_isTakenWithAVisitWithinTheHold_aVisitInThePastIs422_andTheApiDocumentsTheFields() {
    String email = "advice+" + System.nanoTime() + "@example.com";
    Map<String, Object> advice = new java.util.HashMap<>(Map.of(
        "typeNumber", InventoryDemoData.GREEN_SOFA, "storeId", StaffDemoData.STORE_HAMBURG, "name", "Eve Example", "email", email,
        "adviceWanted", true, "adviceTopic", "Does velvet suit a home with a cat?"));
    long before = requestCount();

    advice.put("adviceVisitAt", java.time.OffsetDateTime.now().minusHours(3).toString());
    Response past = chat.postJson(RESERVATION, ApiClient.json(advice));
    assertThat(past.status()).as(past.body()).isEqualTo(422);
    assertThat(past.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:invalid-request");
    assertThat(past.json().get("errors").get("adviceVisitAt").asText()).isEqualTo("The visit must be in the future.");
    assertThat(requestCount()).isEqualTo(before);

    java.time.Instant visit = java.time.Instant.now().plus(java.time.Duration.ofHours(20)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    advice.put("adviceVisitAt", visit.atOffset(java.time.ZoneOffset.UTC).toString());
    Response taken = chat.postJson(RESERVATION, ApiClient.json(advice));
    assertThat(taken.status()).as(taken.body()).isEqualTo(201);
    assertThat(jdbc.sql("SELECT a.topic FROM reservation_advice a JOIN service_requests r ON r.id = a.request_id WHERE r.reference = ?")
            .param(taken.json().get("reference").asText()).query(String.class).single())
        .isEqualTo("Does velvet suit a home with a cat?");

    assertThat(new ApiClient(port, null).get("/v3/api-docs").body()).contains("adviceWanted").contains("adviceTopic").contains("adviceVisitAt");
  }

  private static String body(String typeNumber, String storeId, String email) {
    return ApiClient.json(Map.of("typeNumber", typeNumber, "storeId", storeId, "name", "Eve Example", "email", email));
  }

  private long requestCount() {
    return jdbc.sql("SELECT count(*) FROM service_requests").query(Long.class).single();
  }
}
