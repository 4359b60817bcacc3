package io.omnichannel.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.omnichannel.api.ApiClient.Response;
import io.omnichannel.endtoend.EndToEndTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bad input on the API gets a clear 4xx in problem details, and nothing is written. */
@EndToEndTest
class ApiErrorsTest {

  private static final String MANUAL = "/api/v1/requests/manual";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private ApiClient shop;
  private long requestsBefore;

  @BeforeEach
  void countRequests() {
    shop = new ApiClient(port, "demo-shop-key");
    requestsBefore = requestCount();
  }

  @Test
  void withoutAKeyOrWithAWrongKeyTheAnswerIs401() {
    Response noKey = new ApiClient(port, null).postJson(MANUAL, RequestsApiTest.manualRequest("a@example.com"));
    Response wrongKey = new ApiClient(port, "demo-shop-key-guessed").get("/api/v1/requests/SR-2026-000001");

    assertProblem(noKey, 401, "unauthorized");
    assertThat(noKey.json().get("detail").asText()).contains("X-API-Key");
    assertProblem(wrongKey, 401, "unauthorized");
    assertThat(wrongKey.json().get("detail").asText()).contains("not known");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void malformedJsonIs400() {
    Response response = shop.postJson(MANUAL, "{\"name\": \"Eve\", \"email\": ");

    assertProblem(response, 400, "malformed-json");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void missingCustomerDataIs422WithAnErrorPerField() {
    Response response = shop.postJson(MANUAL, ApiClient.json(Map.of("email", "not-an-address", "message", "hello")));

    assertProblem(response, 422, "invalid-request");
    JsonNode errors = response.json().get("errors");
    assertThat(errors.get("name").asText()).isEqualTo("Please tell us your name.");
    assertThat(errors.get("email").asText()).isEqualTo("This does not look like an e-mail address.");
    assertThat(errors.get("typeNumber").asText()).isEqualTo("Please give the type number from the type plate.");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aComplaintWithoutItsMessage_orAboutAnUnknownReference_isA422PerField_andNothingIsWritten() {
    Response empty = shop.postJson("/api/v1/requests/complaint", ApiClient.json(Map.of("name", "Tom Painter")));
    Response unknown = shop.postJson("/api/v1/requests/complaint", ApiClient.json(Map.of(
        "name", "Tom Painter", "email", "tom.painter@example.com", "message", "Still nothing.", "aboutReference", "SR-2000-999999")));

    assertProblem(empty, 422, "invalid-request");
    assertThat(empty.json().get("errors").get("email").asText()).isNotBlank();
    assertThat(empty.json().get("errors").get("message").asText()).isEqualTo("Please tell us what went wrong.");
    assertProblem(unknown, 422, "invalid-request");
    assertThat(unknown.json().get("errors").get("aboutReference").asText()).startsWith("We know no request with this reference from you.");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aValueOfTheWrongKindIs422ForThatField() {
    Response response = shop.postJson(MANUAL, "{\"name\":\"Eve\",\"email\":\"eve@example.com\",\"typeNumber\":\"KM-5500\",\"attachment\":\"receipt.pdf\"}");

    assertProblem(response, 422, "invalid-request");
    assertThat(response.json().get("errors").has("attachment")).isTrue();
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void anAttachmentThatIsNoPdfOrImageIs422() {
    Response response = shop.postJson(MANUAL, withAttachment("receipt.pdf", "#!/bin/sh\necho not a pdf\n".getBytes(StandardCharsets.UTF_8)));

    assertProblem(response, 422, "invalid-request");
    assertThat(response.json().get("errors").get("attachment").asText()).contains("PDF, JPEG or PNG");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void anAttachmentOver5MbIs422() {
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);

    Response response = shop.postJson(MANUAL, withAttachment("scan.pdf", large));

    assertProblem(response, 422, "invalid-request");
    assertThat(response.json().get("errors").get("attachment").asText()).isEqualTo("The file is larger than 5 MB.");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void anAttachmentThatIsNoBase64Is422AndTheOtherFieldsAreCheckedToo() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("email", "eve@example.com");
    body.put("typeNumber", "KM-5500");
    body.put("attachment", Map.of("fileName", "receipt.png", "contentBase64", "this is not base64!"));

    Response response = shop.postJson(MANUAL, ApiClient.json(body));

    assertProblem(response, 422, "invalid-request");
    assertThat(response.json().get("errors").get("attachment").asText()).contains("not valid Base64");
    assertThat(response.json().get("errors").has("name")).isTrue();
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aPhotoOfTheReceiptIsTaken() throws IOException {
    Response response = shop.postJson(MANUAL, withAttachment("receipt.png", png()));

    assertThat(response.status()).as(response.body()).isEqualTo(201);
    String reference = response.json().get("reference").asText();
    assertThat(jdbc.sql("SELECT a.media_type FROM request_attachments a JOIN service_requests r ON r.id = a.request_id WHERE r.reference = :r")
            .param("r", reference).query(String.class).single())
        .isEqualTo("image/png");
  }

  @Test
  void aBodyThatIsNotJsonIs415() {
    Response response = shop.post(MANUAL, "application/x-www-form-urlencoded", "name=Eve&email=eve%40example.com".getBytes(StandardCharsets.UTF_8));

    assertProblem(response, 415, "unsupported-media-type");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aBodyOverTheLimitIs413BeforeItIsRead() {
    Response response = shop.post(MANUAL, "application/json", new byte[9 * 1024 * 1024]);

    assertProblem(response, 413, "payload-too-large");
  }

  @Test
  void aChunkedBodyOverTheLimitIs413ThoughItDeclaresNoLength() throws Exception {
    // 30 MB of valid JSON sent chunked: no Content-Length tells the server its size in advance
    byte[] body = ("{\"name\":\"" + "a".repeat(30 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.US_ASCII);

    HttpResponse<String> response = sendChunked(body);

    assertThat(response.request().headers().firstValue("Content-Length")).isEmpty();
    assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(new ApiClient.Response(413, "application/problem+json", java.util.Optional.empty(), response.body()).json().get("type").asText())
        .isEqualTo("urn:omnichannel:problem:payload-too-large");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aChunkedBodyUnderTheLimitIsTaken() throws Exception {
    HttpResponse<String> response = sendChunked(RequestsApiTest.manualRequest("chunked+" + System.nanoTime() + "@example.com").getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  /** A body publisher of unknown length: the client sends it with Transfer-Encoding: chunked. */
  private HttpResponse<String> sendChunked(byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + MANUAL))
            .header("X-API-Key", "demo-shop-key")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArray(body)))
            .build();
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  @Test
  void anUnknownRequestTypeIs404AndNamesTheKnownTypes() {
    Response response = shop.postJson("/api/v1/requests/teleport", RequestsApiTest.manualRequest("eve@example.com"));

    assertProblem(response, 404, "unknown-request-type");
    assertThat(response.json().get("detail").asText()).contains("teleport");
    assertThat(response.json().get("knownTypes")).extracting(node -> node.asText())
        .as("every type a journey serves").contains("manual", "question", "complaint", "callback", "reservation");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void anInvalidIdempotencyKeyIs400() {
    Response response = shop.postJson(MANUAL, RequestsApiTest.manualRequest("eve@example.com"), "x".repeat(101));

    assertProblem(response, 400, "invalid-idempotency-key");
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void theOpenApiDocumentDescribesTheEndpointsAndTheKey() {
    JsonNode document = new ApiClient(port, null).get("/v3/api-docs").json();

    JsonNode paths = document.get("paths");
    assertThat(paths.get("/api/v1/requests/manual").has("post")).isTrue();
    assertThat(paths.get("/api/v1/requests/{reference}").has("get")).isTrue();
    assertThat(paths.get("/api/v1/requests/{reference}/chat-messages").has("post")).isTrue();
    assertThat(paths.get("/api/v1/requests/manual").get("post").get("responses").has("422")).isTrue();
    JsonNode scheme = document.get("components").get("securitySchemes").get("apiKey");
    assertThat(scheme.get("type").asText()).isEqualTo("apiKey");
    assertThat(scheme.get("in").asText()).isEqualTo("header");
    assertThat(scheme.get("name").asText()).isEqualTo("X-API-Key");
  }

  private static void assertProblem(Response response, int status, String type) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.isProblem()).as("problem details, not " + response.contentType()).isTrue();
    JsonNode problem = response.json();
    assertThat(problem.get("type").asText()).isEqualTo("urn:omnichannel:problem:" + type);
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    assertThat(problem.get("instance").asText()).startsWith("/api/v1/requests/");
  }

  private static String withAttachment(String fileName, byte[] content) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Eve Example");
    body.put("email", "eve+" + System.nanoTime() + "@example.com");
    body.put("typeNumber", "KM-5500");
    body.put("attachment", Map.of("fileName", fileName, "mediaType", "application/pdf", "contentBase64", Base64.getEncoder().encodeToString(content)));
    return ApiClient.json(body);
  }

  private static byte[] png() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
    return out.toByteArray();
  }

  private long requestCount() {
    return jdbc.sql("SELECT count(*) FROM service_requests").query(Long.class).single();
  }
}
