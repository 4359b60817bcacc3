package io.omnichannel.outbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.stereotype.Component;

@Component
class CamundaMessagePublisher implements ProcessMessagePublisher {

  private final CamundaClient camunda;

  CamundaMessagePublisher(CamundaClient camunda) {
    this.camunda = camunda;
  }

  @Override
  public CompletableFuture<Void> publish(String messageName, String correlationKey, String messageId, String variablesJson) {
    return camunda
        .newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(correlationKey)
        .messageId(messageId)
        .variables(variablesJson)
        .send()
        .toCompletableFuture()
        .handle(
            (published, error) -> {
              // The broker already holds a message with this id: an earlier attempt was published but its
              // answer got lost. Retrying until the message expires could start the journey a second time.
              if (error == null || statusOf(error) == Status.Code.ALREADY_EXISTS) {
                return null;
              }
              if (engineBusy(error)) {
                throw new CompletionException(new EngineBusyException(causeOf(error)));
              }
              throw error instanceof CompletionException completion ? completion : new CompletionException(error);
            });
  }

  /** The engine's backpressure: RESOURCE_EXHAUSTED over gRPC, 429 or 503 over REST. */
  static boolean engineBusy(Throwable error) {
    if (causeOf(error) instanceof ClientHttpException http) {
      return http.code() == 429 || http.code() == 503;
    }
    return statusOf(error) == Status.Code.RESOURCE_EXHAUSTED;
  }

  private static Status.Code statusOf(Throwable error) {
    Throwable cause = causeOf(error);
    return cause instanceof ClientStatusException status ? status.getStatusCode() : Status.fromThrowable(cause).getCode();
  }

  private static Throwable causeOf(Throwable error) {
    return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
  }
}
