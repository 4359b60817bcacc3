package io.omnichannel.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The task forms the journeys provide, by form key. */
@Component
public class TaskForms {

  private final Map<String, TaskForm> byKey;

  TaskForms(List<TaskForm> forms) {
    this.byKey = forms.stream().collect(Collectors.toUnmodifiableMap(TaskForm::formKey, Function.identity()));
  }

  public Optional<TaskForm> find(String formKey) {
    return formKey == null ? Optional.empty() : Optional.ofNullable(byKey.get(formKey));
  }

  /** The variables a task completes with: validated by its form, or the fields as they are when no form knows the key. */
  Map<String, Object> variablesFor(String formKey, Map<String, ?> input, String username) {
    return find(formKey).map(form -> form.variables(input, username)).orElseGet(() -> new HashMap<>(input));
  }
}
