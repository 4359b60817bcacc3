package io.omnichannel.tasks;

import java.time.Duration;
import java.util.Map;

/** The engine's side of a user task: the job behind it. */
public interface TaskEngine {

  /** @throws TaskGoneException when the engine no longer knows the job */
  void complete(long jobKey, Map<String, Object> variables);

  /** Keeps the job activated for {@code lease} from now. @throws TaskGoneException when the job is gone */
  void extendLease(long jobKey, Duration lease);
}
