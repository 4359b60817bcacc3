package io.omnichannel.journeys.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.inventory.HoldState;
import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.notifications.MailDispatcher;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.journeys.reservation.ReservationMails.EndedReason;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.testsupport.ImapMailbox;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reservation's steps on real PostgreSQL and SMTP/IMAP, each called twice where a job can be
 * delivered twice: one hold, one pickup code, one mail of each kind.
 */
class ReservationStepsTest extends ServiceCoreTest {

  @Autowired ReservationIntake intake;
  @Autowired ReservationDetails reservations;
  @Autowired ReservationSteps steps;
  @Autowired RequestTracking tracking;
  @Autowired StockLocations stock;
  @Autowired StockHolds holds;
  @Autowired PurchaseRecords products;
  @Autowired MailDispatcher mailDispatcher;
  @Autowired JdbcClient jdbc;

  private String sofa;
  private String berlin;
  private String hamburg;

  @BeforeEach
  void oneGreenSofaInBerlin_twoInHamburg() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    sofa = "VS-" + unique;
    berlin = "berlin-" + unique;
    hamburg = "hamburg-" + unique;
    products.addProduct(sofa, "Verona velvet sofa, green", "Casa Nova");
    stock.saveLocation(new StockLocation(berlin, "Store Berlin " + unique, "Berlin", StockLocation.Kind.STORE, "team-" + berlin));
    stock.saveLocation(new StockLocation(hamburg, "Store Hamburg " + unique, "Hamburg", StockLocation.Kind.STORE, "team-" + hamburg));
    stock.setOnHand(berlin, sofa, 1);
    stock.setOnHand(hamburg, sofa, 2);
  }

  @Test
  void reserved_setAside_remindedOnce_andPickedUp_theStockGoesDown() {
    String email = "maria-" + UUID.randomUUID() + "@example.com";
    SubmittedRequest request = reserve(email, berlin);

    assertThat(steps.hold(request.id())).isTrue();
    assertThat(steps.hold(request.id())).as("the job delivered twice").isTrue();
    PickupPlan plan = steps.sendPickupCode(request.id(), "mia", ReservationSteps.Journey.RESERVATION);
    PickupPlan again = steps.sendPickupCode(request.id(), "mia", ReservationSteps.Journey.RESERVATION);
    steps.remindPickup(request.id(), ReservationSteps.Journey.RESERVATION);
    steps.remindPickup(request.id(), ReservationSteps.Journey.RESERVATION);
    mailDispatcher.sendDue(Instant.now());

    String code = holds.ofRequest(request.id()).orElseThrow().pickupCode();
    assertThat(tracking.findById(request.id()).orElseThrow().status())
        .as("set aside: the customer's move, the expiry timer owns the wait")
        .isEqualTo(RequestStatus.WAITING_FOR_PICKUP);
    assertThat(again).isEqualTo(plan);
    assertThat(Duration.between(plan.reminderAt(), plan.holdUntil())).isEqualTo(Duration.ofDays(1));
    assertThat(plan.toVariables()).containsKeys(ReservationProcess.Variables.HOLD_UNTIL, ReservationProcess.Variables.PICKUP_REMINDER_AT);
    var mails = mailbox(email).messages();
    assertThat(mails).hasSize(2); // queued in one instant: in either order
    var codeMail = mails.stream().filter(m -> m.subject().startsWith("Your pickup code")).findFirst().orElseThrow();
    var reminder = mails.stream().filter(m -> m.subject().startsWith("Reminder")).findFirst().orElseThrow();
    assertThat(codeMail.subject()).as("the code is in the mail's body, not in its subject").isEqualTo("Your pickup code for " + request.reference());
    assertThat(tracking.findById(request.id()).orElseThrow().events())
        .as("nor in her history, which integrations read")
        .extracting(TimelineEntry::summary)
        .noneMatch(summary -> summary.contains(code));
    assertThat(codeMail.text()).contains(code).contains("Store Berlin").contains("https://shop.example/track/" + request.trackingToken());
    assertThat(reminder.subject()).startsWith("Reminder: your reservation " + request.reference());

    steps.handOver(request.id(), "mia", ReservationSteps.Journey.RESERVATION);
    steps.handOver(request.id(), "mia", ReservationSteps.Journey.RESERVATION);

    assertThat(holds.ofRequest(request.id()).orElseThrow().state()).isEqualTo(HoldState.PICKED_UP);
    assertThat(stock.level(berlin, sofa).orElseThrow().onHand()).isZero();
    RequestDetails details = tracking.findById(request.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.RESOLVED);
    assertThat(details.events()).extracting(TimelineEntry::kind)
        .containsSubsequence("RECEIVED", "STOCK_HELD", "PICKUP_CODE_SENT", "PICKUP_REMINDED", "PICKED_UP")
        .containsOnlyOnce("STOCK_HELD", "PICKUP_CODE_SENT", "PICKUP_REMINDED", "PICKED_UP");
  }

  @Test
  void theLastPieceGoesToTheFirst_theSecondIsToldWhichStoresHaveIt() {
    SubmittedRequest first = reserve("first-" + UUID.randomUUID() + "@example.com", berlin);
    String email = "second-" + UUID.randomUUID() + "@example.com";
    SubmittedRequest second = reserve(email, berlin);

    assertThat(steps.hold(first.id())).isTrue();
    assertThat(steps.hold(second.id())).isFalse();
    steps.tellEnded(second.id(), EndedReason.NOTHING_IN_STOCK, null, ReservationSteps.Journey.RESERVATION);
    steps.tellEnded(second.id(), EndedReason.NOTHING_IN_STOCK, null, ReservationSteps.Journey.RESERVATION);
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).singleElement().satisfies(mail -> {
      assertThat(mail.subject()).isEqualTo("None left to reserve (" + second.reference() + ")");
      assertThat(mail.text()).contains("has no Verona velvet sofa, green left").contains("Store Hamburg").contains("2 available")
          .doesNotContain("Store Berlin " + berlin.substring(7) + " (Berlin)");
    });
    assertThat(holds.ofRequest(second.id())).isEmpty();
  }

  @Test
  void notPickedUpInTime_theHoldIsReleased_sheIsToldOnce_andThePieceIsFreeAgain() {
    String email = "late-" + UUID.randomUUID() + "@example.com";
    SubmittedRequest request = reserve(email, berlin);
    steps.hold(request.id());
    steps.sendPickupCode(request.id(), "mia", ReservationSteps.Journey.RESERVATION);

    steps.release(request.id(), ReleaseReason.EXPIRED, ReservationSteps.Journey.RESERVATION);
    steps.release(request.id(), ReleaseReason.EXPIRED, ReservationSteps.Journey.RESERVATION);
    steps.tellEnded(request.id(), EndedReason.EXPIRED, null, ReservationSteps.Journey.RESERVATION);
    steps.tellEnded(request.id(), EndedReason.EXPIRED, null, ReservationSteps.Journey.RESERVATION);
    steps.remindPickup(request.id(), ReservationSteps.Journey.RESERVATION); // a reminder after the end sends nothing
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).extracting(ImapMailbox.ReceivedMail::subject)
        .containsExactly(
            "Your pickup code for " + request.reference(),
            "Your reservation has ended (" + request.reference() + ")");
    assertThat(holds.ofRequest(request.id()).orElseThrow().endReason()).isEqualTo("EXPIRED");
    assertThat(stock.level(berlin, sofa).orElseThrow().available()).isEqualTo(1);
    assertThatThrownBy(() -> steps.handOver(request.id(), "mia", ReservationSteps.Journey.RESERVATION)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theStoreDeclines_herMailCarriesTheStoresNote() {
    String email = "declined-" + UUID.randomUUID() + "@example.com";
    SubmittedRequest request = reserve(email, berlin);
    steps.hold(request.id());

    steps.release(request.id(), ReleaseReason.STORE_DECLINED, ReservationSteps.Journey.RESERVATION);
    steps.tellEnded(request.id(), EndedReason.STORE_DECLINED, "The last one has a scratch on the armrest.", ReservationSteps.Journey.RESERVATION);
    mailDispatcher.sendDue(Instant.now());

    assertThat(mailbox(email).messages()).singleElement()
        .satisfies(mail -> assertThat(mail.text()).contains("could not set your Verona velvet sofa, green aside: The last one has a scratch"));
  }

  @Test
  void theIntakeStartsTheProcessWithTheStoreAndItsTeam() {
    SubmittedRequest request = reserve("start-" + UUID.randomUUID() + "@example.com", berlin);

    Map<String, Object> row =
        jdbc.sql("SELECT message_name, correlation_key, variables::text AS variables FROM process_outbox WHERE request_id = ?")
            .param(request.id())
            .query()
            .singleRow();
    assertThat(row).containsEntry("message_name", ReservationProcess.START_MESSAGE).containsEntry("correlation_key", request.reference());
    assertThat(row.get("variables").toString())
        .contains("\"storeId\": \"" + berlin + "\"")
        .contains("\"storeTeam\": \"team-" + berlin + "\"")
        .contains("\"requestType\": \"RESERVATION\"");
    assertThat(tracking.findById(request.id()).orElseThrow())
        .satisfies(details -> {
          assertThat(details.type()).isEqualTo("RESERVATION");
          assertThat(reservations.storeOf(request.id())).contains(berlin);
          assertThat(details.typeNumber()).isEqualTo(sofa);
        });
  }

  @Test
  void anUnknownProductOrStore_isRefusedWithFieldErrors_andNothingIsWritten_butNoneLeftIsTakenIn() {
    String email = "refused-" + UUID.randomUUID() + "@example.com";

    assertThatThrownBy(() -> intake.submit(submission(email, "NO-SUCH-SOFA", berlin), IntakeChannel.WEB))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("typeNumber"));
    assertThatThrownBy(() -> intake.submit(submission(email, sofa, "no-such-store"), IntakeChannel.WEB))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("storeId"));
    assertThatThrownBy(() -> intake.submit(IntakeInput.of(Map.of("typeNumber", sofa, "storeId", berlin, "name", " ", "email", "not-an-address")), IntakeChannel.WEB))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name", "email"));
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ?").param(email).query(Integer.class).single()).isZero();

    stock.setOnHand(berlin, sofa, 0);
    assertThat(intake.submit(submission(email, sofa, berlin), IntakeChannel.WEB).reference()).isNotBlank();
  }

  private SubmittedRequest reserve(String email, String store) {
    return intake.submit(submission(email, sofa, store), IntakeChannel.WEB);
  }

  private static IntakeInput submission(String email, String typeNumber, String store) {
    return IntakeInput.of(Map.of("typeNumber", typeNumber, "storeId", store, "name", "Maria Keller", "email", email, "phone", "+49 30 5550 1234"));
  }

  private static ImapMailbox mailbox(String email) {
    return ImapMailbox.autoCreated("127.0.0.1", TestInfrastructure.greenMail().getImap().getPort(), email);
  }
}
