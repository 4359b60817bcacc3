package io.omnichannel.requests;

import io.camunda.client.CamundaClient;
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
              if (error == null || alreadyExists(error)) {
                return null;
              }
              throw error instanceof CompletionException completion ? completion : new CompletionException(error);
            });
  }

  private static boolean alreadyExists(Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    Status.Code code =
        cause instanceof ClientStatusException status ? status.getStatusCode() : Status.fromThrowable(cause).getCode();
    return code == Status.Code.ALREADY_EXISTS;
  }
}
