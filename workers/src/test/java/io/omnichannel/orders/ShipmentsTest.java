package io.omnichannel.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Orders on real PostgreSQL: allocation holds stock per line once, parcels move only as parcels can. */
@RecordApplicationEvents
class ShipmentsTest extends ServiceCoreTest {

  private static final Instant NOW = Instant.parse("2026-04-14T09:00:00Z");

  @Autowired RequestIntake intake;
  @Autowired Orders orders;
  @Autowired Shipments shipments;
  @Autowired StockLocations locations;
  @Autowired PurchaseRecords products;
  @Autowired JdbcClient jdbc;
  @Autowired ApplicationEvents events;

  private String lure;
  private String hook;
  private String warehouse;
  private String berlin;

  @BeforeEach
  void luresInTheWarehouseHooksOnlyInBerlin() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    lure = "LU-" + unique;
    hook = "HK-" + unique;
    warehouse = "wh-" + unique;
    berlin = "berlin-" + unique;
    products.addProduct(lure, "Spinner lure " + unique, "Angelfreund");
    products.addProduct(hook, "Carp hooks " + unique, "Angelfreund");
    locations.saveLocation(new StockLocation(warehouse, "Warehouse " + unique, "Erfurt", StockLocation.Kind.WAREHOUSE, null));
    locations.saveLocation(new StockLocation(berlin, "Store Berlin " + unique, "Berlin", StockLocation.Kind.STORE, berlin));
    locations.setOnHand(warehouse, lure, 10);
    locations.setOnHand(warehouse, hook, 0);
    locations.setOnHand(berlin, hook, 3);
  }

  private UUID order(List<NewOrder.Line> lines) {
    NewOrder order = new NewOrder("W-" + UUID.randomUUID(), new NewOrder.Customer("Tom Fischer", "tom.fischer@example.com", null, null), DeliveryMethod.SHIP, "Tom Fischer, Seestr. 4, 13353 Berlin", "Berlin", null, lines);
    return intake.submit(
            new NewRequest("ORDER", "Tom Fischer", "tom.fischer@example.com", null, null, order.orderNumber(), null, null, null, null, null),
            IntakeChannel.API,
            Map.of(),
            new JourneyStart("OrderTestStart", Map.of()),
            id -> orders.save(id, "shop", order, NOW))
        .id();
  }

  @Test
  void allocationSplitsIntoAParcelPerLocationAndHoldsEachLineOnce() {
    UUID order = order(List.of(new NewOrder.Line(lure, 2), new NewOrder.Line(hook, 3)));

    Allocation.Plan plan = shipments.allocate(order, "Berlin", NOW);
    Allocation.Plan again = shipments.allocate(order, "Berlin", NOW.plusSeconds(3)); // the job delivered twice

    assertThat(plan.parcels()).containsOnly(Map.entry(warehouse, List.of(1)), Map.entry(berlin, List.of(2)));
    assertThat(again.parcels()).isEqualTo(plan.parcels());
    assertThat(orders.shipments(order)).hasSize(2).allMatch(s -> s.state() == ShipmentState.PLANNED);
    assertThat(orders.lines(order)).allMatch(line -> line.state() == LineState.ALLOCATED && line.shipmentId() != null);
    assertThat(locations.level(berlin, hook).orElseThrow().available()).as("the last three hooks are held").isZero();
    assertThat(locations.level(warehouse, lure).orElseThrow().held()).isEqualTo(2);
  }

  @Test
  void whatNoLocationHasStaysOpenForTheCustomerToDecide() {
    UUID first = order(List.of(new NewOrder.Line(hook, 3)));
    shipments.allocate(first, "Berlin", NOW);
    UUID second = order(List.of(new NewOrder.Line(lure, 1), new NewOrder.Line(hook, 1)));

    Allocation.Plan plan = shipments.allocate(second, "Berlin", NOW);
    orders.decideUnavailable(second, plan.unavailable(), LineState.BACKORDERED);

    assertThat(plan.unavailable()).containsExactly(2);
    assertThat(plan.isSplit()).isFalse();
    assertThat(orders.lines(second)).extracting(OrderLine::state).containsExactly(LineState.ALLOCATED, LineState.BACKORDERED);
  }

  @Test
  void aParcelMovesOnlyAsParcelsCan_andAnEventSentTwiceIsRecordedOnce() {
    UUID order = order(List.of(new NewOrder.Line(lure, 1)));
    shipments.allocate(order, "Berlin", NOW);
    UUID parcel = orders.shipments(order).getFirst().id();

    assertThatThrownBy(() -> shipments.record(parcel, ShipmentEventKind.DELIVERED, null, null, null, NOW, "carrier", NOW))
        .isInstanceOf(ImpossibleShipmentEventException.class)
        .hasMessageContaining("PLANNED");

    shipments.markPacked(parcel, NOW);
    Shipment handedOver = shipments.record(parcel, ShipmentEventKind.HANDED_OVER, "DHL", "00340434161094042557", null, NOW, "carrier", NOW);
    shipments.record(parcel, ShipmentEventKind.HANDED_OVER, "DHL", "00340434161094042557", null, NOW, "carrier", NOW.plusSeconds(1));
    Shipment delivered = shipments.record(parcel, ShipmentEventKind.DELIVERED, null, null, "Left with a neighbour", NOW, "carrier", NOW.plusSeconds(60));

    assertThat(handedOver.state()).isEqualTo(ShipmentState.HANDED_OVER);
    assertThat(delivered.state()).isEqualTo(ShipmentState.DELIVERED);
    assertThat(delivered.trackingNumber()).isEqualTo("00340434161094042557");
    assertThat(jdbc.sql("SELECT kind FROM shipment_events WHERE shipment_id = ? ORDER BY received_at").param(parcel).query(String.class).list())
        .containsExactly("HANDED_OVER", "DELIVERED");
    assertThat(events.stream(ShipmentReported.class).filter(e -> e.shipmentId().equals(parcel)).map(ShipmentReported::kind))
        .containsExactly(ShipmentEventKind.HANDED_OVER, ShipmentEventKind.DELIVERED);
    assertThatThrownBy(() -> shipments.record(parcel, ShipmentEventKind.LOST, null, null, null, NOW, "carrier", NOW.plusSeconds(90)))
        .isInstanceOf(ImpossibleShipmentEventException.class);
  }
}
