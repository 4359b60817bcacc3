package io.omnichannel.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a command in a small shell that runs it in the background and ends it when the parent
 * process disappears, even when the parent was killed with {@code kill -9} and ran no shutdown
 * hook: once a second it checks the parent; when the parent is gone it sends SIGTERM to the child,
 * and SIGKILL if the child is still there 30 s later.
 */
final class ParentWatchdog {

  private static final String SCRIPT =
      """
      parent=$1; shift
      "$@" &
      child=$!
      trap 'kill -TERM $child 2>/dev/null' TERM INT HUP
      while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
      kill -TERM "$child" 2>/dev/null
      i=0
      while kill -0 "$child" 2>/dev/null && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done
      kill -KILL "$child" 2>/dev/null
      wait "$child"
      """;

  private ParentWatchdog() {}

  /** {@code command}, run as a child of a watchdog shell that watches {@code parentPid}. */
  static List<String> wrap(long parentPid, List<String> command) {
    List<String> wrapped = new ArrayList<>(List.of("sh", "-c", SCRIPT, "watchdog"));
    wrapped.add(String.valueOf(parentPid));
    wrapped.addAll(command);
    return wrapped;
  }
}
