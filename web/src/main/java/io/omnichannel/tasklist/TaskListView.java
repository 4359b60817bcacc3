package io.omnichannel.tasklist;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.QueueCount;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskPage;
import io.omnichannel.tasks.TaskQuery;
import io.omnichannel.tasks.TaskService;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What the list page and its fragments show for a filter: the page of rows, the tabs with counts. */
@Component
class TaskListView {

  /** The channels the filter offers; the request types come from the journeys. */
  static final List<String> CHANNELS = List.of("WEB", "EMAIL", "PHONE", "STORE", "API");
  /** What htmx gets: the results, and out of band the tabs, the filter form's queue and any message. */
  static final String FRAGMENT = "tasklist/list :: htmx";

  private final TaskService tasks;
  private final StaffDirectory staff;
  private final TaskListProperties properties;
  private final Journeys journeys;
  private final Clock clock;

  TaskListView(TaskService tasks, StaffDirectory staff, TaskListProperties properties, Journeys journeys, Clock clock) {
    this.tasks = tasks;
    this.staff = staff;
    this.properties = properties;
    this.journeys = journeys;
    this.clock = clock;
  }

  /** Fills the model for {@code tasklist/list}. @return the list's canonical link, for the URL bar */
  String fill(TaskListFilter filter, String username, Model model) {
    Instant now = clock.instant();
    List<String> teams = tasks.teamsOf(username);
    TaskQuery query = filter.toQuery(username, teams, now);
    TaskPage page = tasks.list(query);
    List<QueueCount> counts = tasks.queueCounts(username);
    String view = query.scope() == TaskQuery.Scope.TEAM ? query.team() : query.scope().name().toLowerCase();
    String link = filter.link(view, page.page());
    model.addAttribute("filter", filter);
    model.addAttribute("tasks", page.tasks().stream().map(t -> TaskRow.of(t, now)).toList());
    model.addAttribute("assignable", assignable(page.tasks(), username));
    model.addAttribute("page", page);
    model.addAttribute("view", view);
    model.addAttribute("queues", counts.stream().map(c -> new Queue(c.team(), teamName(c.team()), c.open(), c.overdue())).toList());
    model.addAttribute("mine", tasks.myCount(username));
    model.addAttribute("allOpen", counts.stream().mapToLong(QueueCount::open).sum());
    model.addAttribute("types", journeys.requestTypes());
    model.addAttribute("channels", CHANNELS);
    model.addAttribute("listLink", link);
    model.addAttribute("refreshSeconds", properties.refreshSeconds());
    return link;
  }

  /** For a team lead: to whom each task of the page may go (job key → colleagues); empty for others. */
  private Map<Long, List<StaffUser>> assignable(List<StaffTask> page, String username) {
    Set<String> teams = tasks.teamsAssignableBy(username);
    Map<List<String>, List<StaffUser>> colleaguesOfTeams = new HashMap<>();
    Map<Long, List<StaffUser>> assignable = new HashMap<>();
    for (StaffTask task : page) {
      if (task.candidateGroups().stream().anyMatch(teams::contains)) {
        assignable.put(
            task.jobKey(), colleaguesOfTeams.computeIfAbsent(task.candidateGroups(), groups -> tasks.colleaguesFor(task)));
      }
    }
    return assignable;
  }

  private String teamName(String teamId) {
    return staff.team(teamId).map(Team::name).orElse(teamId);
  }

  /** A tab of the list: a team queue with its counts. */
  record Queue(String id, String name, long open, long overdue) {}
}
