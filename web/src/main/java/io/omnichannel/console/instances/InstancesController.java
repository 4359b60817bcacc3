package io.omnichannel.console.instances;

import io.camunda.client.api.command.ClientStatusException;
import io.omnichannel.history.EngineHistory;
import io.omnichannel.history.HistoryViews.Instance;
import io.omnichannel.history.HistoryViews.InstanceHistory;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instance view of a request (its path, the timestamps of every element, its variables, tasks
 * and incidents) with retry and cancel, and the list of open incidents with a batch retry.
 */
@Controller
class InstancesController {

  private static final int INCIDENTS_SHOWN = 500;

  private final EngineHistory history;
  private final InstanceTasks tasks;
  private final InstanceOperations operations;

  InstancesController(EngineHistory history, InstanceTasks tasks, InstanceOperations operations) {
    this.history = history;
    this.tasks = tasks;
    this.operations = operations;
  }

  @GetMapping("/staff/console/instances")
  String find(@RequestParam(defaultValue = "") String reference, Model model) {
    String wanted = reference.strip();
    model.addAttribute("reference", wanted);
    if (wanted.isEmpty()) {
      model.addAttribute("instances", List.of());
      return "console/instances/find";
    }
    if (wanted.matches("\\d{1,19}") && history.instance(Long.parseLong(wanted)).isPresent()) {
      return "redirect:/staff/console/instances/" + wanted;
    }
    List<Instance> instances = history.instancesOfRequest(wanted).reversed();
    if (instances.size() == 1) {
      return "redirect:/staff/console/instances/" + instances.getFirst().processInstanceKey();
    }
    model.addAttribute("instances", instances);
    return "console/instances/find";
  }

  @GetMapping("/staff/console/instances/{key}")
  String show(@PathVariable long key, Model model) {
    InstanceHistory found = history.instance(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("instance", found.instance());
    model.addAttribute("path", found.path());
    model.addAttribute("variables", found.variables());
    model.addAttribute("incidents", found.incidents());
    model.addAttribute("tasks", tasks.of(key));
    model.addAttribute("retries", operations.retriesOf(key));
    model.addAttribute("diagram", InstanceDiagram.of(found));
    return "console/instances/show";
  }

  @PostMapping("/staff/console/instances/{key}/incidents/{incidentKey}/retry")
  String retryOne(@PathVariable long key, @PathVariable long incidentKey, Principal user, RedirectAttributes redirect) {
    InstanceOperations.RetryRequested result = operations.retry(List.of(incidentKey), user.getName()).getFirst();
    redirect.addFlashAttribute("notice", result.sent()
        ? "Retry sent. The outcome is shown below once the engine has run the step again."
        : "Not retried: " + result.message() + ".");
    return "redirect:/staff/console/instances/" + key;
  }

  @PostMapping("/staff/console/instances/{key}/cancel")
  String cancel(
      @PathVariable long key,
      @RequestParam(defaultValue = "") String reason,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Instance instance = history.instance(key).map(InstanceHistory::instance)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    String error = reason.isBlank() ? "Please give the reason, so colleagues and the customer's history know why."
        : reason.strip().length() > InstanceOperations.MAX_REASON ? "Please keep the reason under 2,000 characters."
        : !"ACTIVE".equals(instance.state()) ? "This instance is no longer running."
        : null;
    if (error != null) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("cancelError", error);
      model.addAttribute("cancelReason", reason);
      return show(key, model);
    }
    try {
      operations.cancel(key, reason.strip(), user.getName());
    } catch (ClientStatusException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("cancelError", "The engine did not cancel it: " + e.getStatus().getDescription());
      return show(key, model);
    }
    redirect.addFlashAttribute("notice", "Cancelled. The request has no owner now; the watchdog lists it until someone takes it over.");
    return "redirect:/staff/console/instances/" + key;
  }

  @GetMapping("/staff/console/incidents")
  String incidents(Model model) {
    model.addAttribute("incidents", history.openIncidents(INCIDENTS_SHOWN));
    model.addAttribute("maxSelection", InstanceOperations.MAX_SELECTION);
    return "console/instances/incidents";
  }

  @PostMapping("/staff/console/incidents/retry")
  String retrySelected(
      @RequestParam(name = "incident", required = false) List<Long> selected,
      Principal user,
      HttpServletResponse response,
      Model model) {
    if (selected == null || selected.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("selectionError", "Please select the incidents to retry.");
      return incidents(model);
    }
    if (selected.size() > InstanceOperations.MAX_SELECTION) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("selectionError", "Please select at most " + InstanceOperations.MAX_SELECTION + " incidents at a time.");
      return incidents(model);
    }
    model.addAttribute("results", operations.retry(selected, user.getName()));
    return incidents(model);
  }
}
