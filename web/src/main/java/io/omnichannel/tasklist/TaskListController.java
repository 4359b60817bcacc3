package io.omnichannel.tasklist;

import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.QueueCount;
import io.omnichannel.tasks.TaskPage;
import io.omnichannel.tasks.TaskQuery;
import io.omnichannel.tasks.TaskService;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** The staff's queues: everything of their teams, their own tasks, each team's queue; filtered, searched, paged. */
@Controller
@RequestMapping("/staff/tasks")
class TaskListController {

  /** The request types and channels the filters offer; the ledger knows these. */
  static final List<String> REQUEST_TYPES = List.of("MANUAL_REQUEST", "GENERAL_QUESTION", "COMPLAINT", "CALLBACK", "RESERVATION");
  static final List<String> CHANNELS = List.of("WEB", "EMAIL", "PHONE", "STORE", "API");

  private final TaskService tasks;
  private final StaffDirectory staff;
  private final Clock clock;

  TaskListController(TaskService tasks, StaffDirectory staff, Optional<Clock> clock) {
    this.tasks = tasks;
    this.staff = staff;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @GetMapping
  String list(@ModelAttribute("filter") TaskListFilter filter, Principal user, Model model) {
    Instant now = clock.instant();
    List<String> teams = tasks.teamsOf(user.getName());
    TaskQuery query = filter.toQuery(user.getName(), teams, now);
    TaskPage page = tasks.list(query);
    List<QueueCount> counts = tasks.queueCounts(user.getName());
    model.addAttribute("tasks", page.tasks().stream().map(t -> TaskRow.of(t, now)).toList());
    model.addAttribute("page", page);
    model.addAttribute("view", query.scope() == TaskQuery.Scope.TEAM ? query.team() : query.scope().name().toLowerCase());
    model.addAttribute("queues", counts.stream().map(c -> new Queue(c.team(), teamName(c.team()), c.open(), c.overdue())).toList());
    model.addAttribute("mine", tasks.myCount(user.getName()));
    model.addAttribute("allOpen", counts.stream().mapToLong(QueueCount::open).sum());
    model.addAttribute("types", REQUEST_TYPES);
    model.addAttribute("channels", CHANNELS);
    return "tasklist/list";
  }

  private String teamName(String teamId) {
    return staff.team(teamId).map(Team::name).orElse(teamId);
  }

  /** A tab of the list: a team queue with its counts. */
  record Queue(String id, String name, long open, long overdue) {}
}
