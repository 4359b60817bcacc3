package io.omnichannel.orders;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The parcels of orders: planned from the allocation with their stock held per line, then moved
 * by the store or warehouse (packed) and by the carrier's events. Every method is safe to repeat
 * (a job delivered twice, an event sent twice).
 */
@Service
public class Shipments {

  static final String SELECT =
      """
      SELECT s.id, s.request_id, s.location_id, l.name AS location_name, s.state, s.carrier, s.tracking_number, s.updated_at
        FROM shipments s JOIN stock_locations l ON l.id = s.location_id
      """;

  private final JdbcClient jdbc;
  private final Orders orders;
  private final StockLocations locations;
  private final StockHolds holds;
  private final ApplicationEventPublisher events;

  Shipments(JdbcClient jdbc, Orders orders, StockLocations locations, StockHolds holds, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.orders = orders;
    this.locations = locations;
    this.holds = holds;
    this.events = events;
  }

  /**
   * Allocates the order's open lines ({@link Allocation}), holds their stock and plans one parcel
   * per location. Done before: the existing parcels. Stock taken meanwhile by another order: the
   * transaction fails and the caller tries again on fresh numbers.
   *
   * @param customerCity where a store is "near"; the delivery city, or null
   */
  @Transactional
  public Allocation.Plan allocate(UUID requestId, String customerCity, Instant now) {
    List<OrderLine> lines = orders.lines(requestId);
    List<Shipment> planned = orders.shipments(requestId);
    if (!planned.isEmpty()) {
      return planOf(lines, planned);
    }
    Allocation.Plan plan = Allocation.plan(lines, sources(lines), customerCity);
    for (Map.Entry<String, List<Integer>> parcel : plan.parcels().entrySet()) {
      UUID shipmentId = UUID.randomUUID();
      jdbc.sql("INSERT INTO shipments (id, request_id, location_id, state, updated_at) VALUES (?, ?, ?, 'PLANNED', ?)")
          .params(shipmentId, requestId, parcel.getKey(), Orders.utc(now))
          .update();
      for (int lineNo : parcel.getValue()) {
        OrderLine line = lines.stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
        if (!holds.holdLine(requestId, lineNo, parcel.getKey(), line.typeNumber(), line.quantity(), now)) {
          throw new IllegalStateException("stock of " + line.typeNumber() + " at " + parcel.getKey() + " was taken meanwhile; allocate again");
        }
        jdbc.sql("UPDATE order_lines SET state = 'ALLOCATED', shipment_id = ? WHERE request_id = ? AND line_no = ?")
            .params(shipmentId, requestId, lineNo)
            .update();
      }
    }
    return plan;
  }

  private List<Allocation.Source> sources(List<OrderLine> lines) {
    Map<String, StockLocation> where = new HashMap<>();
    Map<String, Map<String, Integer>> available = new HashMap<>();
    for (String typeNumber : lines.stream().map(OrderLine::typeNumber).distinct().toList()) {
      for (StockLevel level : locations.ofProduct(typeNumber)) {
        where.put(level.location().id(), level.location());
        available.computeIfAbsent(level.location().id(), id -> new HashMap<>()).put(typeNumber, level.available());
      }
    }
    List<Allocation.Source> sources = new ArrayList<>();
    where.forEach((id, location) ->
        sources.add(new Allocation.Source(id, location.kind() == StockLocation.Kind.WAREHOUSE, location.city(), available.get(id))));
    return sources;
  }

  private static Allocation.Plan planOf(List<OrderLine> lines, List<Shipment> shipments) {
    Map<String, List<Integer>> parcels = new java.util.LinkedHashMap<>();
    for (Shipment shipment : shipments) {
      parcels.put(
          shipment.locationId(),
          lines.stream().filter(line -> shipment.id().equals(line.shipmentId())).map(OrderLine::lineNo).toList());
    }
    List<Integer> unavailable = lines.stream().filter(line -> line.shipmentId() == null).map(OrderLine::lineNo).toList();
    return new Allocation.Plan(parcels, unavailable);
  }

  @Transactional(readOnly = true)
  public Optional<Shipment> find(UUID shipmentId) {
    return jdbc.sql(SELECT + " WHERE s.id = ?").param(shipmentId).query(Shipments::shipment).optional();
  }

  /** The store or warehouse packed the parcel; a parcel already further on stays where it is. */
  @Transactional
  public Shipment markPacked(UUID shipmentId, Instant now) {
    jdbc.sql("UPDATE shipments SET state = 'PACKED', updated_at = ? WHERE id = ? AND state = 'PLANNED'")
        .params(Orders.utc(now), shipmentId)
        .update();
    return find(shipmentId).orElseThrow();
  }

  /**
   * Records what the carrier or warehouse system reports. The same event again (the parcel is
   * where it leads already) changes nothing and publishes nothing, except a delay: each is news.
   *
   * @return the parcel as it is now
   * @throws ImpossibleShipmentEventException when the event cannot happen to the parcel now
   */
  @Transactional
  public Shipment record(
      UUID shipmentId, ShipmentEventKind kind, String carrier, String trackingNumber, String detail, Instant occurredAt, String from, Instant now) {
    Shipment shipment = locked(shipmentId);
    // the same event again is a repeat; another delay is news (a new day, a new reason)
    if (shipment.state() == kind.leadsTo() && kind != ShipmentEventKind.DELAYED) {
      return shipment;
    }
    if (!kind.possibleIn(shipment.state())) {
      throw new ImpossibleShipmentEventException(shipment.state(), kind);
    }
    UUID eventId = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO shipment_events (id, shipment_id, kind, tracking_number, carrier, detail, occurred_at, received_at, received_from)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(eventId, shipmentId, kind.name(), trackingNumber, carrier, detail, Orders.utc(occurredAt), Orders.utc(now), from)
        .update();
    jdbc.sql(
            """
            UPDATE shipments SET state = ?, updated_at = ?,
                   tracking_number = coalesce(?, tracking_number), carrier = coalesce(?, carrier)
             WHERE id = ?""")
        .params(kind.leadsTo().name(), Orders.utc(now), trackingNumber, carrier, shipmentId)
        .update();
    Shipment current = find(shipmentId).orElseThrow();
    events.publishEvent(new ShipmentReported(current.requestId(), shipmentId, eventId, kind, current.state(), current.trackingNumber()));
    return current;
  }

  /**
   * The state the journey's model reached for the parcel (packed, handed over, delayed by a timer,
   * delivered, cancelled); a parcel that ended (delivered, lost, cancelled) stays as it ended.
   */
  @Transactional
  public Shipment settle(UUID shipmentId, ShipmentState state, Instant now) {
    Shipment shipment = locked(shipmentId);
    if (shipment.state() == state || shipment.state().isFinal()) {
      return shipment;
    }
    jdbc.sql("UPDATE shipments SET state = ?, updated_at = ? WHERE id = ?").params(state.name(), Orders.utc(now), shipmentId).update();
    return find(shipmentId).orElseThrow();
  }

  /** A parcel that will not go (its lines cancelled): its holds end. */
  @Transactional
  public void cancel(UUID shipmentId, Instant now) {
    jdbc.sql("UPDATE shipments SET state = 'CANCELLED', updated_at = ? WHERE id = ? AND state IN ('PLANNED', 'PACKED')")
        .params(Orders.utc(now), shipmentId)
        .update();
  }

  /** The parcel, its row locked until the transaction ends: events and steps on one parcel queue up. */
  private Shipment locked(UUID shipmentId) {
    return jdbc.sql(SELECT + " WHERE s.id = ? FOR UPDATE OF s").param(shipmentId).query(Shipments::shipment).optional()
        .orElseThrow(() -> new java.util.NoSuchElementException("no shipment " + shipmentId));
  }

  static Shipment shipment(ResultSet rs, int row) throws SQLException {
    return new Shipment(
        rs.getObject("id", UUID.class),
        rs.getObject("request_id", UUID.class),
        rs.getString("location_id"),
        rs.getString("location_name"),
        ShipmentState.valueOf(rs.getString("state")),
        rs.getString("carrier"),
        rs.getString("tracking_number"),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
