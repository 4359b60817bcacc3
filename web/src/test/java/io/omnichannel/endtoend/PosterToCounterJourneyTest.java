package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.campaigns.CampaignDraft;
import io.omnichannel.campaigns.Campaigns;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 5 from the poster to the counter, on the real broker: she scans the poster, asks a
 * question from its landing page, calls to reserve the sofa and would like advice when she picks it
 * up; the store prepares the advice, and at the counter the salesperson's view shows the campaign
 * she came from, what she asked online, the phone reservation with its pickup code; the hand-over
 * completes the campaign's funnel (scan → requests → reservation → pickup).
 */
@EndToEndTest
class PosterToCounterJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Campaigns campaigns;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords purchases;

  @Test
  void posterScan_questionOnline_phoneReservationWithAdvice_counterViewShowsEveryChannel_pickupCompletesTheFunnel() {
    String unique = Long.toString(System.nanoTime());
    String sofa = "VS-PST-" + unique.substring(unique.length() - 6);
    purchases.addProduct(sofa, "Verona velvet sofa, poster green", "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, sofa, 1);
    String code = "PST-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    LocalDate today = LocalDate.now(SHOP_ZONE);
    campaigns.create(
        new CampaignDraft(code, "Poster " + code, "Green velvet, this week only.", List.of(sofa),
            List.of(StaffDemoData.STORE_BERLIN), today.toString(), today.plusDays(7).toString()),
        "paul");
    String email = "poster+" + unique + "@example.com";

    // the scan and the question from the landing page, no login
    WebSession clara = new WebSession(port);
    Page landing = clara.get("/p/" + code + "?store=" + StaffDemoData.STORE_BERLIN);
    assertThat(landing.status()).isEqualTo(200);
    assertThat(landing.body()).contains("Green velvet, this week only.").contains("/requests/question/new?campaign=" + code);
    assertThat(clara.get("/requests/question/new?campaign=" + code).body()).contains("name=\"campaign\" value=\"" + code + "\"");
    Page asked = clara.postForm("/requests/question", Map.of(
        "name", "Clara Poster", "email", email, "message", "Does the green velvet fade in the sun?", "campaign", code));
    assertThat(asked.status()).as(asked.body()).isEqualTo(200);
    String question = reference(asked.body());

    // she calls; anna reserves from the stock page for her, names the campaign, and notes the advice wish
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    LocalDateTime visit = LocalDateTime.now(SHOP_ZONE).plusHours(26).truncatedTo(ChronoUnit.MINUTES);
    Page call = anna.postForm("/staff/requests", Map.of(
        "type", "reservation", "channel", "PHONE", "typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN,
        "name", "Clara Poster", "email", email, "campaign", code,
        "adviceWanted", "true", "adviceTopic", "Which cushions go with green velvet?", "adviceVisitAt", visit.toString()));
    assertThat(call.status()).as(call.body()).isEqualTo(200);
    String reservation = reference(call.body());
    UUID customer = jdbc.sql("SELECT customer_id FROM service_requests WHERE reference = ?").param(reservation).query(UUID.class).single();
    assertThat(jdbc.sql("SELECT customer_id FROM service_requests WHERE reference = ?").param(question).query(UUID.class).single())
        .as("one customer across the web form and the phone").isEqualTo(customer);

    // the Berlin store sets it aside and prepares the advice
    WebSession mia = new WebSession(port);
    mia.signIn("mia", "demo");
    long setAside = await().atMost(JOURNEY_TIMEOUT).until(() -> openTask(reservation, "UserTask_ConfirmSetAside"), k -> k != null);
    assertThat(mia.postForm("/staff/tasks/" + setAside + "/complete", Map.of("setAside", "CONFIRMED")).status()).isEqualTo(200);
    long prepare = await().atMost(JOURNEY_TIMEOUT).until(() -> openTask(reservation, "UserTask_PrepareAdvice"), k -> k != null);
    String counterPath = "/staff/customers/" + customer + "/counter";
    assertThat(mia.get("/staff/tasks/" + prepare).body()).contains("Which cushions go with green velvet?").contains(counterPath);
    String pickupCode = await().atMost(JOURNEY_TIMEOUT).until(() -> pickupCodeOf(reservation), c -> c != null);

    // the counter view: the campaign, what she asked online, the phone reservation with its code
    Page counter = mia.get(counterPath);
    assertThat(counter.status()).isEqualTo(200);
    assertThat(counter.body())
        .contains("data-kind=\"CAMPAIGN_FIRST_TOUCH\"")
        .contains("Came through the campaign Poster " + code + " (" + code + ")")
        .contains("named on the phone to anna")
        .contains(question).contains("Does the green velvet fade in the sun?")
        .contains(reservation).contains(pickupCode)
        .doesNotContain("Not known: no campaign led her to us.");
    assertThat(mia.postForm("/staff/tasks/" + prepare + "/complete", Map.of("advicePrepared", "true")).status()).isEqualTo(200);
    Page noted = mia.postForm(counterPath + "/notes", Map.of(
        "text", "Advised cream cushions; she takes the sofa today.", "formToken", UUID.randomUUID().toString()));
    assertThat(noted.body()).contains("Your note is on her timeline.");

    // the hand-over at the counter completes the funnel
    mia.postForm("/staff/pickups/hand-over", Map.of("code", pickupCode));
    await().atMost(JOURNEY_TIMEOUT).until(() -> "CLOSED".equals(statusOf(reservation)));
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    Matcher row = Pattern.compile(
            "data-campaign=\"" + code + "\">.*?class=\"scans\">(\\d+)<.*?class=\"requests\">(\\d+)<"
                + ".*?class=\"reservations\">(\\d+)<.*?class=\"pickups\">(\\d+)<",
            Pattern.DOTALL)
        .matcher(paul.get("/staff/campaigns").body());
    assertThat(row.find()).isTrue();
    assertThat(List.of(row.group(1), row.group(2), row.group(3), row.group(4))).containsExactly("1", "2", "1", "1");
  }

  private Long openTask(String reference, String elementId) {
    return jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = ? AND element_id = ? AND state = 'OPEN'")
        .param(reference).param(elementId).query(Long.class).optional().orElse(null);
  }

  private String pickupCodeOf(String reference) {
    return jdbc.sql("SELECT h.pickup_code FROM stock_holds h JOIN service_requests r ON r.id = h.request_id WHERE r.reference = ?")
        .param(reference).query(String.class).optional().orElse(null);
  }

  private String statusOf(String reference) {
    return jdbc.sql("SELECT status FROM service_requests WHERE reference = ?").param(reference).query(String.class).single();
  }

  private static String reference(String page) {
    Matcher matcher = REFERENCE.matcher(page);
    assertThat(matcher.find()).as("a reference number on the page").isTrue();
    return matcher.group();
  }
}
