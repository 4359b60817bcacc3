package io.omnichannel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure was measured on, and how busy it was, so a reader can weigh the figure. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format("%d cores, %.0f GiB, Java %s (%s); load average %s",
        Runtime.getRuntime().availableProcessors(), memoryGiB(), System.getProperty("java.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAverage());
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double memoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0;
        }
      }
    } catch (IOException e) {
      // not on Linux
    }
    return Double.NaN;
  }
}
