package io.omnichannel.inventory;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Holds for reservations. Every method is safe to repeat for the same request (a job delivered
 * twice): one hold per request, state changes are guarded, stock is reduced once.
 */
@Service
public class StockHolds {

  /** No 0/O, 1/I/L: read out at a counter. */
  private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final int CODE_LENGTH = 6;

  private static final String SELECT =
      """
      SELECT h.id AS hold_id, h.request_id, h.type_number, h.quantity, h.state, h.held_at, h.confirmed_at,
             h.pickup_code, h.hold_until, h.ended_at, h.end_reason, l.id, l.name, l.city, l.kind, l.team_id
        FROM stock_holds h JOIN stock_locations l ON l.id = h.location_id
      """;

  private final JdbcClient jdbc;
  private final SecureRandom random = new SecureRandom();

  StockHolds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Holds one piece at the location for the request, when one is available. The stock row is locked
   * first, so two reservations of the last piece queue up and the second finds nothing left.
   *
   * @throws UnknownStockException when the location does not stock the product at all
   */
  @Transactional
  public HoldOutcome hold(UUID requestId, String locationId, String typeNumber, Instant now) {
    int onHand = lockStock(locationId, typeNumber);
    Optional<StockHold> earlier = ofRequest(requestId);
    if (earlier.isPresent()) {
      return new HoldOutcome(earlier.filter(StockHold::isHeld));
    }
    int held = held(locationId, typeNumber);
    if (onHand - held < 1) {
      return new HoldOutcome(Optional.empty());
    }
    jdbc.sql(
            """
            INSERT INTO stock_holds (id, request_id, location_id, type_number, quantity, state, held_at)
            VALUES (?, ?, ?, ?, 1, 'HELD', ?)""")
        .params(UUID.randomUUID(), requestId, locationId, typeNumber, utc(now))
        .update();
    return new HoldOutcome(ofRequest(requestId));
  }

  /**
   * Holds {@code quantity} pieces at the location for one line of an order, when that many are
   * available; a line held before keeps its hold. Locks the stock row as {@link #hold} does.
   *
   * @return whether the line is held (now or before) at that location
   * @throws UnknownStockException when the location does not stock the product at all
   */
  @Transactional
  public boolean holdLine(UUID requestId, int lineNo, String locationId, String typeNumber, int quantity, Instant now) {
    if (lineNo < 1) {
      throw new IllegalArgumentException("order lines count from 1; line 0 is a reservation's hold");
    }
    int onHand = lockStock(locationId, typeNumber);
    Optional<String> heldAt =
        jdbc.sql("SELECT location_id FROM stock_holds WHERE request_id = ? AND line_no = ? AND state = 'HELD'")
            .params(requestId, lineNo)
            .query(String.class)
            .optional();
    if (heldAt.isPresent()) {
      return heldAt.get().equals(locationId);
    }
    int held = held(locationId, typeNumber);
    if (onHand - held < quantity) {
      return false;
    }
    jdbc.sql(
            """
            INSERT INTO stock_holds (id, request_id, line_no, location_id, type_number, quantity, state, held_at)
            VALUES (?, ?, ?, ?, ?, ?, 'HELD', ?)
            ON CONFLICT (request_id, line_no) DO UPDATE
              SET location_id = excluded.location_id, quantity = excluded.quantity, state = 'HELD', held_at = excluded.held_at,
                  ended_at = NULL, end_reason = NULL, ended_by = NULL""")
        .params(UUID.randomUUID(), requestId, lineNo, locationId, typeNumber, quantity, utc(now))
        .update();
    return true;
  }

  /**
   * The store set the piece aside: gives the hold its pickup code (once) and the time it is kept.
   *
   * @throws IllegalStateException when the request holds nothing (released or never held)
   */
  @Transactional
  public StockHold confirm(UUID requestId, String confirmedBy, Instant holdUntil, Instant now) {
    StockHold hold = lockedHold(requestId);
    if (hold.pickupCode() != null) {
      return hold;
    }
    if (!hold.isHeld()) {
      throw new IllegalStateException("request " + requestId + " holds nothing to confirm (" + hold.state() + ")");
    }
    String code = freeCode();
    jdbc.sql(
            "UPDATE stock_holds SET confirmed_at = ?, confirmed_by = ?, pickup_code = ?, hold_until = ? WHERE request_id = ? AND line_no = 0")
        .params(utc(now), confirmedBy, code, utc(holdUntil), requestId)
        .update();
    return lockedHold(requestId);
  }

  /** @return whether the hold was released now (false when it had ended already) */
  @Transactional
  public boolean release(UUID requestId, ReleaseReason reason, String by, Instant now) {
    return jdbc.sql(
                """
                UPDATE stock_holds SET state = 'RELEASED', end_reason = ?, ended_by = ?, ended_at = ?
                 WHERE request_id = ? AND state = 'HELD'""")
            .params(reason.name(), by, utc(now), requestId)
            .update()
        == 1;
  }

  /**
   * The customer took the piece: the hold ends and the stock on hand goes down, once.
   *
   * @return whether it was handed over now (false when it was handed over before)
   * @throws IllegalStateException when the hold was released
   */
  @Transactional
  public boolean pickUp(UUID requestId, String by, Instant now) {
    StockHold hold = lockedHold(requestId);
    if (hold.state() == HoldState.PICKED_UP) {
      return false;
    }
    if (!hold.isHeld()) {
      throw new IllegalStateException("request " + requestId + ": the hold was released, nothing to hand over");
    }
    jdbc.sql("UPDATE stock_levels SET on_hand = on_hand - ? WHERE location_id = ? AND type_number = ?")
        .params(hold.quantity(), hold.location().id(), hold.typeNumber())
        .update();
    jdbc.sql("UPDATE stock_holds SET state = 'PICKED_UP', end_reason = 'PICKED_UP', ended_by = ?, ended_at = ? WHERE request_id = ? AND line_no = 0")
        .params(by, utc(now), requestId)
        .update();
    return true;
  }

  /**
   * The store got a held order ready: its holds are confirmed and kept until {@code holdUntil}; the
   * order's one pickup code goes on its lowest held line (codes are unique per row), once.
   *
   * @return the hold that carries the code
   * @throws IllegalStateException when the order holds nothing (released or never held)
   */
  @Transactional
  public StockHold confirmOrder(UUID requestId, String confirmedBy, Instant holdUntil, Instant now) {
    StockHold first = lockedOrderHold(requestId);
    if (first.pickupCode() != null) {
      return first;
    }
    if (!first.isHeld()) {
      throw new IllegalStateException("order " + requestId + " holds nothing to confirm (" + first.state() + ")");
    }
    jdbc.sql("UPDATE stock_holds SET confirmed_at = ?, confirmed_by = ?, hold_until = ? WHERE request_id = ? AND line_no > 0 AND state = 'HELD'")
        .params(utc(now), confirmedBy, utc(holdUntil), requestId)
        .update();
    jdbc.sql("UPDATE stock_holds SET pickup_code = ? WHERE id = ?").params(freeCode(), first.id()).update();
    return lockedOrderHold(requestId);
  }

  /**
   * The customer took her order: every held line ends and its stock on hand goes down, once.
   *
   * @return whether it was handed over now (false when it was handed over before)
   * @throws IllegalStateException when the holds were released
   */
  @Transactional
  public boolean pickUpOrder(UUID requestId, String by, Instant now) {
    StockHold first = lockedOrderHold(requestId);
    if (first.state() == HoldState.PICKED_UP) {
      return false;
    }
    if (!first.isHeld()) {
      throw new IllegalStateException("order " + requestId + ": the holds were released, nothing to hand over");
    }
    jdbc.sql(
            """
            UPDATE stock_levels s SET on_hand = s.on_hand - h.quantity
              FROM stock_holds h
             WHERE h.request_id = ? AND h.line_no > 0 AND h.state = 'HELD'
               AND s.location_id = h.location_id AND s.type_number = h.type_number""")
        .param(requestId)
        .update();
    jdbc.sql(
            """
            UPDATE stock_holds SET state = 'PICKED_UP', end_reason = 'PICKED_UP', ended_by = ?, ended_at = ?
             WHERE request_id = ? AND line_no > 0 AND state = 'HELD'""")
        .params(by, utc(now), requestId)
        .update();
    return true;
  }

  /** The hold of an order's lowest line: it carries the order's pickup code and stands for the order at the counter. */
  @Transactional(readOnly = true)
  public Optional<StockHold> ofOrder(UUID requestId) {
    return jdbc.sql(SELECT + " WHERE h.request_id = ? AND h.line_no > 0 ORDER BY h.line_no LIMIT 1").param(requestId).query(StockHolds::hold).optional();
  }

  @Transactional(readOnly = true)
  public Optional<StockHold> ofRequest(UUID requestId) {
    return jdbc.sql(SELECT + " WHERE h.request_id = ? AND h.line_no = 0").param(requestId).query(StockHolds::hold).optional();
  }

  /** Which of these reservations were picked up: a campaign's funnel counts them. */
  @Transactional(readOnly = true)
  public java.util.Set<UUID> pickedUpAmong(java.util.Collection<UUID> requestIds) {
    if (requestIds.isEmpty()) {
      return java.util.Set.of();
    }
    return java.util.Set.copyOf(
        jdbc.sql("SELECT request_id FROM stock_holds WHERE line_no = 0 AND state = 'PICKED_UP' AND request_id IN (:ids)")
            .param("ids", requestIds)
            .query(UUID.class)
            .list());
  }

  /** The hold a customer's pickup code names; codes are compared without case and blanks. */
  @Transactional(readOnly = true)
  public Optional<StockHold> byPickupCode(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    return jdbc.sql(SELECT + " WHERE h.pickup_code = ?").param(normalised).query(StockHolds::hold).optional();
  }

  /**
   * Locks the stock row of the product at the location (a second hold of the same stock waits
   * here until this transaction ends) and returns what is on hand.
   *
   * @throws UnknownStockException when the location does not stock the product at all
   */
  private int lockStock(String locationId, String typeNumber) {
    return jdbc.sql("SELECT on_hand FROM stock_levels WHERE location_id = ? AND type_number = ? FOR UPDATE")
        .params(locationId, typeNumber)
        .query(Integer.class)
        .optional()
        .orElseThrow(() -> new UnknownStockException(locationId, typeNumber));
  }

  private int held(String locationId, String typeNumber) {
    return jdbc.sql("SELECT coalesce(sum(quantity), 0) FROM stock_holds WHERE location_id = ? AND type_number = ? AND state = 'HELD'")
        .params(locationId, typeNumber)
        .query(Integer.class)
        .single();
  }

  private StockHold lockedHold(UUID requestId) {
    return jdbc.sql(SELECT + " WHERE h.request_id = ? AND h.line_no = 0 FOR UPDATE OF h")
        .param(requestId)
        .query(StockHolds::hold)
        .optional()
        .orElseThrow(() -> new IllegalStateException("request " + requestId + " has no hold"));
  }

  private StockHold lockedOrderHold(UUID requestId) {
    jdbc.sql("SELECT id FROM stock_holds WHERE request_id = ? AND line_no > 0 FOR UPDATE").param(requestId).query(UUID.class).list();
    return ofOrder(requestId).orElseThrow(() -> new IllegalStateException("order " + requestId + " has no hold"));
  }

  private String freeCode() {
    while (true) {
      StringBuilder code = new StringBuilder(CODE_LENGTH);
      for (int i = 0; i < CODE_LENGTH; i++) {
        code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
      }
      boolean taken =
          jdbc.sql("SELECT count(*) FROM stock_holds WHERE pickup_code = ?").param(code.toString()).query(Integer.class).single() > 0;
      if (!taken) {
        return code.toString();
      }
    }
  }

  private static StockHold hold(ResultSet rs, int row) throws SQLException {
    return new StockHold(
        rs.getObject("hold_id", UUID.class),
        rs.getObject("request_id", UUID.class),
        StockLocations.location(rs, row),
        rs.getString("type_number"),
        rs.getInt("quantity"),
        HoldState.valueOf(rs.getString("state")),
        instant(rs, "held_at"),
        instant(rs, "confirmed_at"),
        rs.getString("pickup_code"),
        instant(rs, "hold_until"),
        instant(rs, "ended_at"),
        rs.getString("end_reason"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
