package io.omnichannel.journeys.orderfulfilment;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.orders.DeliveryMethod;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.Shipment;
import io.omnichannel.processes.OrderFulfilmentProcess;
import io.omnichannel.processes.OrderFulfilmentProcess.Variables;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order's steps on real PostgreSQL, each delivered twice as a job can be. */
class OrderStepsTest extends ServiceCoreTest {

  @Autowired OrderIntakes intakes;
  @Autowired OrderSteps steps;
  @Autowired Orders orders;
  @Autowired StockLocations locations;
  @Autowired PurchaseRecords products;
  @Autowired JdbcClient jdbc;

  private String lure;
  private String hook;
  private String warehouse;
  private String store;

  @BeforeEach
  void luresInTheWarehouseHooksInAStore() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    lure = "LU-" + unique;
    hook = "HK-" + unique;
    warehouse = "wh-" + unique;
    store = "st-" + unique;
    products.addProduct(lure, "Spinner lure " + unique, "Angelfreund");
    products.addProduct(hook, "Carp hooks " + unique, "Angelfreund");
    locations.saveLocation(new StockLocation(warehouse, "Warehouse " + unique, "Erfurt", StockLocation.Kind.WAREHOUSE, null));
    locations.saveLocation(new StockLocation(store, "Store " + unique, "Berlin", StockLocation.Kind.STORE, StaffDemoData.STORE_BERLIN));
    locations.setOnHand(warehouse, lure, 5);
    locations.setOnHand(store, hook, 5);
  }

  private UUID order(String... typeNumbers) {
    NewOrder order =
        new NewOrder(
            "W-" + UUID.randomUUID(), new NewOrder.Customer("Tom Fischer", "tom+" + UUID.randomUUID() + "@example.com", null, null),
            DeliveryMethod.SHIP, "Seestr. 4, 13353 Berlin", "Berlin", null,
            java.util.Arrays.stream(typeNumbers).map(t -> new NewOrder.Line(t, 1)).toList());
    return intakes.submit(order, "shop", IntakeChannel.API).id();
  }

  @Test
  @SuppressWarnings("unchecked")
  void allocationNamesTheParcelsAndTheStoreThatCalls_andGivesTheSameAnswerTwice() {
    UUID order = order(lure, hook);

    Map<String, Object> first = steps.allocate(order);
    Map<String, Object> again = steps.allocate(order);

    assertThat(again).isEqualTo(first);
    assertThat(first.get(Variables.SPLIT)).isEqualTo(true);
    assertThat(first.get(Variables.SPLIT_CALL_TEAM)).isEqualTo(StaffDemoData.STORE_BERLIN);
    assertThat(first.get(Variables.SPLIT_CALL_STORE_ID)).isEqualTo(store);
    assertThat((List<Map<String, Object>>) first.get(Variables.SHIPMENTS))
        .extracting(s -> s.get(Variables.LOCATION_KIND) + ":" + s.get(Variables.TEAM_ID))
        .containsExactlyInAnyOrder("WAREHOUSE:" + OrderFulfilmentProcess.SERVICE_TEAM, "STORE:" + StaffDemoData.STORE_BERLIN);
    assertThat((List<?>) first.get(Variables.UNAVAILABLE_LINES)).isEmpty();
  }

  @Test
  void eachDelayIsToldOnce_evenWhenItsJobComesTwice_andTheLastParcelCompletesTheShipments() {
    UUID order = order(lure);
    steps.allocate(order);
    Shipment parcel = orders.shipments(order).getFirst();

    steps.tellProblem(parcel.id(), OrderFulfilmentProcess.PROBLEM_DELAYED, 101);
    steps.tellProblem(parcel.id(), OrderFulfilmentProcess.PROBLEM_DELAYED, 101);
    steps.tellProblem(parcel.id(), OrderFulfilmentProcess.PROBLEM_DELAYED, 202);
    assertThat(mails(order, "%is late")).as("two delays, each told once").isEqualTo(2);

    steps.recordShipmentState(parcel.id(), OrderFulfilmentProcess.STATE_DELIVERED);
    steps.recordShipmentState(parcel.id(), OrderFulfilmentProcess.STATE_DELIVERED);
    assertThat(jdbc.sql("SELECT count(*) FROM request_events WHERE request_id = ? AND kind = 'SHIPMENTS_COMPLETED'").param(order).query(Long.class).single())
        .isEqualTo(1);
    steps.recordShipmentState(parcel.id(), OrderFulfilmentProcess.STATE_CANCELLED);
    assertThat(orders.shipments(order).getFirst().state().name()).as("a delivered parcel stays delivered").isEqualTo("DELIVERED");
  }

  private long mails(UUID request, String subject) {
    return jdbc.sql("SELECT count(*) FROM mail_outbox WHERE request_id = ? AND subject LIKE ?").params(request, subject).query(Long.class).single();
  }
}
