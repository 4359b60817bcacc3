package io.omnichannel.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks done before a server starts, so a clash gives a message naming the property. */
final class Ports {

  private static final java.util.Set<Integer> HANDED_OUT = new java.util.HashSet<>();

  private Ports() {}

  /** The configured port, or a free one when it is 0; fails clearly when the port is taken. */
  static int claim(int configured, String what, String property) {
    if (configured == 0) {
      return free();
    }
    requireFree(configured, what, property);
    return configured;
  }

  static void requireFree(int port, String what, String property) {
    if (!isFree(port)) {
      throw new EmbeddedRuntimeException(
          "Port " + port + " (" + what + ") is already in use.",
          "Stop the program that uses port "
              + port
              + ", or set "
              + property
              + " to another port (0 picks a free one). Is another instance of this application"
              + " still running?");
    }
  }

  static boolean isFree(int port) {
    // binding the wildcard address fails when anything listens on this port, on any interface
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * A free port never handed out before in this JVM: servers started in parallel (or a broker
   * stopped for a while and started again on its ports) must not be given the same port.
   */
  static int free() {
    synchronized (HANDED_OUT) {
      for (int attempt = 0; attempt < 50; attempt++) {
        int port = anyFree();
        if (HANDED_OUT.add(port)) {
          return port;
        }
      }
      throw new IllegalStateException("no free local port that was not handed out before");
    }
  }

  /** Ports picked for port 0 come from here up to the kernel's range for outgoing connections. */
  static final int LOWEST_PICKED = 20_000;

  /** The first port the kernel gives outgoing connections (Linux: 32768 unless configured). */
  static final int OUTGOING_RANGE_START = outgoingRangeStart();

  /**
   * A port that is free now, from below the kernel's range for outgoing connections when there is
   * room. A port from that range (what {@code new ServerSocket(0)} hands out) can be taken by an
   * outgoing connection, of the broker starting or of anything else, before the server it was
   * picked for binds it; the benchmark's PostgreSQL once failed so with "Address already in use".
   */
  private static int anyFree() {
    if (OUTGOING_RANGE_START > LOWEST_PICKED + 1_000) {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        int port = LOWEST_PICKED + ThreadLocalRandom.current().nextInt(OUTGOING_RANGE_START - LOWEST_PICKED);
        if (isFree(port)) {
          return port;
        }
      }
    }
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free local port", e);
    }
  }

  /**
   * Read line by line: {@code Files.readString} trusts the size a file reports, and JDK 25 returns
   * only the first character of this {@code /proc} file (size 0), which made every pick fall back
   * to the kernel's range.
   */
  private static int outgoingRangeStart() {
    try (BufferedReader lines = Files.newBufferedReader(Path.of("/proc/sys/net/ipv4/ip_local_port_range"))) {
      return Integer.parseInt(lines.readLine().trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException notLinux) {
      return 32_768;
    }
  }
}
