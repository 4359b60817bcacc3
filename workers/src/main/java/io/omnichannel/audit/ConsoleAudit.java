package io.omnichannel.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the console's audit log. A change and its entry commit together: call {@link
 * #record} inside the transaction that makes the change.
 */
@Service
public class ConsoleAudit {

  private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  ConsoleAudit(JdbcClient jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String username, String area, String subject, String action, Map<String, ?> detail) {
    jdbc.sql(
            """
            insert into console_audit (at, username, area, subject, action, detail)
            values (?, ?, ?, ?, ?, cast(? as jsonb))""")
        .params(java.sql.Timestamp.from(clock.instant()), username, area, subject, action, write(detail))
        .update();
  }

  /** The newest entries of one area (all subjects when {@code subject} is null), newest first. */
  public List<AuditEntry> latest(String area, String subject, int limit) {
    return jdbc.sql(
            """
            select id, at, username, area, subject, action, detail::text as detail from console_audit
            where area = :area and (cast(:subject as text) is null or subject = :subject)
            order by at desc, id desc limit :limit""")
        .param("area", area)
        .param("subject", subject)
        .param("limit", limit)
        .query(this::entry)
        .list();
  }

  private AuditEntry entry(ResultSet row, int rowNum) throws SQLException {
    return new AuditEntry(
        row.getLong("id"),
        row.getTimestamp("at").toInstant(),
        row.getString("username"),
        row.getString("area"),
        row.getString("subject"),
        row.getString("action"),
        read(row.getString("detail")));
  }

  private String write(Map<String, ?> detail) {
    try {
      return json.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail is not JSON-writable", e);
    }
  }

  private Map<String, Object> read(String detail) {
    try {
      return json.readValue(detail, DETAIL);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("audit detail in the database is not JSON", e);
    }
  }
}
