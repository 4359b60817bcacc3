package io.omnichannel.tasks;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.command.FinalCommandStep;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link TaskEngine} over the Camunda client; a NOT_FOUND answer (gRPC or REST) means the job is gone. */
@Component
class CamundaTaskEngine implements TaskEngine {

  private final CamundaClient client;

  CamundaTaskEngine(CamundaClient client) {
    this.client = client;
  }

  @Override
  public void complete(long jobKey, Map<String, Object> variables) {
    send(jobKey, client.newCompleteCommand(jobKey).variables(variables));
  }

  @Override
  public void extendLease(long jobKey, Duration lease) {
    send(jobKey, client.newUpdateTimeoutCommand(jobKey).timeout(lease));
  }

  private static void send(long jobKey, FinalCommandStep<?> command) {
    try {
      command.send().join();
    } catch (ClientStatusException e) {
      if (e.getStatusCode() == Status.Code.NOT_FOUND) {
        throw new TaskGoneException(jobKey, e);
      }
      throw e;
    } catch (ClientHttpException e) {
      if (e.code() == 404) {
        throw new TaskGoneException(jobKey, e);
      }
      throw e;
    }
  }
}
