package io.omnichannel.tasklist;

import io.omnichannel.tasks.TaskAccessDeniedException;
import io.omnichannel.tasks.TaskConflictException;
import io.omnichannel.tasks.TaskGoneException;
import io.omnichannel.tasks.TaskNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A task that is gone, taken or not one's own gets a page that says so, never a stack trace. An
 * htmx action gets the message in the page's message area, with the same status.
 */
@ControllerAdvice(assignableTypes = {TaskListController.class, TaskController.class})
class TaskListAdvice {

  @ExceptionHandler(TaskNotFoundException.class)
  String notFound(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return answer(HttpStatus.NOT_FOUND, "This task does not exist.", model, request, response);
  }

  @ExceptionHandler({TaskGoneException.class, TaskConflictException.class})
  String gone(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return answer(HttpStatus.CONFLICT, e.getMessage(), model, request, response);
  }

  @ExceptionHandler(TaskAccessDeniedException.class)
  String denied(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
    return answer(
        HttpStatus.FORBIDDEN, "This task belongs to a team you are not a member of.", model, request, response);
  }

  private static String answer(
      HttpStatus status, String message, Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(status.value());
    model.addAttribute("message", message);
    if (Htmx.isFragmentRequest(request)) {
      Htmx.retarget(response, "#messages", "outerHTML");
      model.addAttribute("problem", message);
      model.addAttribute("taskGone", true);
      return "tasklist/fragments :: messages";
    }
    return "tasklist/gone";
  }
}
