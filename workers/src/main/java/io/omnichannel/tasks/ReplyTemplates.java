package io.omnichannel.tasks;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reply templates staff pick from; seeded by the V3 migration. */
@Repository
public class ReplyTemplates {

  private final JdbcClient jdbc;

  public ReplyTemplates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<ReplyTemplate> all() {
    return jdbc.sql("select id, title, subject, body from reply_templates order by sort_order, title")
        .query(ReplyTemplate.class)
        .list();
  }

  public Optional<ReplyTemplate> find(String id) {
    return jdbc.sql("select id, title, subject, body from reply_templates where id = ?")
        .param(id)
        .query(ReplyTemplate.class)
        .optional();
  }
}
