package io.omnichannel.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer timeline read model: requests, their events, mails sent, failed and received, tasks
 * created and completed, and merges, oldest first. Reads the view {@code customer_timeline} (V7),
 * which the owning features' tables feed; nothing here writes.
 */
@Service("customerTimeline")
public class CustomerTimeline {

  /** Entries in the same instant keep a stable order: the request first, then as written. */
  private static final String ORDER = "ORDER BY occurred_at, CASE kind WHEN 'REQUEST' THEN 0 ELSE 1 END, seq, kind";

  private final JdbcClient jdbc;

  CustomerTimeline(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<TimelineItem> of(UUID customerId) {
    return jdbc.sql("SELECT * FROM customer_timeline WHERE customer_id = :id " + ORDER)
        .param("id", customerId)
        .query(CustomerTimeline::item)
        .list();
  }

  /** The customer behind a request and the last {@code limit} entries of their whole history; empty for no request. */
  @Transactional(readOnly = true)
  public Optional<CustomerHistory> aroundRequest(UUID requestId, int limit) {
    if (requestId == null) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            SELECT c.id, c.name FROM service_requests r JOIN customers c ON c.id = r.customer_id WHERE r.id = :id
            """)
        .param("id", requestId)
        .query((rs, row) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("name")})
        .optional()
        .map(
            customer -> {
              UUID customerId = (UUID) customer[0];
              List<TimelineItem> all = of(customerId);
              return new CustomerHistory(
                  customerId, (String) customer[1], all.size(), all.subList(Math.max(0, all.size() - limit), all.size()));
            });
  }

  private static TimelineItem item(ResultSet rs, int row) throws SQLException {
    return new TimelineItem(
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("kind"),
        rs.getString("channel"),
        rs.getObject("request_id", UUID.class),
        rs.getString("reference"),
        rs.getString("summary"));
  }
}
