package io.omnichannel.journeys.customerrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.tasks.TaskFormValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomerRequestReplyTest {

  private static Map<String, Object> complete(Map<String, ?> input) {
    return new CustomerRequestReply().variables(input, "ben");
  }

  @Test
  void anAnswerCompletesWithTheAnswerOnly() {
    var variables =
        complete(Map.of("decision", "ANSWER", "answerText", "  We refund the full price today.  ", "questionText", "stale"));

    assertThat(variables)
        .containsEntry("decision", "ANSWER")
        .containsEntry("answerText", "We refund the full price today.")
        .containsEntry("questionText", null)
        .doesNotContainKey("manualDocumentId");
  }

  @Test
  void aQuestionCompletesWithTheQuestionOnly() {
    var variables = complete(Map.of("decision", "ASK_CUSTOMER", "questionText", "Which store did you buy it in?"));

    assertThat(variables).containsEntry("decision", "ASK_CUSTOMER").containsEntry("answerText", null);
  }

  @Test
  void sendingAManualIsNoChoiceHere_andShortTextsAreRefused() {
    assertThatThrownBy(() -> complete(Map.of("decision", "SEND_MANUAL")))
        .isInstanceOfSatisfying(TaskFormValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("decision"));
    assertThatThrownBy(() -> complete(Map.of("decision", "ANSWER", "answerText", "ok")))
        .isInstanceOfSatisfying(TaskFormValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("answerText"));
    assertThatThrownBy(() -> complete(Map.of("decision", "ASK_CUSTOMER", "questionText", "?")))
        .isInstanceOfSatisfying(TaskFormValidationException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("questionText"));
  }
}
