package io.omnichannel.tasklist;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff's queues: everything of their teams, their own tasks, each team's queue; filtered,
 * searched, paged. To htmx it answers the rows, tabs and counts only (see {@code tasklist/list ::
 * htmx}), and pushes the list's canonical URL unless the list is only refreshing itself.
 */
@Controller
@RequestMapping("/staff/tasks")
class TaskListController {

  private final TaskListView view;

  TaskListController(TaskListView view) {
    this.view = view;
  }

  @GetMapping
  String list(
      @ModelAttribute("filter") TaskListFilter filter,
      Principal user,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response) {
    String link = view.fill(filter, user.getName(), model);
    Htmx.variesByRequest(response);
    if (!Htmx.isFragmentRequest(request)) {
      return "tasklist/list";
    }
    if (!Htmx.isRefresh(request)) {
      Htmx.pushUrl(response, link);
    }
    return TaskListView.FRAGMENT;
  }
}
