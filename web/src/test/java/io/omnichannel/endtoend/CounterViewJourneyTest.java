package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecord;
import io.omnichannel.purchases.PurchaseRecords;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Journey 5 at the counter, on the real broker: a customer who bought online and in store and asked
 * a question at the counter calls to reserve a sofa and would like advice when she picks it up. The
 * Berlin store sets it aside and gets "Prepare advice" due an hour before her visit; the counter view
 * shows her reservation with its pickup code, her purchases and her earlier request; the salesperson's
 * note joins her timeline. Bad notes and readers of another team get nothing.
 */
@EndToEndTest
class CounterViewJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(90);
  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");
  private static final ZoneId SHOP_ZONE = ZoneId.of("Europe/Berlin");

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords purchases;
  @Autowired CustomerDirectory customers;

  @Test
  void phoneReservationWithAdvice_preparedByTheStore_counterViewShowsEverything_andTheNoteJoinsTheTimeline() {
    String sofa = "VS-CTR-" + System.nanoTime();
    purchases.addProduct(sofa, "Verona velvet sofa, green", "Casa Nova");
    stock.setOnHand(StaffDemoData.STORE_BERLIN, sofa, 1);
    String unique = Long.toString(System.nanoTime());
    String number = "K-" + unique.substring(unique.length() - 9);
    String email = "clara+" + unique + "@example.com";
    Customer clara = customers.register(number, "Clara Counter", email, "+49 30 5550 " + unique.substring(unique.length() - 4), Instant.now());
    purchases.addPurchase(new PurchaseRecord(clara.getId(), null, "R-" + unique, sofa, Instant.now().minus(Duration.ofDays(40)), "Store Berlin"));
    purchases.addPurchase(new PurchaseRecord(clara.getId(), "W-" + unique, null, sofa, Instant.now().minus(Duration.ofDays(20)), "Online shop"));

    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    // an earlier question at the counter
    Page question = anna.postForm("/staff/requests", Map.of(
        "type", "question", "channel", "STORE", "name", "Clara Counter", "email", email, "customerNumber", number,
        "message", "Which brush keeps velvet like new?"));
    assertThat(question.status()).as(question.body()).isEqualTo(200);
    String earlier = reference(question.body());

    // the customer search finds her by number; a query too long is refused with a message; none is the empty page
    assertThat(anna.get("/staff/customers?q=" + number).body()).contains("Clara Counter").contains("/staff/customers/" + clara.getId());
    assertThat(anna.get("/staff/customers?q=" + "x".repeat(300)).body()).contains("Please search with at most 200 characters.");
    Page empty = anna.get("/staff/customers?q=");
    assertThat(empty.status()).isEqualTo(200);
    assertThat(empty.body()).contains("Find a customer").doesNotContain("customer-results");

    // the phone reservation: a visit in the past is refused per field and nothing is written
    Map<String, String> call = new HashMap<>(Map.of(
        "type", "reservation", "channel", "PHONE", "typeNumber", sofa, "storeId", StaffDemoData.STORE_BERLIN,
        "name", "Clara Counter", "email", email, "customerNumber", number,
        "adviceWanted", "true", "adviceTopic", "Which fabric care suits green velvet, and does it fit through a 80 cm door?"));
    call.put("adviceVisitAt", LocalDateTime.now(SHOP_ZONE).minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString());
    Page past = anna.postForm("/staff/requests", call);
    assertThat(past.status()).isEqualTo(422);
    assertThat(past.body()).contains("The visit must be in the future.").contains(sofa);
    call.put("adviceVisitAt", LocalDateTime.now(SHOP_ZONE).plusDays(5).truncatedTo(ChronoUnit.MINUTES).toString());
    assertThat(anna.postForm("/staff/requests", call).body()).contains("please plan the visit within that time");
    assertThat(requestsOf(clara.getId())).as("only the question").isEqualTo(1);

    LocalDateTime visit = LocalDateTime.now(SHOP_ZONE).plusHours(26).truncatedTo(ChronoUnit.MINUTES);
    call.put("adviceVisitAt", visit.toString());
    Page receipt = anna.postForm("/staff/requests", call);
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
    String reservation = reference(receipt.body());

    // the Berlin store sets it aside, then gets "Prepare advice" due an hour before the visit
    WebSession mia = new WebSession(port);
    mia.signIn("mia", "demo");
    String setAside = await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(mia, reservation, "UserTask_ConfirmSetAside"), p -> p != null);
    assertThat(mia.postForm(setAside + "/complete", Map.of("setAside", "CONFIRMED")).status()).isEqualTo(200);
    String prepare = await().atMost(JOURNEY_TIMEOUT).until(() -> taskLink(mia, reservation, "UserTask_PrepareAdvice"), p -> p != null);
    assertThat(jdbc.sql("SELECT due_at FROM user_tasks WHERE reference = ? AND element_id = 'UserTask_PrepareAdvice'").param(reservation)
            .query(java.sql.Timestamp.class).single().toInstant())
        .isEqualTo(visit.atZone(SHOP_ZONE).toInstant().minus(Duration.ofHours(1)));
    Page task = mia.get(prepare);
    assertThat(task.body())
        .contains("Which fabric care suits green velvet")
        .contains("/staff/customers/" + clara.getId() + "/counter");
    Page notTicked = mia.postForm(prepare + "/complete", Map.of());
    assertThat(notTicked.status()).isEqualTo(422);
    assertThat(notTicked.body()).contains("Tick the box once the advice is ready");

    // the counter view: her reservation with its code, purchases online and in store, the earlier question
    String code = await().atMost(JOURNEY_TIMEOUT).until(() -> pickupCodeOf(reservation), c -> c != null);
    String counterPath = "/staff/customers/" + clara.getId() + "/counter";
    Page counter = mia.get(counterPath);
    assertThat(counter.status()).isEqualTo(200);
    assertThat(counter.body())
        .contains("Clara Counter").contains(number).contains(email)
        .contains("Not known: no campaign led her to us.")
        .contains(reservation).contains(code)
        .contains(earlier).contains("Which brush keeps velvet like new?")
        .contains("receipt R-" + unique).contains("order W-" + unique)
        .contains("In store").contains("Online")
        .contains("No advice noted yet.");
    assertThat(mia.get("/staff/pickups?code=" + code).body()).contains(counterPath);
    assertThat(mia.postForm(prepare + "/complete", Map.of("advicePrepared", "true")).status()).isEqualTo(200);

    // a note of this advice joins her timeline; an empty or too long one is refused and nothing is written
    Page blank = mia.postForm(counterPath + "/notes", Map.of("text", "   ", "formToken", UUID.randomUUID().toString()));
    assertThat(blank.status()).isEqualTo(422);
    assertThat(blank.body()).contains("Please write what you advised");
    Page tooLong = mia.postForm(counterPath + "/notes", Map.of("text", "x".repeat(4001), "formToken", UUID.randomUUID().toString()));
    assertThat(tooLong.status()).isEqualTo(422);
    assertThat(tooLong.body()).contains("A note has at most 4000 characters");
    assertThat(notesOf(clara.getId())).isZero();

    String form = UUID.randomUUID().toString();
    Map<String, String> note = Map.of("text", "Showed her the velvet brush; the sofa fits her door with the feet off.", "formToken", form);
    Page added = mia.postForm(counterPath + "/notes", note);
    assertThat(added.body()).contains("Your note is on her timeline.").contains("Showed her the velvet brush");
    mia.postForm(counterPath + "/notes", note); // the same form sent again
    assertThat(notesOf(clara.getId())).isEqualTo(1);
    assertThat(mia.get("/staff/customers/" + clara.getId()).body()).contains("Advice note by mia: Showed her the velvet brush");

    // Tom of the Hamburg store has no work with her: her pages do not exist for him, and he writes nothing
    WebSession tom = new WebSession(port);
    tom.signIn("tom", "demo");
    assertThat(tom.get(counterPath).status()).isEqualTo(404);
    assertThat(tom.get(counterPath).body()).doesNotContain(code);
    assertThat(tom.postForm(counterPath + "/notes", Map.of("text", "sneaky", "formToken", UUID.randomUUID().toString())).status()).isEqualTo(404);
    assertThat(notesOf(clara.getId())).isEqualTo(1);
    Page tomSearches = tom.get("/staff/customers?q=" + number);
    assertThat(tomSearches.body()).contains("Clara Counter").doesNotContain("/staff/customers/" + clara.getId());
  }

  private int requestsOf(UUID customerId) {
    return jdbc.sql("SELECT count(*) FROM service_requests WHERE customer_id = ?").param(customerId).query(Integer.class).single();
  }

  private int notesOf(UUID customerId) {
    return jdbc.sql("SELECT count(*) FROM advice_notes WHERE customer_id = ?").param(customerId).query(Integer.class).single();
  }

  private String pickupCodeOf(String reference) {
    return jdbc.sql("SELECT h.pickup_code FROM stock_holds h JOIN service_requests r ON r.id = h.request_id WHERE r.reference = ?")
        .param(reference).query(String.class).optional().orElse(null);
  }

  private static String reference(String page) {
    Matcher matcher = REFERENCE.matcher(page);
    assertThat(matcher.find()).as("a reference number on the page").isTrue();
    return matcher.group();
  }

  /** The open task of the reference at the model's element, when the Berlin store's queue offers it; else null. */
  private String taskLink(WebSession session, String reference, String elementId) {
    Long jobKey = jdbc.sql("SELECT job_key FROM user_tasks WHERE reference = ? AND element_id = ? AND state = 'OPEN'")
        .param(reference).param(elementId).query(Long.class).optional().orElse(null);
    if (jobKey == null) {
      return null;
    }
    String path = "/staff/tasks/" + jobKey;
    return session.get("/staff/tasks?view=" + StaffDemoData.STORE_BERLIN).body().contains(path) ? path : null;
  }
}
