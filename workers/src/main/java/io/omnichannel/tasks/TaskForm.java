package io.omnichannel.tasks;

import java.util.Map;

/**
 * The form of a user task, by its form key: how the task page shows it, and how the submitted
 * fields become the variables the task completes with. A journey provides one per user task of its
 * model; a task whose form key none knows completes with the fields as they are.
 */
public interface TaskForm {

  /** The form key of the user task in the model ({@code zeebe:formDefinition formKey}). */
  String formKey();

  /**
   * The Thymeleaf fragment that renders the form's fields, e.g. {@code journeys/reservation/tasks :: set-aside}.
   * It reads {@code task}, {@code request}, {@code values}, {@code errors} and what {@link #model} adds.
   */
  String fragment();

  /**
   * Validates the submitted fields.
   *
   * @param username who completes the task
   * @return the process variables; fields of choices not taken are cleared, so no stale value steers the model
   * @throws TaskFormValidationException with one message per bad field
   */
  Map<String, Object> variables(Map<String, ?> input, String username);

  /** What the fragment needs beyond the task and its request, e.g. the manuals to choose from. */
  default Map<String, Object> model(StaffTask task) {
    return Map.of();
  }
}
