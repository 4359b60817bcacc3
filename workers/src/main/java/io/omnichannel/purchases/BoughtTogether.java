package io.omnichannel.purchases;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cross-sell from the purchase history: the products most often bought in the same online order or
 * on the same receipt as the given ones. No history, no suggestion: nothing is made up.
 */
@Repository
public class BoughtTogether {

  /** A product bought with the given ones {@code times} times. */
  public record Suggestion(String typeNumber, String name, int times) {}

  private final JdbcClient jdbc;

  BoughtTogether(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Suggestion> with(Collection<String> typeNumbers, int limit) {
    if (typeNumbers.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            """
            SELECT other.type_number, p.name, count(DISTINCT coalesce(other.order_number, other.receipt_number)) AS times
              FROM purchases bought
              JOIN purchases other
                ON other.id <> bought.id
               AND (other.order_number = bought.order_number OR other.receipt_number = bought.receipt_number)
              JOIN products p ON p.type_number = other.type_number
             WHERE bought.type_number IN (:given) AND other.type_number NOT IN (:given)
             GROUP BY other.type_number, p.name
             ORDER BY times DESC, other.type_number
             LIMIT :limit""")
        .param("given", List.copyOf(typeNumbers))
        .param("limit", limit)
        .query((rs, row) -> new Suggestion(rs.getString("type_number"), rs.getString("name"), rs.getInt("times")))
        .list();
  }
}
