package io.omnichannel.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.omnichannel.api.ApiClient.Response;
import io.omnichannel.endtoend.EndToEndTest;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shop, the till and the chat tool call the API of the whole running application: requests
 * they submit start their journey like any other, a retried call never makes a second request,
 * and a chat lands in the request's history.
 */
@EndToEndTest
class RequestsApiTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(60);

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;
  @Autowired Journeys journeys;

  @Test
  void theShopSubmitsARequestAndTheCustomerGetsTheAcknowledgementAndTheManual() {
    String email = "jonas.berger+" + System.nanoTime() + "@example.com";
    ApiClient shop = new ApiClient(port, "demo-shop-key");

    Response created =
        shop.postJson(
            "/api/v1/requests/manual",
            ApiClient.json(
                Map.of("name", "Jonas Berger", "email", email, "orderNumber", "W-2026-7781", "typeNumber", "DG-220",
                    "channel", "online-shop", "somethingNew", "ignored")));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String reference = body.get("reference").asText();
    assertThat(reference).matches("SR-\\d{4}-\\d{6}");
    assertThat(created.location()).contains("/api/v1/requests/" + reference);
    assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
    assertThat(body.get("expectedBy").asText()).isNotBlank();
    String trackingPath = pathOf(body.get("trackingUrl").asText());
    assertThat(trackingPath).matches("/track/[A-Za-z0-9_-]{43}");
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE reference = :r").param("r", reference).query(Long.class).single()).isOne();

    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages())
            .anySatisfy(mail -> assertThat(mail.subject()).contains(reference))
            .anySatisfy(mail -> assertThat(mail.attachments()).isNotEmpty()));

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(shop.get("/api/v1/requests/" + reference).json().get("status").asText()).isEqualTo("CLOSED"));
    JsonNode seen = shop.get("/api/v1/requests/" + reference).json();
    assertThat(seen.get("type").asText()).isEqualTo("manual");
    assertThat(seen.get("closedAt").isNull()).isFalse();
    assertThat(kinds(seen)).startsWith("RECEIVED").doesNotContain("RECEIVED_BY_API");
    assertThat(new ApiClient(port, null).get(trackingPath).status()).as("the tracking link works").isEqualTo(200);
  }

  @Test
  void theSameIdempotencyKeyTwiceGivesOneRequest() {
    ApiClient till = new ApiClient(port, "demo-till-key");
    String key = UUID.randomUUID().toString();
    String body = manualRequest("aylin+" + System.nanoTime() + "@example.com");

    Response first = till.postJson("/api/v1/requests/manual", body, key);
    Response repeat = till.postJson("/api/v1/requests/manual", body, key);

    assertThat(first.status()).as(first.body()).isEqualTo(201);
    assertThat(repeat.status()).as(repeat.body()).isEqualTo(200);
    assertThat(repeat.json().get("reference")).isEqualTo(first.json().get("reference"));
    assertThat(repeat.json().get("trackingUrl")).isEqualTo(first.json().get("trackingUrl"));
    assertThat(repeat.json().get("expectedBy")).isEqualTo(first.json().get("expectedBy"));
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE idempotency_key = :k").param("k", "api:till:" + key).query(Long.class).single())
        .isOne();

    Response fromTheShop = new ApiClient(port, "demo-shop-key").postJson("/api/v1/requests/manual", body, key);
    assertThat(fromTheShop.status()).as("another integration's keys are its own").isEqualTo(201);
    assertThat(fromTheShop.json().get("reference")).isNotEqualTo(first.json().get("reference"));
  }

  @Test
  void theSameIdempotencyKeyWithAnotherBodyIsAConflictAndWritesNothing() {
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    String key = UUID.randomUUID().toString();
    String email = "peter+" + System.nanoTime() + "@example.com";
    assertThat(shop.postJson("/api/v1/requests/manual", manualRequest(email), key).status()).isEqualTo(201);
    long before = requestCount();

    Response conflict = shop.postJson("/api/v1/requests/manual", manualRequest("other-" + email), key);

    assertThat(conflict.status()).isEqualTo(409);
    assertThat(conflict.isProblem()).isTrue();
    assertThat(conflict.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:idempotency-conflict");
    assertThat(conflict.json().get("instance").asText()).isEqualTo("/api/v1/requests/manual");
    assertThat(requestCount()).isEqualTo(before);
  }

  @Test
  void chatMessagesAreAppendedAndTheCustomerSeesThem() {
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    ApiClient chatTool = new ApiClient(port, "demo-chat-key");
    String reference = shop.postJson("/api/v1/requests/manual", manualRequest("maria+" + System.nanoTime() + "@example.com")).json().get("reference").asText();
    String path = "/api/v1/requests/" + reference + "/chat-messages";

    Response one =
        chatTool.postJson(path, ApiClient.json(Map.of("author", "customer", "authorName", "Maria Keller", "text", "Is the manual also in German?",
            "sentAt", "2026-01-07T19:30:00+01:00")));
    String transcript =
        ApiClient.json(
            Map.of("transcript", List.of(
                Map.of("author", "agent", "authorName", "Lisa", "text", "Yes, the PDF has German and English."),
                Map.of("author", "customer", "authorName", "Maria Keller", "text", "Thank you!"))));
    String key = UUID.randomUUID().toString();
    Response many = chatTool.postJson(path, transcript, key);
    Response repeated = chatTool.postJson(path, transcript, key);

    assertThat(one.status()).as(one.body()).isEqualTo(201);
    assertThat(many.status()).as(many.body()).isEqualTo(201);
    assertThat(many.json().get("appended").asInt()).isEqualTo(2);
    assertThat(repeated.status()).isEqualTo(200);
    JsonNode seen = shop.get("/api/v1/requests/" + reference).json();
    List<String> chat = summaries(seen).stream().filter(s -> s.startsWith("Chat")).toList();
    assertThat(chat)
        .containsExactly(
            "Chat — Maria Keller (customer), Wednesday 7 January, 19:30: Is the manual also in German?",
            "Chat — Lisa (chat team): Yes, the PDF has German and English.",
            "Chat — Maria Keller (customer): Thank you!");
  }

  @Test
  void anotherIntegrationsRequestIsLikeAnUnknownOne_forReadingAndForChatMessages() {
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    ApiClient till = new ApiClient(port, "demo-till-key");
    String reference = shop.postJson("/api/v1/requests/manual", manualRequest("own+" + System.nanoTime() + "@example.com")).json().get("reference").asText();

    Response read = till.get("/api/v1/requests/" + reference);
    Response unknown = till.get("/api/v1/requests/SR-1999-000001");
    Response posted = till.postJson("/api/v1/requests/" + reference + "/chat-messages",
        ApiClient.json(Map.of("author", "agent", "authorName", "Support", "text", "Please confirm your card at https://phish.example")));

    assertThat(read.status()).isEqualTo(404);
    assertThat(read.json().get("type").asText()).isEqualTo(unknown.json().get("type").asText());
    assertThat(read.json().get("title").asText()).isEqualTo(unknown.json().get("title").asText());
    assertThat(posted.status()).isEqualTo(404);
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE kind = 'CHAT_MESSAGE' AND request_id = (SELECT id FROM service_requests WHERE reference = :r)")
            .param("r", reference).query(Long.class).single())
        .isZero();
    assertThat(shop.get("/api/v1/requests/" + reference).status()).as("its own request").isEqualTo(200);
    assertThat(new ApiClient(port, "demo-chat-key").get("/api/v1/requests/" + reference).status())
        .as("the chat tool is granted all requests")
        .isEqualTo(200);
  }

  @Test
  void aRequestFromTheWebFormIsNotReadableByAnIntegrationOfItsOwn() {
    Map<String, String> fields =
        Map.of("name", "Wanda Web", "email", "web+" + System.nanoTime() + "@example.com", "typeNumber", "KM-5500");
    String reference = journeys.typeAt("manual").orElseThrow().intake().submit(IntakeInput.of(fields), IntakeChannel.WEB).reference();

    assertThat(new ApiClient(port, "demo-shop-key").get("/api/v1/requests/" + reference).status()).isEqualTo(404);
  }

  @Test
  void aChatMessageWithoutTextOrForAnUnknownRequestIsRefused() {
    ApiClient chatTool = new ApiClient(port, "demo-chat-key");
    String reference =
        chatTool.postJson("/api/v1/requests/manual", manualRequest("eve+" + System.nanoTime() + "@example.com")).json().get("reference").asText();

    Response empty = chatTool.postJson("/api/v1/requests/" + reference + "/chat-messages",
        ApiClient.json(Map.of("author", "customer", "authorName", "Eve", "text", "  ")));
    Response badTranscript = chatTool.postJson("/api/v1/requests/" + reference + "/chat-messages",
        ApiClient.json(Map.of("transcript", List.of(Map.of("author", "robot", "authorName", "X", "text", "hi")))));
    Response unknown = chatTool.postJson("/api/v1/requests/SR-1999-000001/chat-messages",
        ApiClient.json(Map.of("author", "customer", "authorName", "Eve", "text", "Hello")));

    assertThat(empty.status()).isEqualTo(422);
    assertThat(empty.json().get("errors").get("text").asText()).isEqualTo("A chat message needs a text.");
    assertThat(badTranscript.status()).isEqualTo(422);
    assertThat(badTranscript.json().get("errors").has("transcript[0].author")).isTrue();
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:unknown-request");
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE kind = 'CHAT_MESSAGE' AND request_id = (SELECT id FROM service_requests WHERE reference = :r)")
            .param("r", reference).query(Long.class).single())
        .isZero();
  }

  @Test
  void anUnknownReferenceIsNotFound() {
    Response response = new ApiClient(port, "demo-shop-key").get("/api/v1/requests/SR-1999-000001");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.isProblem()).isTrue();
    assertThat(response.json().get("title").asText()).isEqualTo("Unknown request");
  }

  private long requestCount() {
    return jdbc.sql("SELECT count(*) FROM service_requests").query(Long.class).single();
  }

  static String manualRequest(String email) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Peter Novak");
    body.put("email", email);
    body.put("typeNumber", "HB-12");
    body.put("message", "Sent through the API.");
    return ApiClient.json(body);
  }

  private static List<String> kinds(JsonNode request) {
    return stream(request.get("events")).map(e -> e.get("kind").asText()).toList();
  }

  private static List<String> summaries(JsonNode request) {
    return stream(request.get("events")).map(e -> e.get("summary").asText()).toList();
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }

  private static String pathOf(String url) {
    return java.net.URI.create(url).getPath();
  }
}
