package io.omnichannel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time spent by each part of the stack, read from {@code /proc} (Linux): the application's
 * JVM, the broker's JVM, PostgreSQL (the postmaster, its live backends and the backends that
 * already ended) and the benchmark's own JVM (the load generator and, in the raw phase, the no-op
 * workers). On two shared cores the parts compete for the same CPU, so the CPU a journey costs
 * each of them says where the product's ceiling comes from.
 */
final class CpuTime {

  /** Clock ticks per second of {@code /proc/<pid>/stat}; 100 on every Linux this runs on. */
  private static final double TICKS_PER_SECOND = 100;

  /** CPU seconds of each part at one moment, in a fixed order. */
  record Sample(Map<String, Double> seconds, double compilerSeconds, double machineBusySeconds, long atNanos) {

    Usage since(Sample earlier) {
      Map<String, Double> spent = new LinkedHashMap<>();
      seconds.forEach((part, now) -> spent.put(part, now - earlier.seconds.getOrDefault(part, 0.0)));
      return new Usage(spent, compilerSeconds - earlier.compilerSeconds, machineBusySeconds - earlier.machineBusySeconds,
          (atNanos - earlier.atNanos) / 1e9);
    }
  }

  /**
   * CPU seconds each part spent between two samples, of them the seconds the three JVMs' JIT
   * compiler threads spent, and the busy CPU seconds of the whole machine.
   */
  record Usage(Map<String, Double> seconds, double compilerSeconds, double machineBusySeconds, double wallSeconds) {

    /** Cores the JIT compilers kept busy on average. */
    double compilerCores() {
      return wallSeconds == 0 ? Double.NaN : compilerSeconds / wallSeconds;
    }

    double compilerMillisPer(long journeys) {
      return journeys == 0 ? Double.NaN : 1000 * compilerSeconds / journeys;
    }

    /** Milliseconds of CPU of one part per journey. */
    double millisPer(String part, long journeys) {
      return journeys == 0 ? Double.NaN : 1000 * seconds.getOrDefault(part, 0.0) / journeys;
    }

    double totalMillisPer(long journeys) {
      return journeys == 0 ? Double.NaN : 1000 * seconds.values().stream().mapToDouble(Double::doubleValue).sum() / journeys;
    }

    /** Share of all cores that were busy (any process), 0..1. */
    double machineBusyShare() {
      return wallSeconds == 0 ? Double.NaN : machineBusySeconds / wallSeconds / Runtime.getRuntime().availableProcessors();
    }
  }

  static final String APPLICATION = "application";
  static final String BROKER = "broker";
  static final String POSTGRES = "PostgreSQL";
  static final String BENCHMARK = "benchmark";
  static final List<String> PARTS = List.of(APPLICATION, BROKER, POSTGRES, BENCHMARK);

  private final ProcessHandle application;
  private final ProcessHandle broker;
  private final ProcessHandle postmaster;

  CpuTime(ProcessHandle application, ProcessHandle broker, ProcessHandle postmaster) {
    this.application = application;
    this.broker = broker;
    this.postmaster = postmaster;
  }

  Sample sample() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put(APPLICATION, ownSeconds(application.pid()));
    seconds.put(BROKER, ownSeconds(broker.pid()));
    seconds.put(POSTGRES, ownAndEndedChildrenSeconds(postmaster.pid())
        + postmaster.children().mapToDouble(backend -> ownSeconds(backend.pid())).sum());
    seconds.put(BENCHMARK, ownSeconds(ProcessHandle.current().pid()));
    double compilers = compilerSeconds(application.pid()) + compilerSeconds(broker.pid()) + compilerSeconds(ProcessHandle.current().pid());
    return new Sample(seconds, compilers, machineBusySeconds(), System.nanoTime());
  }

  /** The postmaster of the PostgreSQL server whose data directory lies under {@code dataDir}. */
  static Optional<ProcessHandle> postmasterUnder(Path dataDir) {
    String dir = dataDir.toString();
    return ProcessHandle.allProcesses()
        .filter(CpuTime::isPostgres)
        .filter(process -> process.info().arguments().map(args -> List.of(args).contains("-D")
            && List.of(args).stream().anyMatch(arg -> arg.startsWith(dir))).orElse(false))
        .filter(process -> process.parent().map(parent -> !isPostgres(parent)).orElse(true))
        .findFirst();
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
  }

  /** utime + stime of the JVM's JIT compiler threads ({@code C1 CompilerThread0}, … named as the kernel shortens them). */
  private static double compilerSeconds(long pid) {
    try (var threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return threads
          .map(thread -> Stat.read(thread.resolve("stat")))
          .filter(stat -> stat.name().startsWith("C1 CompilerThre") || stat.name().startsWith("C2 CompilerThre"))
          .mapToDouble(stat -> (stat.times()[0] + stat.times()[1]) / TICKS_PER_SECOND)
          .sum();
    } catch (IOException | RuntimeException notLinux) {
      return 0;
    }
  }

  /** utime + stime of the process (all its threads). */
  private static double ownSeconds(long pid) {
    long[] times = times(pid);
    return (times[0] + times[1]) / TICKS_PER_SECOND;
  }

  /** utime + stime + cutime + cstime: PostgreSQL backends that ended are counted in their postmaster's children times. */
  private static double ownAndEndedChildrenSeconds(long pid) {
    long[] times = times(pid);
    return (times[0] + times[1] + times[2] + times[3]) / TICKS_PER_SECOND;
  }

  private static long[] times(long pid) {
    return Stat.read(Path.of("/proc", Long.toString(pid), "stat")).times();
  }

  /**
   * A process's or thread's name and fields 14 to 17 (utime, stime, cutime, cstime) of its {@code
   * stat} file; the name may hold spaces, so the fields count from its closing ')'. A process or
   * thread that ended meanwhile reads as nameless with no time.
   */
  private record Stat(String name, long[] times) {

    static Stat read(Path statFile) {
      try {
        String stat = Files.readString(statFile);
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state); utime is field 14
        return new Stat(
            stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
            new long[] {
              Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]), Long.parseLong(fields[14])
            });
      } catch (IOException | RuntimeException gone) {
        return new Stat("", new long[4]);
      }
    }
  }

  /** Busy time of all cores ({@code /proc/stat}: everything but idle and iowait). */
  private static double machineBusySeconds() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < cpu.length && i <= 8; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(cpu[i]);
        }
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException notLinux) {
      return 0;
    }
  }
}
