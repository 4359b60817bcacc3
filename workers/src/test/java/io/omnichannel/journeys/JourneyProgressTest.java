package io.omnichannel.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The step derivation on the real process models, as deployed from the processes module. */
class JourneyProgressTest {

  private static final Instant EXPECTED = Instant.parse("2026-11-26T16:00:00Z");
  private final JourneyModel model =
      JourneyModel.fromClasspath("bpmn/manual-request.bpmn", "bpmn/customer-request.bpmn", "bpmn/reservation.bpmn");

  @Test
  void modelsDeclareTheCustomerStepsInFlowOrder() {
    assertThat(model.steps("manual-request"))
        .extracting(JourneyStep::label)
        .containsExactly(
            "We received your request",
            "We confirm your request by e-mail",
            "We check your purchase",
            "We look for your manual in our library",
            "A colleague looks at your request",
            "We send you our answer",
            "We send you the manual",
            "Our e-mail reaches you",
            "Your request is closed");
    assertThat(model.steps("customer-request"))
        .extracting(JourneyStep::label)
        .containsExactly(
            "We received your request",
            "We confirm your request by e-mail",
            "A colleague works on your request",
            "We send you our answer",
            "Our e-mail reaches you",
            "Your request is closed");
    assertThat(model.steps("manual-request").get(4).startedBy()).containsExactly("TASK_CREATED");
  }

  @Test
  void freshRequestIsReceivedWithTheConfirmationCurrentAndExpectedTime() {
    List<CustomerStep> steps = derive("manual-request", Set.of("RECEIVED"));

    assertThat(steps)
        .containsExactly(
            new CustomerStep("We received your request", StepState.DONE, null),
            new CustomerStep("We confirm your request by e-mail", StepState.CURRENT, EXPECTED),
            new CustomerStep("We check your purchase", StepState.NEXT, null));
  }

  @Test
  void requestWaitingForAColleagueShowsTheReviewAsCurrentAndHidesTheSkippedLibrary() {
    List<CustomerStep> steps =
        derive("manual-request", Set.of("RECEIVED", "ACKNOWLEDGED", "PURCHASE_NOT_VERIFIED", "TASK_CREATED"));

    assertThat(steps)
        .extracting(CustomerStep::label, CustomerStep::state)
        .containsExactly(
            tuple("We received your request", StepState.DONE),
            tuple("We confirm your request by e-mail", StepState.DONE),
            tuple("We check your purchase", StepState.DONE),
            tuple("A colleague looks at your request", StepState.CURRENT),
            tuple("We send you our answer", StepState.NEXT));
  }

  @Test
  void automaticallyAnsweredRequestShowsOnlyTheBranchItTook() {
    List<CustomerStep> steps =
        derive(
            "manual-request",
            Set.of("RECEIVED", "ACKNOWLEDGED", "PURCHASE_VERIFIED", "MANUAL_FOUND", "MANUAL_SENT", "MAIL_SENT", "ANSWER_DELIVERED", "CLOSED"));

    assertThat(steps).allMatch(CustomerStep::done);
    assertThat(steps)
        .extracting(CustomerStep::label)
        .containsExactly(
            "We received your request",
            "We confirm your request by e-mail",
            "We check your purchase",
            "We look for your manual in our library",
            "We send you the manual",
            "Our e-mail reaches you",
            "Your request is closed");
  }

  @Test
  void answeredCustomerRequestSkipsNothingItDid() {
    List<CustomerStep> steps =
        derive("customer-request", Set.of("RECEIVED", "ACKNOWLEDGED", "TASK_CREATED", "TASK_COMPLETED"));

    assertThat(steps)
        .extracting(CustomerStep::label, CustomerStep::state)
        .containsExactly(
            tuple("We received your request", StepState.DONE),
            tuple("We confirm your request by e-mail", StepState.DONE),
            tuple("A colleague works on your request", StepState.DONE),
            tuple("We send you our answer", StepState.CURRENT),
            tuple("Our e-mail reaches you", StepState.NEXT));
  }

  @Test
  void aReservationSetAsideByTheStore_showsHerPickupAsTheCurrentStep() {
    assertThat(model.steps("reservation"))
        .extracting(JourneyStep::label)
        .containsExactly(
            "We received your reservation",
            "We confirm your reservation by e-mail",
            "We hold the piece for you at the store",
            "The store sets the piece aside",
            "You get your pickup code",
            "You pick it up in the store",
            "Our e-mail reaches you",
            "Your reservation is closed");

    List<CustomerStep> steps =
        derive("reservation", Set.of("RECEIVED", "ACKNOWLEDGED", "STOCK_HELD", "TASK_CREATED", "TASK_COMPLETED", "PICKUP_CODE_SENT"));

    assertThat(steps)
        .extracting(CustomerStep::label, CustomerStep::state)
        .contains(
            org.assertj.core.groups.Tuple.tuple("You get your pickup code", StepState.DONE),
            org.assertj.core.groups.Tuple.tuple("You pick it up in the store", StepState.CURRENT));
  }

  @Test
  void aReservationPickedUpAtTheCounterShowsNoMailToWaitFor() {
    List<CustomerStep> steps =
        derive(
            "reservation",
            Set.of("RECEIVED", "ACKNOWLEDGED", "STOCK_HELD", "TASK_CREATED", "TASK_COMPLETED", "PICKUP_CODE_SENT", "PICKED_UP", "CLOSED"));

    assertThat(steps).allMatch(CustomerStep::done);
    assertThat(steps).extracting(CustomerStep::label).doesNotContain("Our e-mail reaches you").endsWith("Your reservation is closed");
  }

  private List<CustomerStep> derive(String processId, Set<String> kinds) {
    return JourneyProgress.derive(model.steps(processId), kinds, EXPECTED);
  }
}
