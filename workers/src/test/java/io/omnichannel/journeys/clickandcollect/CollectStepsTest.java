package io.omnichannel.journeys.clickandcollect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.orders.Orders;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.processes.ClickAndCollectProcess;
import io.omnichannel.processes.ClickAndCollectProcess.Variables;
import io.omnichannel.purchases.PurchaseRecord;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Click and collect's own steps on real PostgreSQL, each called twice where a job can be delivered twice. */
class CollectStepsTest extends ServiceCoreTest {

  @Autowired OrderIntakes intakes;
  @Autowired Orders orders;
  @Autowired CollectSteps steps;
  @Autowired StockLocations locations;
  @Autowired PurchaseRecords purchases;
  @Autowired BusinessCalendars calendars;
  @Autowired StaffDirectory staff;
  @Autowired CustomerWording wording;
  @Autowired JdbcClient jdbc;

  private String watch;
  private String strap;
  private String store;

  @BeforeEach
  void aWatchAndAStrapAtAPartnerStore_boughtTogetherBefore() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    watch = "CW-" + unique;
    strap = "WS-" + unique;
    store = "partner-" + unique;
    purchases.addProduct(watch, "Watch " + unique, "Uhrwerk Nord");
    purchases.addProduct(strap, "Brown strap " + unique, "Uhrwerk Nord");
    calendars.save("cal-" + unique, "Partner " + unique, PickupDatesTest.storeCalendar());
    staff.saveTeam(new Team("team-" + unique, "Partner " + unique, null, "cal-" + unique));
    locations.saveLocation(new StockLocation(store, "Partner " + unique, "Hamburg", StockLocation.Kind.PARTNER_STORE, "team-" + unique));
    locations.setOnHand(store, watch, 2);
    Instant past = Instant.parse("2026-02-10T12:00:00Z");
    purchases.addPurchase(new PurchaseRecord(null, "P-" + unique, null, watch, past, "Online shop"));
    purchases.addPurchase(new PurchaseRecord(null, "P-" + unique, null, strap, past, "Online shop"));
  }

  private NewOrder order(List<NewOrder.Line> lines) {
    return new NewOrder("C-" + UUID.randomUUID(), new NewOrder.Customer("Tom Fischer", "tom-" + UUID.randomUUID() + "@example.com", null, null),
        DeliveryMethod.COLLECT, null, null, store, lines);
  }

  @Test
  void confirmed_everyLineHeldAtTheStore_theDatePromisedOnce_withWhatGoesWithIt() {
    UUID id = intakes.submit(order(List.of(new NewOrder.Line(watch, 1))), "shop", IntakeChannel.API).id();

    Map<String, Object> first = steps.confirm(id, store);
    Map<String, Object> again = steps.confirm(id, store); // the job delivered twice

    assertThat(again).isEqualTo(first);
    Instant promised = PickupDates.parse((String) first.get(Variables.PROMISED_PICKUP_DATE));
    assertThat(promised).isEqualTo(new PickupDates(PickupDatesTest.storeCalendar()).promised(orders.find(id).orElseThrow().placedAt()));
    assertThat(jdbc.sql("SELECT count(*) FROM stock_holds WHERE request_id = ? AND line_no = 1 AND location_id = ? AND state = 'HELD'")
        .params(id, store).query(Integer.class).single()).isEqualTo(1);
    List<String> mails = jdbc.sql("SELECT body FROM mail_outbox WHERE request_id = ?").param(id).query(String.class).list();
    assertThat(mails).hasSize(1);
    assertThat(mails.getFirst()).contains(wording.dayAndTime(promised)).contains("Brown strap");
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = ? AND kind = 'COLLECT_ORDER_CONFIRMED'").param(id).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void withoutHistory_noSuggestion() {
    purchases.addProduct(strap + "-X", "Unsold strap", "Uhrwerk Nord");
    locations.setOnHand(store, strap + "-X", 1);
    UUID id = intakes.submit(order(List.of(new NewOrder.Line(strap + "-X", 1))), "shop", IntakeChannel.API).id();

    steps.confirm(id, store);

    assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE request_id = ?").param(id).query(String.class).single()).doesNotContain("also took");
  }

  @Test
  void aLineTheStoreDoesNotCarry_isRefusedAtTheIntake() {
    assertThatThrownBy(() -> intakes.submit(order(List.of(new NewOrder.Line(watch, 1), new NewOrder.Line(strap, 1))), "shop", IntakeChannel.API))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("lines[2].typeNumber"));
  }

  @Test
  void readyEarly_theNewDateIsToldOncePerDate() {
    UUID id = intakes.submit(order(List.of(new NewOrder.Line(watch, 1))), "shop", IntakeChannel.API).id();
    String promised = (String) steps.confirm(id, store).get(Variables.PROMISED_PICKUP_DATE);
    Instant dayBefore = PickupDates.parse(promised).minus(java.time.Duration.ofDays(1)).plus(java.time.Duration.ofHours(2));
    // the day before the promised one may be a weekend day: then the store's next opening is the promised day itself
    Map<String, Object> compared = steps.comparePickupDate(id, promised, new PickupDates(PickupDatesTest.storeCalendar()).iso(dayBefore));
    String pickupDate = (String) compared.get(Variables.PICKUP_DATE);

    if ((Boolean) compared.get(Variables.PICKUP_DATE_CHANGED)) {
      steps.tellNewPickupDate(id, pickupDate, promised);
      steps.tellNewPickupDate(id, pickupDate, promised);
      assertThat(jdbc.sql("SELECT subject FROM mail_outbox WHERE request_id = ? AND dedup_key LIKE 'pickup-date-changed:%'").param(id).query(String.class).list())
          .singleElement().asString().contains(wording.dayAndTime(PickupDates.parse(pickupDate)));
      assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = ? AND kind = 'PICKUP_DATE_CHANGED'").param(id).query(Integer.class).single())
          .isEqualTo(1);
    } else {
      assertThat(PickupDates.parse(pickupDate)).isEqualTo(PickupDates.parse(promised));
    }
    assertThat(ClickAndCollectProcess.REQUEST_TYPE).isEqualTo(jdbc.sql("SELECT type FROM service_requests WHERE id = ?").param(id).query(String.class).single());
  }
}
