package io.omnichannel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Which of the engine's answers are its backpressure, as the Camunda client reports them. */
class CamundaMessagePublisherTest {

  @Test
  void resourceExhaustedOverGrpcIsTheEnginesBackpressure() {
    var refusal = new ClientStatusException(Status.RESOURCE_EXHAUSTED.withDescription("request limit is exhausted"), null);

    assertThat(CamundaMessagePublisher.engineBusy(new CompletionException(refusal))).isTrue();
    assertThat(CamundaMessagePublisher.engineBusy(refusal)).isTrue();
  }

  @Test
  void tooManyRequestsOrUnavailableOverRestIsTheEnginesBackpressure() {
    assertThat(CamundaMessagePublisher.engineBusy(new ClientHttpException(429, "Too Many Requests"))).isTrue();
    assertThat(CamundaMessagePublisher.engineBusy(new ClientHttpException(503, "Service Unavailable"))).isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(CamundaMessagePublisher.engineBusy(new ClientStatusException(Status.UNAVAILABLE, null))).isFalse();
    assertThat(CamundaMessagePublisher.engineBusy(new ClientStatusException(Status.INVALID_ARGUMENT, null))).isFalse();
    assertThat(CamundaMessagePublisher.engineBusy(new ClientHttpException(400, "Bad Request"))).isFalse();
    assertThat(CamundaMessagePublisher.engineBusy(new IllegalStateException("io exception"))).isFalse();
  }
}
