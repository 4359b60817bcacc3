package io.omnichannel.tasklist;

import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.processes.ManualRequestProcess.Variables;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskAccessDeniedException;
import io.omnichannel.tasks.TaskConflictException;
import io.omnichannel.tasks.TaskFormValidationException;
import io.omnichannel.tasks.TaskGoneException;
import io.omnichannel.tasks.TaskNotFoundException;
import io.omnichannel.tasks.TaskService;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff's open tasks of their teams, one task with the customer's story, and its completion. */
@Controller
@RequestMapping("/staff/tasks")
class TaskListController {

  private final TaskService tasks;
  private final RequestTracking requests;
  private final ManualLibrary library;
  private final Clock clock;

  TaskListController(TaskService tasks, RequestTracking requests, ManualLibrary library, Optional<Clock> clock) {
    this.tasks = tasks;
    this.requests = requests;
    this.library = library;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @GetMapping
  String list(Principal user, Model model) {
    model.addAttribute("tasks", tasks.openTasksFor(user.getName()).stream().map(this::row).toList());
    return "tasklist/list";
  }

  @GetMapping("/{jobKey}")
  String show(@PathVariable long jobKey, Principal user, Model model) {
    StaffTask task = tasks.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
    return detail(task, user, model, Map.of(), Map.of());
  }

  @PostMapping("/{jobKey}/claim")
  String claim(@PathVariable long jobKey, Principal user, RedirectAttributes redirect) {
    tasks.claim(jobKey, user.getName());
    redirect.addFlashAttribute("notice", "You claimed this task. Colleagues of your team can still take over.");
    return "redirect:/staff/tasks/" + jobKey;
  }

  @PostMapping("/{jobKey}/release")
  String release(@PathVariable long jobKey, Principal user, RedirectAttributes redirect) {
    tasks.release(jobKey, user.getName());
    redirect.addFlashAttribute("notice", "The task is back in the team queue.");
    return "redirect:/staff/tasks/" + jobKey;
  }

  @PostMapping("/{jobKey}/complete")
  String complete(
      @PathVariable long jobKey,
      @RequestParam Map<String, String> form,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Map<String, Object> input = new LinkedHashMap<>(form);
    input.remove("_csrf");
    try {
      StaffTask done = tasks.complete(jobKey, user.getName(), input);
      redirect.addFlashAttribute(
          "notice", "Task “" + done.name() + "” for " + done.reference() + " is completed.");
      return "redirect:/staff/tasks";
    } catch (TaskFormValidationException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      StaffTask task = tasks.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
      return detail(task, user, model, invalid.fieldErrors(), form);
    }
  }

  private String detail(
      StaffTask task, Principal user, Model model, Map<String, String> errors, Map<String, String> input) {
    RequestDetails request = task.requestId() == null ? null : requests.findById(task.requestId()).orElse(null);
    model.addAttribute("task", task);
    model.addAttribute("row", row(task));
    model.addAttribute("request", request);
    model.addAttribute("mayWork", tasks.mayWorkOn(task, user.getName()));
    model.addAttribute("manuals", library.allManuals());
    model.addAttribute(
        "suggestedManual",
        request == null ? null : library.findManual(request.typeNumber()).map(m -> m.id().toString()).orElse(null));
    model.addAttribute("errors", errors);
    model.addAttribute("input", input);
    model.addAttribute("decisionField", Variables.DECISION);
    return "tasklist/detail";
  }

  private TaskRow row(StaffTask task) {
    return TaskRow.of(task, clock.instant());
  }

  @ExceptionHandler({TaskNotFoundException.class})
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(RuntimeException e, Model model) {
    model.addAttribute("message", "This task does not exist.");
    return "tasklist/gone";
  }

  @ExceptionHandler({TaskGoneException.class, TaskConflictException.class})
  @ResponseStatus(HttpStatus.CONFLICT)
  String gone(RuntimeException e, Model model) {
    model.addAttribute("message", e.getMessage());
    return "tasklist/gone";
  }

  @ExceptionHandler(TaskAccessDeniedException.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String denied(RuntimeException e, Model model) {
    model.addAttribute("message", "This task belongs to a team you are not a member of.");
    return "tasklist/gone";
  }
}
