package io.omnichannel.tasklist;

import io.omnichannel.tasks.TaskAccessDeniedException;
import io.omnichannel.tasks.TaskConflictException;
import io.omnichannel.tasks.TaskGoneException;
import io.omnichannel.tasks.TaskNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A task that is gone, taken or not one's own gets a page that says so, never a stack trace. */
@ControllerAdvice(assignableTypes = {TaskListController.class, TaskController.class})
class TaskListAdvice {

  @ExceptionHandler(TaskNotFoundException.class)
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
