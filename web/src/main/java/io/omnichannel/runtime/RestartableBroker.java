package io.omnichannel.runtime;

/**
 * The embedded broker as the runtime holds it: can be stopped and started again on the same data
 * directory and ports, e.g. to show that intake keeps accepting requests while the engine is down.
 */
final class RestartableBroker implements AutoCloseable {

  private ZeebeBroker running;
  private ZeebeBroker last;

  RestartableBroker(ZeebeBroker started) {
    this.running = started;
    this.last = started;
  }

  /** The running broker; fails when stopped. */
  synchronized ZeebeBroker running() {
    if (running == null) {
      throw new IllegalStateException("the Zeebe broker is stopped");
    }
    return running;
  }

  synchronized boolean isRunning() {
    return running != null;
  }

  synchronized void stop() {
    if (running != null) {
      running.close();
      running = null;
    }
  }

  synchronized void start() {
    if (running == null) {
      running = last.startAgain();
      last = running;
    }
  }

  @Override
  public void close() {
    stop();
  }
}
