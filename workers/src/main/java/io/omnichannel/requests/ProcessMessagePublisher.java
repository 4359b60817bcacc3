package io.omnichannel.requests;

/** Hands a message to the process engine; throws when the engine did not accept it. */
public interface ProcessMessagePublisher {

  /**
   * @param messageId the engine drops a second message with the same id, so a retry is a no-op
   * @param variablesJson a JSON object
   */
  void publish(String messageName, String correlationKey, String messageId, String variablesJson);
}
