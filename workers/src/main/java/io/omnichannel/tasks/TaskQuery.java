package io.omnichannel.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One page of the task list: whose tasks, narrowed by filters, in an order. Only open tasks are ever
 * listed. Blank filters mean "any".
 *
 * @param scope which tasks: a team's queue, the user's own, or everything the user may work on
 * @param team the team of a {@link Scope#TEAM} queue
 * @param username the signed-in user
 * @param teams the user's teams, for {@link Scope#ALL}
 * @param sla {@link SlaFilter#OVERDUE}: due before {@code now}; {@link SlaFilter#DUE_SOON}: due
 *     within {@link #DUE_SOON} from {@code now}; {@link SlaFilter#FOLLOW_UP}: the follow-up date the
 *     model set (as Camunda Tasklist's) has come
 * @param customer a customer number, matched exactly
 * @param search a reference number (exact) or part of the customer's name, e-mail or number
 * @param page from 0
 */
public record TaskQuery(
    Scope scope,
    String team,
    String username,
    List<String> teams,
    String requestType,
    String channel,
    SlaFilter sla,
    String store,
    String customer,
    String search,
    Sort sort,
    int page,
    int pageSize,
    Instant now) {

  public static final int PAGE_SIZE = 50;
  public static final Duration DUE_SOON = Duration.ofHours(4);

  public TaskQuery {
    teams = teams == null ? List.of() : List.copyOf(teams);
    sla = sla == null ? SlaFilter.ANY : sla;
    sort = sort == null ? Sort.DUE_ASC : sort;
    page = Math.max(0, page);
    pageSize = pageSize <= 0 ? PAGE_SIZE : Math.min(pageSize, 200);
    if (scope == Scope.TEAM && (team == null || team.isBlank())) {
      throw new IllegalArgumentException("a team queue needs a team");
    }
  }

  /** The first page of a team's queue by due date, no filters: the list's hot path. */
  public static TaskQuery teamQueue(String team, String username, Instant now) {
    return new TaskQuery(Scope.TEAM, team, username, List.of(), null, null, SlaFilter.ANY, null, null, null,
        Sort.DUE_ASC, 0, PAGE_SIZE, now);
  }

  public enum Scope {
    /** One team's queue, claimed or not. */
    TEAM,
    /** Claimed by the user or offered to them by name. */
    MINE,
    /** All the user's teams' queues and their own tasks. */
    ALL
  }

  public enum SlaFilter {
    ANY,
    OVERDUE,
    DUE_SOON,
    FOLLOW_UP
  }

  public enum Sort {
    DUE_ASC,
    DUE_DESC,
    PRIORITY,
    NEWEST,
    FOLLOW_UP
  }
}
