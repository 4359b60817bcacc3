package io.omnichannel.journeys.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.inventory.HoldState;
import io.omnichannel.inventory.ReleaseReason;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.journeys.reservation.ReservationActions.PickupState;
import io.omnichannel.journeys.reservation.ReservationSteps.Journey;
import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reservation's pickup steps on a click and collect order (real PostgreSQL): every line's hold
 * goes along, one pickup code for the order, the counter publishes the order's message once and
 * only for the store's own staff.
 */
class OrderPickupTest extends ServiceCoreTest {

  @Autowired OrderIntakes intakes;
  @Autowired ReservationSteps steps;
  @Autowired ReservationActions actions;
  @Autowired StockHolds holds;
  @Autowired StockLocations locations;
  @Autowired PurchaseRecords products;
  @Autowired StaffDirectory directory;
  @Autowired StaffUsers users;
  @Autowired JdbcClient jdbc;

  private String watch;
  private String strap;
  private String store;
  private String clerk;
  private String stranger;

  @BeforeEach
  void aPartnerStoreWithAWatchAndStraps_andItsClerk() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    watch = "CW-" + unique;
    strap = "WS-" + unique;
    store = "partner-" + unique;
    clerk = "jan-" + unique;
    stranger = "mia-" + unique;
    products.addProduct(watch, "Watch " + unique, "Uhrwerk Nord");
    products.addProduct(strap, "Strap " + unique, "Uhrwerk Nord");
    users.save(new StaffUser(clerk, "Jan", clerk + "@staff.example", "x", Set.of(StaffRole.AGENT), false, null));
    users.save(new StaffUser(stranger, "Mia", stranger + "@staff.example", "x", Set.of(StaffRole.AGENT), false, null));
    directory.saveTeam(new Team("team-" + unique, "Partner " + unique, null, null));
    directory.addMember("team-" + unique, clerk);
    locations.saveLocation(new StockLocation(store, "Partner " + unique, "Hamburg", StockLocation.Kind.PARTNER_STORE, "team-" + unique));
    locations.setOnHand(store, watch, 2);
    locations.setOnHand(store, strap, 6);
  }

  private UUID orderHeld() {
    NewOrder order = new NewOrder("C-" + UUID.randomUUID(), new NewOrder.Customer("Tom Fischer", "tom-" + UUID.randomUUID() + "@example.com", null, null),
        DeliveryMethod.COLLECT, null, null, store, List.of(new NewOrder.Line(watch, 1), new NewOrder.Line(strap, 2)));
    UUID id = intakes.submit(order, "shop", IntakeChannel.API).id();
    holds.holdLine(id, 1, store, watch, 1, Instant.now());
    holds.holdLine(id, 2, store, strap, 2, Instant.now());
    return id;
  }

  @Test
  void oneCodeForTheOrder_handedOverOnceByTheStoresOwnStaff_everyLineOffTheStock() {
    UUID id = orderHeld();

    PickupPlan plan = steps.sendPickupCode(id, clerk, Journey.ORDER);
    PickupPlan again = steps.sendPickupCode(id, clerk, Journey.ORDER);

    assertThat(again.holdUntil()).isEqualTo(plan.holdUntil());
    List<String> codes = jdbc.sql("SELECT pickup_code FROM stock_holds WHERE request_id = ? AND pickup_code IS NOT NULL").param(id).query(String.class).list();
    assertThat(codes).hasSize(1);
    assertThat(jdbc.sql("SELECT count(*) FROM stock_holds WHERE request_id = ? AND confirmed_by = ?").params(id, clerk).query(Integer.class).single()).isEqualTo(2);
    List<String> mails = jdbc.sql("SELECT body FROM mail_outbox WHERE request_id = ? AND dedup_key LIKE 'pickup-code:%'").param(id).query(String.class).list();
    assertThat(mails).singleElement().asString().contains(codes.getFirst()).contains("is ready for you");

    assertThat(jdbc.sql("SELECT count(*) FROM customer_timeline WHERE request_id = ? AND kind = 'ORDER_HOLD_CONFIRMED' AND summary IS NOT NULL")
        .param(id).query(Integer.class).single()).as("the staff timeline has a line without the code too").isEqualTo(2);
    assertThat(actions.atCounter(codes.getFirst(), stranger).orElseThrow().state()).as("another store's staff").isEqualTo(PickupState.WRONG_STORE);
    assertThat(actions.handOver(codes.getFirst(), stranger).orElseThrow().state()).isEqualTo(PickupState.WRONG_STORE);
    assertThat(actions.handOver(codes.getFirst(), clerk).orElseThrow().state()).isEqualTo(PickupState.READY);
    actions.handOver(codes.getFirst(), clerk); // a second click
    assertThat(jdbc.sql("SELECT message_name FROM process_outbox WHERE request_id = ? AND message_id = ?").params(id, "pickup:" + id).query(String.class).list())
        .containsExactly(ClickAndCollectProcess.HANDED_OVER_MESSAGE);

    steps.handOver(id, clerk, Journey.ORDER);
    steps.handOver(id, clerk, Journey.ORDER); // the job delivered twice
    assertThat(jdbc.sql("SELECT state FROM stock_holds WHERE request_id = ?").param(id).query(String.class).list()).containsOnly(HoldState.PICKED_UP.name());
    assertThat(locations.level(store, watch).orElseThrow().onHand()).isEqualTo(1);
    assertThat(locations.level(store, strap).orElseThrow().onHand()).isEqualTo(4);
    assertThat(actions.atCounter(codes.getFirst(), clerk).orElseThrow().state()).as("the code used twice").isEqualTo(PickupState.PICKED_UP);
  }

  @Test
  void aLineTheStoreGotInSinceTheConfirmation_isHeldWithTheCode() {
    UUID id = orderHeld();
    holds.release(id, ReleaseReason.EXPIRED, "test", Instant.now());
    jdbc.sql("DELETE FROM stock_holds WHERE request_id = ? AND line_no = 1").param(id).update();
    jdbc.sql("UPDATE stock_holds SET state = 'HELD', end_reason = NULL, ended_by = NULL, ended_at = NULL WHERE request_id = ?").param(id).update();

    steps.sendPickupCode(id, clerk, Journey.ORDER);

    assertThat(jdbc.sql("SELECT line_no FROM stock_holds WHERE request_id = ? AND state = 'HELD' ORDER BY line_no").param(id).query(Integer.class).list())
        .containsExactly(1, 2);
    assertThat(jdbc.sql("SELECT line_no FROM stock_holds WHERE request_id = ? AND pickup_code IS NOT NULL").param(id).query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void notCollected_everyLineReleased_andToldInTheOrdersWords() {
    UUID id = orderHeld();
    steps.sendPickupCode(id, clerk, Journey.ORDER);
    steps.remindPickup(id, Journey.ORDER);
    steps.remindPickup(id, Journey.ORDER);

    steps.release(id, ReleaseReason.EXPIRED, Journey.ORDER);
    steps.release(id, ReleaseReason.EXPIRED, Journey.ORDER);
    steps.tellEnded(id, ReservationMails.EndedReason.EXPIRED, null, Journey.ORDER);
    steps.tellEnded(id, ReservationMails.EndedReason.EXPIRED, null, Journey.ORDER);

    assertThat(jdbc.sql("SELECT state FROM stock_holds WHERE request_id = ?").param(id).query(String.class).list()).containsOnly(HoldState.RELEASED.name());
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = ? AND kind = 'REFUND_DUE' AND NOT customer_visible").param(id).query(Integer.class).single())
        .as("the refund noted for staff once").isEqualTo(1);
    assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE request_id = ? AND dedup_key LIKE 'pickup-reminder:%'").param(id).query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE request_id = ? AND dedup_key LIKE 'reservation-ended:%'").param(id).query(String.class).list())
        .singleElement().asString().contains("was not picked up").doesNotContain("your reservation");
  }
}
