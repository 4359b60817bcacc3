package io.omnichannel.historyexporter;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The exporter's arguments ({@code zeebe.broker.exporters.history.args.*}). Names are matched
 * without regard to case, dashes and underscores, because environment variables
 * ({@code ZEEBE_BROKER_EXPORTERS_HISTORY_ARGS_BATCHSIZE}) arrive lower-cased.
 *
 * @param url JDBC URL of the application's PostgreSQL database (required)
 * @param user database user
 * @param password database password
 * @param batchSize records written in one transaction at most; a full batch is written at once
 * @param flushInterval a batch that is not full is written after this long
 * @param maxBuffer records held while the database does not answer; beyond, the broker is asked
 *     to retry the record later (export throws)
 * @param maxBackoff the longest pause between two attempts to reach the database
 * @param valueLimit variable values longer than this many characters are cut (and marked so)
 */
record HistorySettings(
    String url,
    String user,
    String password,
    int batchSize,
    Duration flushInterval,
    int maxBuffer,
    Duration maxBackoff,
    int valueLimit) {

  static final int DEFAULT_BATCH_SIZE = 500;
  static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(250);
  static final int DEFAULT_MAX_BUFFER = 10_000;
  static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(30);
  static final int DEFAULT_VALUE_LIMIT = 8192;

  HistorySettings {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException(
          "the history exporter needs args.url, the JDBC URL of the application's PostgreSQL"
              + " (e.g. jdbc:postgresql://db:5432/orchestrator)");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("args.url must be a jdbc:postgresql: URL, not " + url);
    }
    positive(batchSize, "batchSize");
    positive(maxBuffer, "maxBuffer");
    positive(valueLimit, "valueLimit");
    if (maxBuffer < batchSize) {
      throw new IllegalArgumentException("args.maxBuffer (" + maxBuffer + ") must be at least args.batchSize (" + batchSize + ")");
    }
    if (flushInterval.isNegative() || flushInterval.isZero()) {
      throw new IllegalArgumentException("args.flushIntervalMillis must be positive");
    }
  }

  static HistorySettings from(Map<String, Object> arguments) {
    Map<String, Object> args = normalised(arguments);
    return new HistorySettings(
        text(args, "url"),
        text(args, "user"),
        text(args, "password"),
        number(args, "batchsize", DEFAULT_BATCH_SIZE),
        Duration.ofMillis(number(args, "flushintervalmillis", (int) DEFAULT_FLUSH_INTERVAL.toMillis())),
        number(args, "maxbuffer", DEFAULT_MAX_BUFFER),
        Duration.ofMillis(number(args, "maxbackoffmillis", (int) DEFAULT_MAX_BACKOFF.toMillis())),
        number(args, "valuelimit", DEFAULT_VALUE_LIMIT));
  }

  private static Map<String, Object> normalised(Map<String, Object> arguments) {
    Map<String, Object> normalised = new java.util.HashMap<>();
    if (arguments != null) {
      arguments.forEach((name, value) -> normalised.put(name.replaceAll("[-_.]", "").toLowerCase(Locale.ROOT), value));
    }
    return normalised;
  }

  private static String text(Map<String, Object> args, String name) {
    Object value = args.get(name);
    return value == null ? null : value.toString();
  }

  private static int number(Map<String, Object> args, String name, int fallback) {
    Object value = args.get(name);
    if (value == null || value.toString().isBlank()) {
      return fallback;
    }
    try {
      return value instanceof Number n ? n.intValue() : Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("args." + name + " must be a whole number, not '" + value + "'", e);
    }
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException("args." + name + " must be positive, not " + value);
    }
  }

  /** Without the password, for the log. */
  @Override
  public String toString() {
    return "url=" + url + ", user=" + user + ", batchSize=" + batchSize + ", flushInterval=" + flushInterval
        + ", maxBuffer=" + maxBuffer + ", maxBackoff=" + maxBackoff + ", valueLimit=" + valueLimit;
  }
}
