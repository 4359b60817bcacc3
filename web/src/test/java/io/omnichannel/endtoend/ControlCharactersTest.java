package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A NUL or another control character in a field, on the API, the portal's forms and the staff's
 * pages: a 422 that names the field, nothing written, and no answer that shows SQL, an exception's
 * class or a stack trace.
 */
@EndToEndTest
class ControlCharactersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTROL_CHARACTER = "control character";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private long requestsBefore;

  @BeforeEach
  void countRequests() {
    requestsBefore = requestCount();
  }

  @Test
  void aNulInAnApiFieldIs422ForThatFieldAndShowsNoInternals() throws Exception {
    HttpResponse<String> response = postJson("/api/v1/requests/manual", manual("Eve\u0000Nul", "Please send the manual."));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:omnichannel:problem:invalid-request");
    assertThat(problem.get("errors").get("name").asText()).contains(CONTROL_CHARACTER);
    assertNoInternals(response.body());
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void otherControlCharactersAreRefusedToo_tabsAndLineBreaksAreText() throws Exception {
    HttpResponse<String> bell = postJson("/api/v1/requests/manual", manual("Eve Bell", "Ring \u0007 the bell"));
    HttpResponse<String> escape = postJson("/api/v1/requests/manual", manual("Eve \u001b[31mRed", "Hello"));
    HttpResponse<String> lines = postJson("/api/v1/requests/manual", manual("Eve Lines", "First line\r\nSecond line\n\tindented"));

    assertThat(bell.statusCode()).as(bell.body()).isEqualTo(422);
    assertThat(JSON.readTree(bell.body()).get("errors").get("message").asText()).contains(CONTROL_CHARACTER);
    assertThat(escape.statusCode()).as(escape.body()).isEqualTo(422);
    assertThat(JSON.readTree(escape.body()).get("errors").get("name").asText()).contains(CONTROL_CHARACTER);
    assertThat(lines.statusCode()).as(lines.body()).isEqualTo(201);
  }

  @Test
  void aNulInTheChannelOrAChatMessageIs422ForThatField() throws Exception {
    Map<String, Object> withChannel = new LinkedHashMap<>(manualBody("Eve Channel", "Hello"));
    withChannel.put("channel", "shop\u0000");
    HttpResponse<String> channel = postJson("/api/v1/requests/manual", JSON.writeValueAsString(withChannel));
    HttpResponse<String> created = postJson("/api/v1/requests/manual", manual("Eve Chat", "Hello"));
    String reference = JSON.readTree(created.body()).get("reference").asText();

    HttpResponse<String> chat =
        postJson(
            "/api/v1/requests/" + reference + "/chat-messages",
            JSON.writeValueAsString(Map.of("author", "agent", "authorName", "Lisa", "text", "Hello\u0000there")));

    assertThat(channel.statusCode()).as(channel.body()).isEqualTo(422);
    assertThat(JSON.readTree(channel.body()).get("errors").get("channel").asText()).contains(CONTROL_CHARACTER);
    assertThat(chat.statusCode()).as(chat.body()).isEqualTo(422);
    assertThat(JSON.readTree(chat.body()).get("errors").get("text").asText()).contains(CONTROL_CHARACTER);
    assertNoInternals(chat.body());
  }

  @Test
  void aNulInThePortalsFormShowsTheFormAgainWithTheFieldsError() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/question/new");

    Page page =
        customer.postForm(
            "/requests/question",
            Map.of("name", "Eve Portal", "email", "eve.portal@example.com", "message", "Where is\u0000 my order?"));

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.uri().getPath()).isEqualTo("/requests/question");
    assertThat(page.body()).contains("Please correct the marked fields.").contains(CONTROL_CHARACTER).contains("Eve Portal");
    assertNoInternals(page.body());
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aNulInTheManualFormWithItsFilePartIsRefusedTheSameWay() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page page =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve Multipart", "email", "eve.multipart@example.com", "typeNumber", "KM-\u00005500"),
            new Upload("attachment", "receipt.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains("Please correct the marked fields.").contains(CONTROL_CHARACTER).contains("value=\"KM-5500\"");
    assertNoInternals(page.body());
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aNulInTheNameOfAnUploadedFileIsRefusedWithoutInternals() {
    // Tomcat refuses such a multipart body before any form field can be read
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page page =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve File", "email", "eve.file@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt\u0000.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));

    assertThat(page.status()).isEqualTo(422);
    assertThat(page.body()).contains(CONTROL_CHARACTER);
    assertNoInternals(page.body());
    assertThat(requestCount()).isEqualTo(requestsBefore);
  }

  @Test
  void aNulInAStaffSearchIsRefusedWithoutInternals() {
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");

    Page tasks = anna.get("/staff/tasks?q=SR%00");
    Page customers = anna.get("/staff/stock?q=velvet%00");

    assertThat(tasks.status()).isEqualTo(422);
    assertThat(tasks.body()).contains(CONTROL_CHARACTER);
    assertNoInternals(tasks.body());
    assertThat(customers.status()).isIn(200, 422);
    assertNoInternals(customers.body());
  }

  @Test
  void aNulInThePathOfTheApiIsAClientErrorWithoutInternals() throws Exception {
    HttpResponse<String> response = send(request("/api/v1/requests/SR-2026-%00").GET().build());

    assertThat(response.statusCode()).isBetween(400, 499);
    assertNoInternals(response.body());
  }

  static void assertNoInternals(String body) {
    assertThat(body)
        .doesNotContainPattern("(?i)(insert into|select [a-z_.*, ]+ from [a-z_]+|update [a-z_]+ set)")
        .doesNotContain("SQL")
        .doesNotContain("Exception")
        .doesNotContain("org.springframework")
        .doesNotContain("org.postgresql")
        .doesNotContain("\tat ")
        .doesNotContain("\"trace\"");
  }

  private static Map<String, Object> manualBody(String name, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    body.put("email", "eve+" + System.nanoTime() + "@example.com");
    body.put("typeNumber", "KM-5500");
    body.put("message", message);
    return body;
  }

  private static String manual(String name, String message) throws IOException {
    return JSON.writeValueAsString(manualBody(name, message));
  }

  private HttpResponse<String> postJson(String path, String body) throws Exception {
    return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("X-API-Key", "demo-shop-key")
        .header("Accept", "application/json, application/problem+json");
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }

  private long requestCount() {
    return jdbc.sql("SELECT count(*) FROM service_requests").query(Long.class).single();
  }
}
