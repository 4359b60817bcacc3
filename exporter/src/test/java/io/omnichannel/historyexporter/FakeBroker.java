package io.omnichannel.historyexporter;

import io.camunda.zeebe.exporter.api.context.Configuration;
import io.camunda.zeebe.exporter.api.context.Context;
import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's side of the exporter API, as the tests need it: a context with arguments that keeps
 * the filter, and a controller that keeps the acknowledged position and lets the test run the
 * scheduled tasks (the broker would run them on the exporter's thread).
 */
final class FakeBroker implements Context, Controller {

  private final Map<String, Object> arguments;
  private final int partitionId;
  private RecordFilter filter;
  long acknowledged = -1;
  private final List<Task> scheduled = new ArrayList<>();

  FakeBroker(int partitionId, Map<String, Object> arguments) {
    this.partitionId = partitionId;
    this.arguments = arguments;
  }

  /** Runs the tasks due so far (a task scheduled while they run waits for the next call). */
  void runScheduledTasks() {
    List<Task> due = new ArrayList<>(scheduled);
    scheduled.clear();
    due.stream().filter(task -> !task.cancelled).forEach(task -> task.action.run());
  }

  boolean accepts(RecordType type, ValueType valueType) {
    return filter.acceptType(type) && filter.acceptValue(valueType);
  }

  @Override
  public MeterRegistry getMeterRegistry() {
    return null;
  }

  @Override
  public Logger getLogger() {
    return LoggerFactory.getLogger(HistoryExporter.class);
  }

  @Override
  public InstantSource clock() {
    return InstantSource.system();
  }

  @Override
  public Configuration getConfiguration() {
    return new Configuration() {
      @Override
      public String getId() {
        return "history";
      }

      @Override
      public Map<String, Object> getArguments() {
        return arguments;
      }

      @Override
      public <T> T instantiate(Class<T> type) {
        throw new UnsupportedOperationException("the history exporter reads its arguments itself");
      }
    };
  }

  @Override
  public int getPartitionId() {
    return partitionId;
  }

  @Override
  public void setFilter(RecordFilter filter) {
    this.filter = filter;
  }

  @Override
  public void updateLastExportedRecordPosition(long position) {
    if (position < acknowledged) {
      throw new AssertionError("the position went back from " + acknowledged + " to " + position);
    }
    acknowledged = position;
  }

  @Override
  public void updateLastExportedRecordPosition(long position, byte[] metadata) {
    updateLastExportedRecordPosition(position);
  }

  @Override
  public long getLastExportedRecordPosition() {
    return acknowledged;
  }

  @Override
  public ScheduledTask scheduleCancellableTask(Duration delay, Runnable task) {
    Task scheduledTask = new Task(task);
    scheduled.add(scheduledTask);
    return scheduledTask;
  }

  @Override
  public Optional<byte[]> readMetadata() {
    return Optional.empty();
  }

  private static final class Task implements ScheduledTask {
    private final Runnable action;
    private boolean cancelled;

    Task(Runnable action) {
      this.action = action;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
