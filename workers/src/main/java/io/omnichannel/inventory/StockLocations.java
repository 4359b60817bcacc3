package io.omnichannel.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The locations and what lies where: the stock view of staff and chat, and the store choice of the reservation form. */
@Repository
public class StockLocations {

  private static final String LEVELS =
      """
      SELECT s.type_number, p.name AS product_name, s.on_hand,
             coalesce((SELECT sum(h.quantity) FROM stock_holds h
                        WHERE h.location_id = s.location_id AND h.type_number = s.type_number AND h.state = 'HELD'), 0) AS held,
             l.id, l.name, l.city, l.kind, l.team_id
        FROM stock_levels s JOIN stock_locations l ON l.id = s.location_id JOIN products p ON p.type_number = s.type_number
      """;

  private final JdbcClient jdbc;

  StockLocations(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<StockLocation> all() {
    return jdbc.sql("SELECT * FROM stock_locations ORDER BY kind DESC, city, name").query(StockLocations::location).list();
  }

  @Transactional(readOnly = true)
  public List<StockLocation> stores() {
    return all().stream().filter(StockLocation::isStore).toList();
  }

  @Transactional(readOnly = true)
  public Optional<StockLocation> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM stock_locations WHERE id = ?").param(id).query(StockLocations::location).optional();
  }

  /** Every location's stock of one product (the chat tool's question), stores with something available first. */
  @Transactional(readOnly = true)
  public List<StockLevel> ofProduct(String typeNumber) {
    return jdbc.sql(LEVELS + " WHERE s.type_number = ? ORDER BY l.kind DESC, l.city, l.name")
        .param(typeNumber)
        .query(StockLocations::level)
        .list()
        .stream()
        .sorted(java.util.Comparator.comparing((StockLevel s) -> s.available() == 0))
        .toList();
  }

  /** Staff search across all locations by type number or by a word of the product name ("velvet", "VS-300"). */
  @Transactional(readOnly = true)
  public List<StockLevel> search(String query) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty()) {
      return jdbc.sql(LEVELS + " ORDER BY p.name, s.type_number, l.kind DESC, l.city").query(StockLocations::level).list();
    }
    String pattern = "%" + q.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    return jdbc.sql(
            LEVELS
                + " WHERE lower(s.type_number) LIKE :p OR lower(p.name) LIKE :p OR lower(p.brand) LIKE :p"
                + " ORDER BY p.name, s.type_number, l.kind DESC, l.city")
        .param("p", pattern)
        .query(StockLocations::level)
        .list();
  }

  /** The product at one location; empty when the location does not stock it at all. */
  @Transactional(readOnly = true)
  public Optional<StockLevel> level(String locationId, String typeNumber) {
    return jdbc.sql(LEVELS + " WHERE s.location_id = ? AND s.type_number = ?")
        .params(locationId, typeNumber)
        .query(StockLocations::level)
        .optional();
  }

  /** The store's community page, where its parcels' cards lead; empty when it has none. */
  @Transactional(readOnly = true)
  public Optional<String> communityUrl(String locationId) {
    return jdbc.sql("SELECT community_url FROM stock_locations WHERE id = ?").param(locationId).query(String.class).optional()
        .filter(url -> url != null && !url.isBlank());
  }

  /** Sets the store's community page, where its parcels' cards lead. */
  @Transactional
  public void setCommunityUrl(String locationId, String url) {
    jdbc.sql("UPDATE stock_locations SET community_url = ? WHERE id = ?").params(url, locationId).update();
  }

  @Transactional
  public void saveLocation(StockLocation location) {
    jdbc.sql(
            """
            INSERT INTO stock_locations (id, name, city, kind, team_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city, kind = excluded.kind, team_id = excluded.team_id""")
        .params(location.id(), location.name(), location.city(), location.kind().name(), location.teamId())
        .update();
  }

  /** Goods received or counted: sets what lies at the location. */
  @Transactional
  public void setOnHand(String locationId, String typeNumber, int onHand) {
    jdbc.sql(
            """
            INSERT INTO stock_levels (location_id, type_number, on_hand) VALUES (?, ?, ?)
            ON CONFLICT (location_id, type_number) DO UPDATE SET on_hand = excluded.on_hand""")
        .params(locationId, typeNumber, onHand)
        .update();
  }

  static StockLocation location(ResultSet rs, int row) throws SQLException {
    return new StockLocation(
        rs.getString("id"), rs.getString("name"), rs.getString("city"), StockLocation.Kind.valueOf(rs.getString("kind")), rs.getString("team_id"));
  }

  private static StockLevel level(ResultSet rs, int row) throws SQLException {
    return new StockLevel(rs.getString("type_number"), rs.getString("product_name"), location(rs, row), rs.getInt("on_hand"), rs.getInt("held"));
  }
}
