package io.omnichannel.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping operating-system processes: politely first, then by force. */
final class Processes {

  static final Duration GRACE = Duration.ofSeconds(30);

  private Processes() {}

  /** SIGTERM, wait up to {@code grace}, then SIGKILL. Returns when the process is gone. */
  static void stop(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!awaitExit(process, grace)) {
      process.destroyForcibly();
      awaitExit(process, Duration.ofSeconds(10));
    }
  }

  static boolean awaitExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      return !process.isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }

  /** The live process whose pid is on the first line of {@code pidFile}, if there is one. */
  static Optional<ProcessHandle> fromPidFile(Path pidFile) {
    try {
      if (!Files.isRegularFile(pidFile)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(pidFile);
      if (lines.isEmpty() || lines.getFirst().isBlank()) {
        return Optional.empty();
      }
      return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  static boolean commandContains(ProcessHandle process, String text) {
    ProcessHandle.Info info = process.info();
    return info.commandLine().map(line -> line.contains(text)).orElse(false)
        || info.command().map(command -> command.contains(text)).orElse(false);
  }
}
