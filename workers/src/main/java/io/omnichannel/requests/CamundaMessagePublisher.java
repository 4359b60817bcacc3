package io.omnichannel.requests;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import org.springframework.stereotype.Component;

@Component
class CamundaMessagePublisher implements ProcessMessagePublisher {

  private final CamundaClient camunda;

  CamundaMessagePublisher(CamundaClient camunda) {
    this.camunda = camunda;
  }

  @Override
  public void publish(String messageName, String correlationKey, String messageId, String variablesJson) {
    try {
      camunda
          .newPublishMessageCommand()
          .messageName(messageName)
          .correlationKey(correlationKey)
          .messageId(messageId)
          .variables(variablesJson)
          .send()
          .join();
    } catch (ClientStatusException e) {
      // The broker already holds a message with this id: an earlier attempt was published but its
      // answer got lost. Retrying until the message expires could start the journey a second time.
      if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
        throw e;
      }
    }
  }
}
