package io.omnichannel.tasklist;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestDescription.Fact;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.StaffAccess;
import io.omnichannel.tasks.CustomerReplies;
import io.omnichannel.tasks.CustomerReply;
import io.omnichannel.tasks.ReplyTemplates;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.TaskAssignmentRefusedException;
import io.omnichannel.tasks.TaskForm;
import io.omnichannel.tasks.TaskFormValidationException;
import io.omnichannel.tasks.TaskForms;
import io.omnichannel.tasks.TaskNotFoundException;
import io.omnichannel.tasks.TaskService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One task with the customer's story, and what staff do with it: claim, release, assign, reply,
 * complete. Every action works as a plain form; htmx requests get the changed fragment instead.
 */
@Controller
@RequestMapping("/staff/tasks/{jobKey}")
class TaskController {

  private static final Pattern LIST_LINK = Pattern.compile("/staff/tasks(\\?[^#]*)?");
  private static final String MESSAGES = "tasklist/fragments :: messages";

  private final TaskService tasks;
  private final CustomerReplies replies;
  private final ReplyTemplates templates;
  private final RequestTracking requests;
  private final TaskForms forms;
  private final Journeys journeys;
  private final TaskListView listView;
  private final StaffAccess access;
  private final Clock clock;

  TaskController(
      TaskService tasks,
      CustomerReplies replies,
      ReplyTemplates templates,
      RequestTracking requests,
      TaskForms forms,
      Journeys journeys,
      TaskListView listView,
      StaffAccess access,
      Clock clock) {
    this.tasks = tasks;
    this.replies = replies;
    this.templates = templates;
    this.requests = requests;
    this.forms = forms;
    this.journeys = journeys;
    this.listView = listView;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping
  String show(
      @PathVariable long jobKey,
      @RequestParam(name = "template", required = false) String template,
      Principal user,
      Model model) {
    readable(jobKey, user);
    StaffTask task = get(jobKey);
    CustomerReply draft = template == null ? new CustomerReply("", "") : replies.draft(task, template, user.getName());
    return detail(task, user, model, Map.of(), Map.of(), draft, Map.of());
  }

  @PostMapping("/claim")
  String claim(
      @PathVariable long jobKey,
      @RequestParam(name = "list", required = false) String list,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    readable(jobKey, user);
    StaffTask task = tasks.claim(jobKey, user.getName());
    String notice =
        fromList(list) == null
            ? "You claimed this task. Colleagues of your team can still take over."
            : "You claimed " + about(task) + ".";
    return changed(task, list, "notice", notice, user, model, redirect, request, response);
  }

  @PostMapping("/release")
  String release(
      @PathVariable long jobKey,
      @RequestParam(name = "list", required = false) String list,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    readable(jobKey, user);
    StaffTask task = tasks.release(jobKey, user.getName());
    String notice =
        fromList(list) == null ? "The task is back in the team queue." : about(task) + " is back in the team queue.";
    return changed(task, list, "notice", notice, user, model, redirect, request, response);
  }

  @PostMapping("/assign")
  String assign(
      @PathVariable long jobKey,
      @RequestParam(name = "assignee", required = false) String assignee,
      @RequestParam(name = "list", required = false) String list,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    readable(jobKey, user);
    try {
      StaffTask task = tasks.assign(jobKey, user.getName(), assignee);
      String notice =
          fromList(list) == null
              ? "The task is now assigned to " + task.assignee() + "."
              : about(task) + " is now assigned to " + task.assignee() + ".";
      return changed(task, list, "notice", notice, user, model, redirect, request, response);
    } catch (TaskAssignmentRefusedException refused) {
      return changed(get(jobKey), list, "problem", refused.getMessage(), user, model, redirect, request, response);
    }
  }

  @PostMapping("/reply")
  String reply(
      @PathVariable long jobKey,
      @RequestParam(name = "replyId") UUID replyId,
      @RequestParam(name = "subject", required = false) String subject,
      @RequestParam(name = "body", required = false) String body,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    readable(jobKey, user);
    try {
      boolean sent = replies.send(jobKey, user.getName(), replyId, new CustomerReply(subject, body));
      redirect.addFlashAttribute(
          "notice", sent ? "Your reply is on its way to the customer and in the request's history." : "This reply was already sent.");
      return "redirect:/staff/tasks/" + jobKey;
    } catch (TaskFormValidationException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return detail(get(jobKey), user, model, Map.of(), Map.of(), new CustomerReply(subject, body), invalid.fieldErrors());
    }
  }

  @PostMapping("/complete")
  String complete(
      @PathVariable long jobKey,
      @RequestParam Map<String, String> form,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    readable(jobKey, user);
    Map<String, Object> input = new LinkedHashMap<>(form);
    input.remove("_csrf");
    try {
      StaffTask done = tasks.complete(jobKey, user.getName(), input);
      String notice = "Task “" + done.name() + "” for " + done.reference() + " is completed.";
      if (Htmx.isFragmentRequest(request)) {
        Htmx.redirect(request, response, "/staff/tasks", Map.of("notice", notice));
        model.addAttribute("notice", notice);
        return MESSAGES;
      }
      redirect.addFlashAttribute("notice", notice);
      return "redirect:/staff/tasks";
    } catch (TaskFormValidationException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      String page = detail(get(jobKey), user, model, invalid.fieldErrors(), form, new CustomerReply("", ""), Map.of());
      return Htmx.isFragmentRequest(request) ? page + " :: completeForm" : page;
    }
  }

  /**
   * After claim, release or assign: a plain form goes back (to the list it came from, or the task)
   * with a flash message; htmx gets the list it came from (rows and counts as they are now), or the
   * task's changed parts, in place.
   */
  private String changed(
      StaffTask task,
      String list,
      String messageKind,
      String message,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request,
      HttpServletResponse response) {
    String listLink = fromList(list);
    if (!Htmx.isFragmentRequest(request)) {
      redirect.addFlashAttribute(messageKind, message);
      return "redirect:" + (listLink == null ? "/staff/tasks/" + task.jobKey() : listLink);
    }
    model.addAttribute(messageKind, message);
    if (listLink != null) {
      listView.fill(TaskListFilter.ofLink(listLink), user.getName(), model);
      return TaskListView.FRAGMENT;
    }
    return detail(task, user, model, Map.of(), Map.of(), new CustomerReply("", ""), Map.of()) + " :: changed";
  }

  /** The list a row action came from, to go back to; only a task-list link, never another site. */
  private static String fromList(String list) {
    return list != null && LIST_LINK.matcher(list).matches() ? list : null;
  }

  private static String about(StaffTask task) {
    return "“" + task.name() + "” for " + task.reference();
  }

  private String detail(
      StaffTask task,
      Principal user,
      Model model,
      Map<String, String> errors,
      Map<String, String> input,
      CustomerReply reply,
      Map<String, String> replyErrors) {
    RequestDetails request = task.requestId() == null ? null : requests.findById(task.requestId()).orElse(null);
    model.addAttribute("task", task);
    model.addAttribute("row", TaskRow.of(task, clock.instant()));
    model.addAttribute("request", request);
    model.addAttribute("mayWork", tasks.mayWorkOn(task, user.getName()));
    model.addAttribute("mayAssign", task.isOpen() && tasks.mayAssign(task, user.getName()));
    model.addAttribute("colleagues", task.isOpen() ? tasks.colleaguesFor(task) : List.of());
    model.addAttribute("facts", request == null ? List.<Fact>of() : factsOf(request));
    Optional<TaskForm> form = forms.find(task.formKey());
    model.addAttribute("taskForm", form.map(TaskForm::fragment).orElse(null));
    form.filter(f -> task.isOpen()).ifPresent(f -> model.addAllAttributes(f.model(task)));
    model.addAttribute("errors", errors);
    model.addAttribute("input", input);
    model.addAttribute("templates", templates.all());
    model.addAttribute("reply", reply);
    model.addAttribute("replyErrors", replyErrors);
    model.addAttribute("replyId", UUID.randomUUID());
    return "tasklist/detail";
  }

  /** What the request's journey adds for staff, e.g. the number to call back. */
  private List<Fact> factsOf(RequestDetails request) {
    return journeys.type(request.type())
        .flatMap(type -> requests.summaryOf(request.id()).map(summary -> type.description().facts(summary)))
        .orElse(List.of());
  }

  private StaffTask get(long jobKey) {
    return tasks.find(jobKey).orElseThrow(() -> new TaskNotFoundException(jobKey));
  }

  /** A task the user may not read is answered like one that does not exist: job keys are sequential. */
  private StaffTask readable(long jobKey, Principal user) {
    StaffTask task = get(jobKey);
    if (!access.mayReadTask(task, user.getName())) {
      throw new TaskNotFoundException(jobKey);
    }
    return task;
  }
}
