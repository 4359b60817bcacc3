package io.omnichannel.historyexporter;

import io.camunda.zeebe.exporter.api.Exporter;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;

/**
 * The engine's history into PostgreSQL: a Zeebe exporter, one instance per partition, that the
 * broker calls on its exporter thread (configure, open, export for each record in log order,
 * close; scheduled tasks run on the same thread, so nothing here is shared between threads).
 *
 * <p>Records are kept in a buffer and written when {@link HistorySettings#batchSize()} are there or
 * {@link HistorySettings#flushInterval()} has passed, in one transaction together with the
 * partition's position; only after the commit is the broker told that it may drop them. On a
 * restart the broker delivers records again from the position it knew; those at or below the stored
 * position are skipped, and every write is idempotent, so none is lost or doubled.
 *
 * <p>A database that does not answer or is not migrated yet is retried with a growing pause, the
 * buffer kept. When the buffer is full, {@link #export} throws, and the broker offers the record
 * again later; its log keeps everything not acknowledged.
 *
 * <p>Only API present in the exporter API of both the 8.6 and the 8.8 broker is used.
 */
public final class HistoryExporter implements Exporter {

  /** What is received: events of these value types only; everything else the broker never hands over. */
  static final Set<ValueType> EXPORTED =
      EnumSet.of(
          ValueType.PROCESS,
          ValueType.PROCESS_INSTANCE,
          ValueType.INCIDENT,
          ValueType.JOB,
          ValueType.TIMER,
          ValueType.PROCESS_MESSAGE_SUBSCRIPTION,
          ValueType.USER_TASK,
          ValueType.VARIABLE);

  static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

  private final List<ExportedRecord> buffer = new ArrayList<>();
  private HistorySettings settings;
  private Logger log;
  private int partitionId;
  private Controller controller;
  private HistoryWriter writer;
  private ScheduledTask flushTask;
  private long storedPosition = -1;
  private boolean positionKnown;
  private long skippedUpTo = -1;
  private int failures;
  private long nextAttemptAtMillis;
  private String lastError;

  @Override
  public void configure(Context context) {
    settings = HistorySettings.from(context.getConfiguration().getArguments());
    log = context.getLogger();
    partitionId = context.getPartitionId();
    context.setFilter(new Filter());
    writer = new HistoryWriter(settings);
  }

  @Override
  public void open(Controller controller) {
    this.controller = controller;
    log.info("History exporter for partition {} opened ({})", partitionId, settings);
    try {
      loadPosition();
    } catch (Exception e) {
      failed(e); // records are kept until the database answers
    }
    scheduleFlush(settings.flushInterval());
  }

  @Override
  public void export(Record<?> record) {
    if (positionKnown && record.getPosition() <= storedPosition) {
      skippedUpTo = Math.max(skippedUpTo, record.getPosition()); // written before a restart
      return;
    }
    if (buffer.size() >= settings.maxBuffer()) {
      flush(true);
      if (buffer.size() >= settings.maxBuffer()) {
        throw new IllegalStateException(
            "history buffer full (" + buffer.size() + " records): the database has not answered since "
                + failures + " attempts (" + lastError + "); the broker offers this record again later");
      }
    }
    buffer.add(ExportedRecord.of(record, settings.valueLimit()));
    if (buffer.size() >= settings.batchSize()) {
      flush(false);
    }
  }

  @Override
  public void close() {
    if (flushTask != null) {
      flushTask.cancel();
    }
    if (!buffer.isEmpty() && failures == 0) {
      flush(true); // what is not written now is offered again after the next start
    }
    if (writer != null) {
      writer.close();
    }
  }

  private void scheduleFlush(Duration delay) {
    flushTask = controller.scheduleCancellableTask(delay, this::flushOnSchedule);
  }

  private void flushOnSchedule() {
    flush(false);
    scheduleFlush(settings.flushInterval());
  }

  /** Writes the buffer in batches, each in its own transaction; on failure keeps what is not written. */
  private void flush(boolean ignoreBackoff) {
    if (!ignoreBackoff && failures > 0 && System.currentTimeMillis() < nextAttemptAtMillis) {
      return;
    }
    try {
      if (!positionKnown) {
        loadPosition();
        buffer.removeIf(record -> {
          boolean written = record.position() <= storedPosition;
          if (written) {
            skippedUpTo = Math.max(skippedUpTo, record.position());
          }
          return written;
        });
      }
      while (!buffer.isEmpty()) {
        List<ExportedRecord> batch = buffer.subList(0, Math.min(settings.batchSize(), buffer.size()));
        writer.write(partitionId, batch);
        long written = batch.getLast().position();
        storedPosition = Math.max(storedPosition, written);
        batch.clear();
        controller.updateLastExportedRecordPosition(written);
      }
      if (skippedUpTo > -1) {
        controller.updateLastExportedRecordPosition(Math.max(skippedUpTo, storedPosition));
        skippedUpTo = -1;
      }
      if (failures > 0) {
        log.info("History exporter for partition {} writes again after {} failed attempts", partitionId, failures);
      }
      failures = 0;
      lastError = null;
    } catch (Exception e) {
      failed(e);
    }
  }

  private void loadPosition() throws Exception {
    storedPosition = writer.storedPosition(partitionId);
    positionKnown = true;
  }

  private void failed(Exception e) {
    failures++;
    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    long pause = Math.min(FIRST_BACKOFF.toMillis() << Math.min(failures - 1, 16), settings.maxBackoff().toMillis());
    nextAttemptAtMillis = System.currentTimeMillis() + pause;
    if (failures == 1 || failures % 20 == 0) {
      log.warn(
          "History exporter for partition {} cannot write to {} (attempt {}, {} records kept, next attempt in {} ms): {}",
          partitionId, settings.url(), failures, buffer.size(), pause, lastError);
    }
  }

  /** For the tests: how many records wait to be written. */
  int buffered() {
    return buffer.size();
  }

  private static final class Filter implements Context.RecordFilter {
    @Override
    public boolean acceptType(RecordType recordType) {
      return recordType == RecordType.EVENT;
    }

    @Override
    public boolean acceptValue(ValueType valueType) {
      return EXPORTED.contains(valueType);
    }
  }
}
