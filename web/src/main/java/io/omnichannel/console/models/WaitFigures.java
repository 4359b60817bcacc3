package io.omnichannel.console.models;

import io.omnichannel.history.EngineHistory;
import io.omnichannel.history.HistoryViews.DefinitionSelector;
import io.omnichannel.history.HistoryViews.ElementFigures;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Where a model's requests are: per element, how many wait there now and since when, how many
 * passed it in a period and how long they took, its open incidents, and the SLA breaches of its
 * staff tasks — the figures the diagram's overlays show and the table beneath it lists.
 */
@Service
class WaitFigures {

  /**
   * One element's figures. A task breaches its SLA when it was done after its due time, or is open
   * past it; counted when it was done in the period, or is open now.
   */
  public record Row(
      String elementId, long waitingNow, Instant waitingSince, long completedInPeriod, Duration medianTimeInPeriod,
      long openIncidents, long slaBreaches) {}

  /** The period and versions the figures cover. */
  record Scope(String processId, Integer version, Instant from, Instant to) {}

  private final EngineHistory history;
  private final JdbcClient jdbc;

  WaitFigures(EngineHistory history, JdbcClient jdbc) {
    this.history = history;
    this.jdbc = jdbc;
  }

  /** The elements with any figure, those waiting longest first, then by element id. */
  List<Row> of(Scope scope) {
    Map<String, ElementFigures> figures = history.elementFigures(
        new DefinitionSelector(scope.processId(), scope.version()), scope.from(), scope.to());
    Map<String, Long> breaches = breaches(scope);
    TreeSet<String> elements = new TreeSet<>(figures.keySet());
    elements.addAll(breaches.keySet());
    return elements.stream()
        .map(id -> {
          ElementFigures f = figures.getOrDefault(id, new ElementFigures(id, 0, 0, 0));
          return new Row(id, f.waitingNow(), f.waitingSince(), f.completedInPeriod(), f.medianTimeInPeriod(),
              f.openIncidents(), breaches.getOrDefault(id, 0L));
        })
        .sorted(Comparator.comparing(Row::waitingSince, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  private Map<String, Long> breaches(Scope scope) {
    Map<String, Long> breaches = new HashMap<>();
    jdbc.sql("""
            SELECT t.element_id, count(*) AS n FROM user_tasks t
            WHERE t.bpmn_process_id = :process AND t.due_at IS NOT NULL
              AND (CAST(:version AS int) IS NULL OR EXISTS (
                    SELECT 1 FROM history_element_instances e
                    WHERE e.element_instance_key = t.element_instance_key AND e.version = :version))
              AND ((t.state = 'COMPLETED' AND t.completed_at >= :from AND t.completed_at < :to AND t.completed_at > t.due_at)
                OR (t.state = 'OPEN' AND t.due_at < now()))
            GROUP BY t.element_id""")
        .param("process", scope.processId()).param("version", scope.version())
        .param("from", Timestamp.from(scope.from())).param("to", Timestamp.from(scope.to()))
        .query((row, n) -> breaches.put(row.getString("element_id"), row.getLong("n")))
        .list();
    return breaches;
  }
}
