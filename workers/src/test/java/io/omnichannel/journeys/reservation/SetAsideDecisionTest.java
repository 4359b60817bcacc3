package io.omnichannel.journeys.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.processes.ReservationProcess.Variables;
import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The store's answer to "Confirm set-aside", checked on the server before the task completes. */
class SetAsideDecisionTest {

  private static Map<String, Object> variables(Map<String, ?> input) {
    return new SetAsideForm().variables(input, "mia");
  }

  @Test
  void confirmed_carriesWhoConfirmed_andNoStaleNote() {
    assertThat(variables(Map.of(Variables.SET_ASIDE, "CONFIRMED", Variables.SET_ASIDE_NOTE, "left over text")))
        .containsEntry(Variables.SET_ASIDE, "CONFIRMED")
        .containsEntry(Variables.CONFIRMED_BY, "mia")
        .containsEntry(Variables.SET_ASIDE_NOTE, null);
  }

  @Test
  void notAvailable_needsANoteForTheCustomer() {
    assertThatThrownBy(() -> variables(Map.of(Variables.SET_ASIDE, "NOT_AVAILABLE", Variables.SET_ASIDE_NOTE, "no")))
        .isInstanceOfSatisfying(TaskFormValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(Variables.SET_ASIDE_NOTE));
    assertThat(variables(Map.of(Variables.SET_ASIDE, "NOT_AVAILABLE", Variables.SET_ASIDE_NOTE, " The last one is scratched. ")))
        .containsEntry(Variables.SET_ASIDE_NOTE, "The last one is scratched.");
  }

  @Test
  void noAnswer_isRefused() {
    assertThatThrownBy(() -> variables(Map.of()))
        .isInstanceOfSatisfying(TaskFormValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys(Variables.SET_ASIDE));
    assertThatThrownBy(() -> variables(Map.of(Variables.SET_ASIDE, "MAYBE")))
        .isInstanceOf(TaskFormValidationException.class);
  }
}
