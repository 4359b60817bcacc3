package io.omnichannel.tasks;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The SQL of a {@link TaskQuery}: only bound parameters, never user text in the statement. */
record TaskQuerySql(String text, Map<String, Object> params) {

  static TaskQuerySql of(TaskQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    String from;
    String due;
    String key;
    params.put("username", query.username());
    switch (query.scope()) {
      case TEAM -> {
        // the queue table's (team, due, job key) index delivers the default order without sorting
        from = "user_task_queue q join user_tasks t on t.job_key = q.job_key";
        where.add("q.team_id = :team");
        params.put("team", query.team());
        due = "q.due_at";
        key = "q.job_key";
      }
      case MINE -> {
        from = "user_tasks t";
        where.add("t.state = 'OPEN'");
        where.add("(t.assignee = :username or (t.assignee is null and t.candidate_users @> array[cast(:username as text)]))");
        due = "t.due_at";
        key = "t.job_key";
      }
      case ALL -> {
        from = "user_tasks t";
        where.add("t.state = 'OPEN'");
        where.add("(t.candidate_groups && cast(:teams as text[]) or t.assignee = :username"
            + " or t.candidate_users @> array[cast(:username as text)])");
        params.put("teams", query.teams().toArray(String[]::new));
        due = "t.due_at";
        key = "t.job_key";
      }
      default -> throw new IllegalStateException("unknown scope " + query.scope());
    }
    equal(where, params, "t.request_type", "requestType", query.requestType());
    equal(where, params, "t.channel", "channel", query.channel());
    equal(where, params, "t.store_id", "store", query.store());
    equal(where, params, "t.customer_number", "customer", query.customer());
    Timestamp now = Timestamp.from(query.now());
    switch (query.sla()) {
      case OVERDUE -> {
        where.add("t.due_at < :now");
        params.put("now", now);
      }
      case DUE_SOON -> {
        where.add("t.due_at >= :now and t.due_at < :soon");
        params.put("now", now);
        params.put("soon", Timestamp.from(query.now().plus(TaskQuery.DUE_SOON)));
      }
      case FOLLOW_UP -> {
        where.add("t.follow_up_at <= :now");
        params.put("now", now);
      }
      case ANY -> {}
    }
    if (present(query.search())) {
      String search = query.search().strip();
      where.add("(t.reference = :searchReference or t.customer_name ilike :searchLike"
          + " or t.customer_email ilike :searchLike or t.customer_number ilike :searchLike)");
      params.put("searchReference", search.toUpperCase(Locale.ROOT));
      params.put("searchLike", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    String order =
        switch (query.sort()) {
          case DUE_ASC -> due + " asc nulls last, " + key;
          case DUE_DESC -> due + " desc nulls last, " + key + " desc";
          case PRIORITY -> "t.priority desc, " + due + " asc nulls last, " + key;
          case NEWEST -> "t.created_at desc, " + key + " desc";
          case FOLLOW_UP -> "t.follow_up_at asc nulls last, " + due + " asc nulls last, " + key;
        };
    params.put("limit", query.pageSize() + 1);
    params.put("offset", (long) query.page() * query.pageSize());
    String text = "select t.* from " + from + " where " + String.join(" and ", where) + " order by " + order
        + " limit :limit offset :offset";
    return new TaskQuerySql(text, params);
  }

  private static void equal(List<String> where, Map<String, Object> params, String column, String name, String value) {
    if (present(value)) {
      where.add(column + " = :" + name);
      params.put(name, value.strip());
    }
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }
}
