package io.omnichannel.orders;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The orders of the ledger: written once by a journey's intake, read by order number or request. */
@Repository
public class Orders {

  private final JdbcClient jdbc;

  Orders(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Writes the order's own rows for the ledger request {@code requestId}, in the caller's transaction. */
  public void save(UUID requestId, String integration, NewOrder order, Instant now) {
    jdbc.sql(
            """
            INSERT INTO orders (request_id, integration, order_number, delivery, ship_to, ship_to_city, collect_at, placed_at)
            VALUES (:id, :integration, :number, :delivery, :shipTo, :city, :collectAt, :now)""")
        .param("id", requestId)
        .param("integration", integration)
        .param("number", order.orderNumber().strip())
        .param("delivery", order.delivery().name())
        .param("shipTo", order.delivery() == DeliveryMethod.SHIP ? order.shipTo().strip() : null)
        .param("city", order.delivery() == DeliveryMethod.SHIP ? order.shipToCity().strip() : null)
        .param("collectAt", order.delivery() == DeliveryMethod.COLLECT ? order.collectAt() : null)
        .param("now", utc(now))
        .update();
    for (int i = 0; i < order.lines().size(); i++) {
      NewOrder.Line line = order.lines().get(i);
      jdbc.sql("INSERT INTO order_lines (request_id, line_no, type_number, quantity) VALUES (?, ?, ?, ?)")
          .params(requestId, i + 1, line.typeNumber().strip(), line.quantity())
          .update();
    }
  }

  @Transactional(readOnly = true)
  public Optional<Order> find(UUID requestId) {
    return jdbc.sql("SELECT * FROM orders WHERE request_id = ?").param(requestId).query(this::order).optional();
  }

  @Transactional(readOnly = true)
  public Optional<Order> byNumber(String integration, String orderNumber) {
    return jdbc.sql("SELECT * FROM orders WHERE integration = ? AND order_number = ?")
        .params(integration, orderNumber)
        .query(this::order)
        .optional();
  }

  /** The integration that sent the order: who may read it and report on its parcels. */
  @Transactional(readOnly = true)
  public Optional<String> integrationOf(UUID requestId) {
    return jdbc.sql("SELECT integration FROM orders WHERE request_id = ?").param(requestId).query(String.class).optional();
  }

  public List<OrderLine> lines(UUID requestId) {
    return jdbc.sql(
            """
            SELECT l.line_no, l.type_number, p.name AS product_name, l.quantity, l.state, l.shipment_id
              FROM order_lines l JOIN products p ON p.type_number = l.type_number
             WHERE l.request_id = ? ORDER BY l.line_no""")
        .param(requestId)
        .query((rs, row) -> new OrderLine(
            rs.getInt("line_no"), rs.getString("type_number"), rs.getString("product_name"), rs.getInt("quantity"),
            LineState.valueOf(rs.getString("state")), rs.getObject("shipment_id", UUID.class)))
        .list();
  }

  public List<Shipment> shipments(UUID requestId) {
    return jdbc.sql(Shipments.SELECT + " WHERE s.request_id = ? ORDER BY s.location_id").param(requestId).query(Shipments::shipment).list();
  }

  /** Lines no location had: the customer chose to wait for them or to cancel them. */
  @Transactional
  public void decideUnavailable(UUID requestId, List<Integer> lineNos, LineState decision) {
    if (decision != LineState.BACKORDERED && decision != LineState.CANCELLED) {
      throw new IllegalArgumentException("a line no location has is backordered or cancelled, not " + decision);
    }
    jdbc.sql("UPDATE order_lines SET state = :state WHERE request_id = :id AND line_no IN (:lines) AND state IN ('OPEN', 'BACKORDERED')")
        .param("state", decision.name())
        .param("id", requestId)
        .param("lines", lineNos.isEmpty() ? List.of(-1) : lineNos)
        .update();
  }

  private Order order(ResultSet rs, int row) throws SQLException {
    UUID id = rs.getObject("request_id", UUID.class);
    return new Order(
        id,
        rs.getString("integration"),
        rs.getString("order_number"),
        DeliveryMethod.valueOf(rs.getString("delivery")),
        rs.getString("ship_to"),
        rs.getString("ship_to_city"),
        rs.getString("collect_at"),
        rs.getObject("placed_at", OffsetDateTime.class).toInstant(),
        lines(id),
        shipments(id));
  }

  static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
