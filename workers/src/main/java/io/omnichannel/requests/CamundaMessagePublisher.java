package io.omnichannel.requests;

import io.camunda.client.CamundaClient;
import org.springframework.stereotype.Component;

@Component
class CamundaMessagePublisher implements ProcessMessagePublisher {

  private final CamundaClient camunda;

  CamundaMessagePublisher(CamundaClient camunda) {
    this.camunda = camunda;
  }

  @Override
  public void publish(String messageName, String correlationKey, String messageId, String variablesJson) {
    camunda
        .newPublishMessageCommand()
        .messageName(messageName)
        .correlationKey(correlationKey)
        .messageId(messageId)
        .variables(variablesJson)
        .send()
        .join();
  }
}
