package io.omnichannel.journeys.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.journeys.reservation.ReservationActions.PickupState;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The counter and the cancel button: each reaches the process once, and a code that is no good says why. */
class ReservationActionsTest extends ServiceCoreTest {

  @Autowired ReservationIntake intake;
  @Autowired ReservationActions actions;
  @Autowired RequestTracking tracking;
  @Autowired ReservationSteps steps;
  @Autowired StockHolds holds;
  @Autowired StockLocations stock;
  @Autowired PurchaseRecords products;
  @Autowired JdbcClient jdbc;

  private String sofa;
  private String store;

  @BeforeEach
  void twoSofasInAStore() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    sofa = "VS-" + unique;
    store = "store-" + unique;
    products.addProduct(sofa, "Verona velvet sofa, green", "Casa Nova");
    stock.saveLocation(new StockLocation(store, "Store " + unique, "Berlin", StockLocation.Kind.STORE, store));
    stock.setOnHand(store, sofa, 2);
  }

  @Test
  void aReadyCodeIsHandedOverOnce_withTheStaffMemberForTheProcess() {
    SubmittedRequest request = setAside();
    String code = holds.ofRequest(request.id()).orElseThrow().pickupCode();

    assertThat(actions.atCounter(code.toLowerCase()).orElseThrow().state()).isEqualTo(PickupState.READY);
    actions.handOver(code, "mia");
    actions.handOver(code, "mia"); // a second click

    assertThat(messages(request, ReservationProcess.PICKED_UP_MESSAGE))
        .singleElement()
        .satisfies(variables -> assertThat(variables).contains("\"handedOverBy\": \"mia\""));
    assertThat(actions.atCounter("NOPE42")).isEmpty();
  }

  @Test
  void aCodePastItsTime_isExpired_andPublishesNothing() {
    SubmittedRequest request = reserve();
    steps.hold(request.id());
    holds.confirm(request.id(), "mia", Instant.now().minus(Duration.ofHours(1)), Instant.now().minus(Duration.ofDays(3)));
    String code = holds.ofRequest(request.id()).orElseThrow().pickupCode();

    assertThat(actions.handOver(code, "mia").orElseThrow().state()).isEqualTo(PickupState.EXPIRED);
    assertThat(messages(request, ReservationProcess.PICKED_UP_MESSAGE)).isEmpty();
    assertThat(actions.canCancel(summary(request))).isFalse();
  }

  @Test
  void sheCancelsOnce_andAReleasedCodeIsNoGoodAtTheCounter() {
    SubmittedRequest request = setAside();
    String code = holds.ofRequest(request.id()).orElseThrow().pickupCode();

    assertThat(actions.canCancel(summary(request))).isTrue();
    assertThat(actions.pickupFor(summary(request)).orElseThrow().pickupCode()).isEqualTo(code);
    assertThat(actions.cancel(summary(request))).isTrue();
    assertThat(actions.cancel(summary(request))).isFalse();
    assertThat(messages(request, ReservationProcess.CANCELLED_MESSAGE)).hasSize(1);

    steps.release(request.id(), ReleaseReason.CANCELLED, ReservationSteps.Journey.RESERVATION);
    assertThat(actions.atCounter(code).orElseThrow().state()).isEqualTo(PickupState.RELEASED);
    assertThat(actions.canCancel(summary(request))).isFalse();
  }

  private SubmittedRequest setAside() {
    SubmittedRequest request = reserve();
    steps.hold(request.id());
    steps.sendPickupCode(request.id(), "mia", ReservationSteps.Journey.RESERVATION);
    return request;
  }

  private SubmittedRequest reserve() {
    return intake.submit(
        IntakeInput.of(Map.of("typeNumber", sofa, "storeId", store, "name", "Maria Keller", "email", "maria-" + UUID.randomUUID() + "@example.com")),
        IntakeChannel.WEB);
  }

  private RequestSummary summary(SubmittedRequest request) {
    return tracking.summary(request.id());
  }

  private List<String> messages(SubmittedRequest request, String messageName) {
    return jdbc.sql("SELECT variables::text FROM process_outbox WHERE request_id = ? AND message_name = ?")
        .params(request.id(), messageName)
        .query(String.class)
        .list();
  }
}
