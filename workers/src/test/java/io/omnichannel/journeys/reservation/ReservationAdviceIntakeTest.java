package io.omnichannel.journeys.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "I'd like advice when I pick it up": kept with the reservation and carried by the start, or refused per field with nothing written. */
class ReservationAdviceIntakeTest extends ServiceCoreTest {

  @Autowired ReservationIntake intake;
  @Autowired ReservationDetails details;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords products;
  @Autowired JdbcClient jdbc;

  private String sofa;
  private String store;
  private String email;

  @BeforeEach
  void aSofaInAStore() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    sofa = "VS-ADV-" + unique;
    store = "store-adv-" + unique;
    email = "advice-" + unique + "@example.com";
    products.addProduct(sofa, "Verona velvet sofa, green", "Casa Nova");
    stock.saveLocation(new StockLocation(store, "Store Advice " + unique, "Berlin", StockLocation.Kind.STORE, "team-" + store));
    stock.setOnHand(store, sofa, 1);
  }

  private Map<String, String> reservation(Map<String, String> advice) {
    Map<String, String> fields = new HashMap<>(Map.of("typeNumber", sofa, "storeId", store, "name", "Maria Keller", "email", email));
    fields.putAll(advice);
    return fields;
  }

  @Test
  void adviceWanted_isKept_andTheStartCarriesTheVisitAndTheDueDateAnHourBefore() {
    Instant visit = Instant.now().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.MINUTES);
    SubmittedRequest request = intake.submit(
        IntakeInput.of(reservation(Map.of(
            "adviceWanted", "true", "adviceTopic", "Which velvet care?", "adviceVisitAt", OffsetDateTime.ofInstant(visit, ZoneOffset.ofHours(1)).toString()))),
        IntakeChannel.phone("anna"));

    assertThat(details.adviceOf(request.id())).contains(new AdviceWish("Which velvet care?", visit));
    String variables = jdbc.sql("SELECT variables::text FROM process_outbox WHERE request_id = ?").param(request.id()).query(String.class).single();
    assertThat(variables).contains("\"adviceWanted\": true").contains("\"adviceVisitAt\"").contains("\"adviceDueAt\"");
    assertThat(OffsetDateTime.parse(jdbc.sql("SELECT variables->>'adviceDueAt' FROM process_outbox WHERE request_id = ?")
            .param(request.id()).query(String.class).single()).toInstant())
        .isEqualTo(visit.minus(Duration.ofHours(1)));
  }

  @Test
  void noAdvice_theStartSaysSo_andNothingIsKept() {
    SubmittedRequest request = intake.submit(IntakeInput.of(reservation(Map.of())), IntakeChannel.WEB);

    assertThat(details.adviceOf(request.id())).isEmpty();
    assertThat(jdbc.sql("SELECT variables::text FROM process_outbox WHERE request_id = ?").param(request.id()).query(String.class).single())
        .contains("\"adviceWanted\": false")
        .doesNotContain("adviceDueAt");
  }

  @Test
  void aVisitInThePast_beyondTheHold_orMissing_andATopicTooLong_areRefusedPerField_andNothingIsWritten() {
    String past = OffsetDateTime.now().minusHours(1).toString();
    String tooLate = OffsetDateTime.now().plusDays(4).toString();
    String fine = OffsetDateTime.now().plusHours(5).toString();

    assertThatThrownBy(() -> submit(Map.of("adviceWanted", "true", "adviceTopic", "Care?", "adviceVisitAt", past)))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("adviceVisitAt", "The visit must be in the future."));
    assertThatThrownBy(() -> submit(Map.of("adviceWanted", "true", "adviceTopic", "Care?", "adviceVisitAt", tooLate)))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors().get("adviceVisitAt")).contains("within that time"));
    assertThatThrownBy(() -> submit(Map.of("adviceTopic", "Care?")))
        .as("a topic without the box still means advice: the visit is asked for, not dropped")
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsKey("adviceVisitAt"));
    assertThatThrownBy(() -> submit(Map.of("adviceWanted", "true", "adviceTopic", "x".repeat(1001), "adviceVisitAt", fine)))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsEntry("adviceTopic", "Please describe the advice in at most 1000 characters."));
    assertThatThrownBy(() -> submit(Map.of("adviceWanted", "true", "adviceVisitAt", "tomorrow afternoon")))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors()).containsKeys("adviceTopic", "adviceVisitAt"));

    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ?").param(email).query(Integer.class).single()).isZero();
  }

  private SubmittedRequest submit(Map<String, String> advice) {
    return intake.submit(IntakeInput.of(reservation(advice)), IntakeChannel.phone("anna"));
  }
}
