package io.omnichannel.journeys.manualrequest;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReviewDecisionTest {

  @Test
  void sendingAManualNeedsADocumentOfTheLibrary() {
    UUID manual = UUID.randomUUID();

    Map<String, Object> variables =
        ReviewDecision.from(Map.of("decision", "SEND_MANUAL", "manualDocumentId", manual.toString())).toVariables();

    assertThat(variables)
        .containsEntry("decision", "SEND_MANUAL")
        .containsEntry("manualDocumentId", manual.toString())
        .containsEntry("answerText", null)
        .containsEntry("questionText", null);
    assertThat(errorsOf(Map.of("decision", "SEND_MANUAL", "manualDocumentId", "kitchen.pdf")))
        .containsOnlyKeys("manualDocumentId");
  }

  @Test
  void anAnswerNeedsAtLeastTwentyCharactersWithoutSurroundingBlanks() {
    assertThat(errorsOf(Map.of("decision", "ANSWER", "answerText", "   short answer      "))).containsOnlyKeys("answerText");

    Map<String, Object> variables =
        ReviewDecision.from(Map.of("decision", "ANSWER", "answerText", "  The manual is on its way by post.  ")).toVariables();

    assertThat(variables)
        .containsEntry("answerText", "The manual is on its way by post.")
        .containsEntry("manualDocumentId", null);
  }

  @Test
  void askingTheCustomerNeedsAQuestionOfAtLeastTenCharacters_andClearsTheOtherChoices() {
    assertThat(errorsOf(Map.of("decision", "ASK_CUSTOMER", "questionText", "  Colour?  "))).containsOnlyKeys("questionText");
    assertThat(errorsOf(Map.of("decision", "ASK_CUSTOMER"))).containsOnlyKeys("questionText");

    Map<String, Object> variables =
        ReviewDecision.from(
                Map.of(
                    "decision", "ASK_CUSTOMER",
                    "questionText", "  Which colour is the type plate?  ",
                    "answerText", "a stale answer from an earlier attempt"))
            .toVariables();

    assertThat(variables)
        .containsEntry("decision", "ASK_CUSTOMER")
        .containsEntry("questionText", "Which colour is the type plate?")
        .containsEntry("answerText", null)
        .containsEntry("manualDocumentId", null);
  }

  @Test
  void aDecisionMustBeChosen() {
    assertThat(errorsOf(Map.of())).containsOnlyKeys("decision");
    assertThat(errorsOf(Map.of("decision", "IGNORE"))).containsOnlyKeys("decision");
  }

  private static Map<String, String> errorsOf(Map<String, ?> input) {
    try {
      ReviewDecision.from(input);
    } catch (TaskFormValidationException e) {
      return e.fieldErrors();
    }
    throw new AssertionError("no validation error for " + input);
  }
}
