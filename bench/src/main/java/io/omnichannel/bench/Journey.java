package io.omnichannel.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One side of the comparison: how a journey is started, and how its completion is seen. */
interface Journey extends AutoCloseable {

  /** One finished journey: when it was done, and when each of its steps was done, in order. */
  record Completion(long doneEpochMillis, List<Long> stepEpochMillis) {}

  String name();

  /** The names of the steps whose times {@link Completion#stepEpochMillis()} holds. */
  List<String> stepNames();

  /** Starts one journey (each call a new one); called on its own virtual thread at its scheduled time. */
  OpenLoad.Sent start() throws Exception;

  /** The journeys among {@code ids} that are done by now. */
  Map<String, Completion> completions(Collection<String> ids) throws Exception;

  /** How many of {@code ids} met backpressure on their way into the engine after they were accepted. */
  long internalBackpressure(Collection<String> ids) throws Exception;

  /**
   * What the system said when it pushed back inside since the last call, with how often (empty when
   * the journey cannot tell): the reason a step met backpressure without any call being refused.
   */
  default Map<String, Long> internalBackpressureReasons() {
    return Map.of();
  }

  @Override
  void close();
}
