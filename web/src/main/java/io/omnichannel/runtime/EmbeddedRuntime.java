package io.omnichannel.runtime;

import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.DisposableBean;

/**
 * What the application runs on: for each backing service whether it was started here (embedded)
 * or is external, and where it is. A bean for health, the startup banner and the dev mailbox.
 * Closing it stops the embedded servers, in reverse order of start, and frees the data directory.
 */
public final class EmbeddedRuntime implements DisposableBean {

  /** How a backing service is provided. */
  public enum Mode {
    EMBEDDED,
    EXTERNAL,
    /** Not started and not configured: the application's defaults apply. */
    NONE
  }

  /** One backing service: {@code dataDir} is empty unless it is embedded and keeps files. */
  public record Service(String name, Mode mode, String endpoint, Optional<Path> dataDir) {}

  private final Path dataDir;
  private final List<Service> services;
  private final GreenMail mailServer;
  private final List<AutoCloseable> stopInReverse;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final List<Runnable> afterStop = new ArrayList<>();

  EmbeddedRuntime(
      Path dataDir, List<Service> services, GreenMail mailServer, List<AutoCloseable> started) {
    this.dataDir = dataDir;
    this.services = List.copyOf(services);
    this.mailServer = mailServer;
    this.stopInReverse = new ArrayList<>(started);
    Collections.reverse(this.stopInReverse);
  }

  public Path dataDir() {
    return dataDir;
  }

  public List<Service> services() {
    return services;
  }

  public boolean anyEmbedded() {
    return services.stream().anyMatch(service -> service.mode() == Mode.EMBEDDED);
  }

  /** The embedded SMTP/IMAP server, when mail is embedded. */
  public Optional<GreenMail> mailServer() {
    return Optional.ofNullable(mailServer);
  }

  /** Stops the embedded Zeebe broker, keeping its data; the rest of the runtime keeps running. */
  public void stopBroker() {
    broker().stop();
  }

  /** Starts the embedded Zeebe broker again on the same data directory and ports; returns once ready. */
  public void startBroker() {
    broker().start();
  }

  /** Whether the embedded broker runs (false after {@link #stopBroker()}, and while it is being restarted). */
  public boolean brokerRunning() {
    return broker().isRunning();
  }

  /** The embedded broker's process id, or -1 while it is down; for operators and the fault tests. */
  public long brokerPid() {
    return broker().status().pid();
  }

  /** What the broker's supervisor knows; empty when the broker is not embedded. */
  Optional<RestartableBroker.Status> brokerStatus() {
    return stopInReverse.stream()
        .filter(RestartableBroker.class::isInstance)
        .map(RestartableBroker.class::cast)
        .findFirst()
        .map(RestartableBroker::status);
  }

  private RestartableBroker broker() {
    return stopInReverse.stream()
        .filter(RestartableBroker.class::isInstance)
        .map(RestartableBroker.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the Zeebe broker is not embedded"));
  }

  /** Stops everything started here; safe to call more than once (context close, JVM exit). */
  public void stop() {
    if (!stopped.compareAndSet(false, true)) {
      return;
    }
    RuntimeException failure = null;
    for (AutoCloseable part : stopInReverse) {
      try {
        part.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException("could not stop the embedded runtime cleanly", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    afterStop.forEach(Runnable::run);
    if (failure != null) {
      throw failure;
    }
  }

  void onStop(Runnable action) {
    afterStop.add(action);
  }

  @Override
  public void destroy() {
    stop();
  }
}
