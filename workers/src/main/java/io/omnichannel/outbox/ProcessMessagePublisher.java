package io.omnichannel.outbox;

import java.util.concurrent.CompletableFuture;

/** Hands a message to the process engine, without waiting for its answer. */
public interface ProcessMessagePublisher {

  /**
   * @param messageId the engine drops a second message with the same id, so a retry is a no-op
   * @param variablesJson a JSON object
   * @return completes when the engine accepted the message, exceptionally when it did not
   */
  CompletableFuture<Void> publish(String messageName, String correlationKey, String messageId, String variablesJson);
}
