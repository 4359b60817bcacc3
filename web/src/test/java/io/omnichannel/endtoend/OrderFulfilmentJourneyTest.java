package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.omnichannel.api.ApiClient;
import io.omnichannel.demo.OrderDemoData;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.testsupport.ImapMailbox;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 2 end to end on the real broker, over HTTP: Tom orders lures and hooks; the hooks are only
 * in the Berlin store, so the order splits; the store's call task is in its queue before any parcel
 * leaves; the warehouse parcel is packed by the warehouse, the store's by the store with its card;
 * the carrier reports both handed over and delivered; the order closes and Tom is asked for a review.
 */
@EndToEndTest
class OrderFulfilmentJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);

  @LocalServerPort int port;

  @Value("${orchestrator.mail.imap.host}")
  String imapHost;

  @Value("${orchestrator.mail.imap.port}")
  int imapPort;

  @Autowired JdbcClient jdbc;

  private static String order(String orderNumber, String email, List<Map<String, Object>> lines) {
    return ApiClient.json(Map.of(
        "orderNumber", orderNumber,
        "customer", Map.of("name", "Tom Fischer", "email", email, "customerNumber", OrderDemoData.TOM),
        "delivery", Map.of("method", "SHIP", "address", "Tom Fischer, Seestr. 4, 13353 Berlin", "city", "Berlin"),
        "lines", lines,
        "channel", "web"));
  }

  @Test
  void theSplitOrder_isCalledAboutBeforeAnyParcelLeaves_bothParcelsTracked_closed_andReviewInvited() throws Exception {
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    String orderNumber = "W-E2E-" + System.nanoTime();
    String email = "tom+" + System.nanoTime() + "@example.com";
    String body = order(orderNumber, email, List.of(
        Map.of("typeNumber", OrderDemoData.LURES, "quantity", 2), Map.of("typeNumber", OrderDemoData.HOOKS, "quantity", 1)));

    ApiClient.Response created = shop.postJson("/api/v1/orders", body);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.location()).hasValue("/api/v1/orders/" + orderNumber);
    String reference = created.json().get("reference").asText();
    String trackingPath = java.net.URI.create(created.json().get("trackingUrl").asText()).getPath();
    assertThat(shop.postJson("/api/v1/orders", body).status()).as("the same order again").isEqualTo(200);

    JsonNode allocated =
        await().atMost(JOURNEY_TIMEOUT).until(() -> shop.get("/api/v1/orders/" + orderNumber).json(), o -> o.get("shipments").size() == 2);
    assertThat(allocated.get("lines")).allSatisfy(line -> assertThat(line.get("state").asText()).isEqualTo("ALLOCATED"));
    assertThat(allocated.get("shipments")).extracting(s -> s.get("from").asText()).containsExactlyInAnyOrder("Online shop warehouse", "Store Berlin");
    assertThat(new ApiClient(port, "demo-till-key").get("/api/v1/orders/" + orderNumber).status()).as("another integration's order").isEqualTo(404);

    WebSession mia = new WebSession(port);
    mia.signIn("mia", "demo");
    String callTask = await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(mia.get("/staff/tasks?view=" + StaffDemoData.STORE_BERLIN).body(), reference), t -> t != null);
    assertThat(mia.get(callTask).body()).contains("Call the customer before any parcel leaves").contains(orderNumber);
    assertThat(jdbc.sql("SELECT due_at IS NOT NULL FROM user_tasks WHERE reference = ? AND form_key = 'order-split-call'").param(reference).query(Boolean.class).single())
        .as("due within the store's 90 business minutes").isTrue();
    JsonNode beforeCall = shop.get("/api/v1/orders/" + orderNumber).json();
    assertThat(beforeCall.get("shipments")).as("no parcel leaves before the call").allSatisfy(s -> assertThat(s.get("state").asText()).isEqualTo("PLANNED"));

    assertThat(mia.postForm(callTask + "/complete", Map.of()).status()).isEqualTo(422);
    assertThat(mia.postForm(callTask + "/complete", Map.of("callOutcome", "REACHED", "callNote", "Tom is fine with two parcels")).status()).isEqualTo(200);

    String packTask = await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(mia.get("/staff/tasks?view=" + StaffDemoData.STORE_BERLIN).body(), reference), t -> t != null && !t.equals(callTask));
    String packPage = mia.get(packTask).body();
    assertThat(packPage).contains("Packed, with the community card inside").contains(OrderDemoData.HOOKS).doesNotContain(OrderDemoData.LURES + ")");
    Matcher cardLink = Pattern.compile("href=\"(/staff/parcels/[0-9a-f-]+/community-card\\.pdf)\"").matcher(packPage);
    assertThat(cardLink.find()).as("the card is printed from the task").isTrue();
    WebSession.Download card = mia.download(cardLink.group(1));
    assertThat(card.contentType()).isEqualTo("application/pdf");
    assertThat(new WebSession(port).download(cardLink.group(1)).contentType()).as("anonymous callers get the sign-in page").doesNotContain("pdf");
    WebSession sophie = new WebSession(port);
    sophie.signIn("sophie", "demo");
    assertThat(sophie.download(cardLink.group(1)).status()).as("another store's agent").isEqualTo(404);
    String cardUrl = qrCodeOf(card.body());
    assertThat(cardUrl).contains("/c/");
    assertThat(mia.postForm(packTask + "/complete", Map.of("packed", "yes")).status()).isEqualTo(200);

    JsonNode packed =
        await().atMost(JOURNEY_TIMEOUT).until(() -> shop.get("/api/v1/orders/" + orderNumber).json(),
            o -> streamOf(o.get("shipments")).allMatch(s -> s.get("state").asText().equals("PACKED")));
    for (JsonNode parcel : packed.get("shipments")) {
      String events = "/api/v1/shipments/" + parcel.get("id").asText() + "/events";
      ApiClient.Response tooEarly = shop.postJson(events, ApiClient.json(Map.of("event", "DELIVERED")));
      assertThat(tooEarly.status()).as("delivered before handed over").isEqualTo(409);
      assertThat(tooEarly.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:impossible-shipment-event");
      assertThat(shop.postJson(events, ApiClient.json(Map.of("event", "HANDED_OVER"))).status()).as("no tracking number").isEqualTo(422);
      ApiClient.Response handedOver = shop.postJson(events, ApiClient.json(Map.of("event", "HANDED_OVER", "carrier", "DHL", "trackingNumber", "0034" + System.nanoTime())));
      assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
    }
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(new WebSession(port).get(trackingPath).body()).contains("Your parcels").contains("class=\"tracking-number\">0034").contains("On its way to you"));
    for (JsonNode parcel : packed.get("shipments")) {
      assertThat(shop.postJson("/api/v1/shipments/" + parcel.get("id").asText() + "/events", ApiClient.json(Map.of("event", "DELIVERED"))).status()).isEqualTo(200);
    }

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reference).query(String.class).single()).isEqualTo("CLOSED"));
    java.net.http.HttpResponse<Void> scan = java.net.http.HttpClient.newHttpClient().send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + java.net.URI.create(cardUrl).getPath())).build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    assertThat(scan.statusCode()).isEqualTo(302);
    assertThat(scan.headers().firstValue("Location")).hasValue("https://community.shop.example/berlin");
    ImapMailbox inbox = ImapMailbox.autoCreated(imapHost, imapPort, email);
    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(inbox.messages()).anySatisfy(mail -> assertThat(mail.subject()).startsWith("How do you like what you bought?")));
    assertThat(inbox.messages()).as("the order confirmed with its status page's link").anySatisfy(mail -> {
      assertThat(mail.text()).contains("thank you for your order " + orderNumber).contains("We expect to deliver it by").contains(trackingPath);
    });
    assertThat(inbox.messages()).as("reached by phone: no split notice by mail").noneMatch(mail -> mail.subject().contains("parcels"));
    // the loyalty number links the online order with what Tom bought at the Berlin till
    String tom = jdbc.sql("SELECT CAST(id AS text) FROM customers WHERE customer_number = ?").param(OrderDemoData.TOM).query(String.class).single();
    WebSession admin = new WebSession(port);
    admin.signIn("admin", "demo");
    assertThat(admin.get("/staff/customers/" + tom).body()).contains(reference).contains("receipt R-0417-120415").contains("Spinner lures, set of 12");
    List<String> timeline = jdbc.sql("SELECT kind FROM request_events e JOIN service_requests r ON r.id = e.request_id WHERE r.reference = ? ORDER BY e.seq")
        .param(reference).query(String.class).list();
    assertThat(timeline).contains("ORDER_ALLOCATED", "SPLIT_DETECTED", "SPLIT_CALL_REACHED", "SHIPMENTS_COMPLETED", "CLOSED", "REVIEW_INVITED", "COMMUNITY_CARD_SCANNED");
  }

  @Test
  void badOrdersAreRefusedWithEveryProblem_andNothingIsWritten() {
    ApiClient shop = new ApiClient(port, "demo-shop-key");
    String orderNumber = "W-BAD-" + System.nanoTime();
    ApiClient.Response refused = shop.postJson("/api/v1/orders", order(orderNumber, "not-an-address", List.of(
        Map.of("typeNumber", "NO-SUCH-1", "quantity", 1), Map.of("typeNumber", OrderDemoData.LURES, "quantity", 0), Map.of("typeNumber", OrderDemoData.LURES, "quantity", 500))));

    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("errors").fieldNames()).toIterable()
        .contains("customer.email", "lines[1].typeNumber", "lines[2].quantity", "lines[3].quantity");
    assertThat(shop.get("/api/v1/orders/" + orderNumber).status()).isEqualTo(404);

    String good = order(orderNumber, "tom+" + System.nanoTime() + "@example.com", List.of(Map.of("typeNumber", OrderDemoData.LURES, "quantity", 1)));
    assertThat(shop.postJson("/api/v1/orders", good).status()).isEqualTo(201);
    ApiClient.Response reused = shop.postJson("/api/v1/orders", good.replace("\"quantity\":1", "\"quantity\":2"));
    assertThat(reused.status()).isEqualTo(409);
    assertThat(reused.json().get("type").asText()).isEqualTo("urn:omnichannel:problem:order-number-conflict");
    assertThat(shop.postJson("/api/v1/shipments/" + java.util.UUID.randomUUID() + "/events", ApiClient.json(Map.of("event", "DELIVERED"))).status()).isEqualTo(404);
  }

  /** The text of the first page's QR code, as a phone reads it off the printed card. */
  private static String qrCodeOf(byte[] pdf) throws Exception {
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var page = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 150);
      int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
      var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
          new com.google.zxing.RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels)));
      return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
    }
  }

  private static java.util.stream.Stream<JsonNode> streamOf(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false);
  }

  private static String taskLink(String taskList, String reference) {
    Matcher row = Pattern.compile("href=\"(/staff/tasks/\\d+)\"[^<]*</a></td>\\s*<td>" + reference).matcher(taskList);
    String last = null;
    while (row.find()) {
      last = row.group(1);
    }
    return last;
  }
}
