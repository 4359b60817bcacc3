package io.omnichannel.requests;

import io.omnichannel.requests.PdfTextReader.PdfText;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the text of the PDFs customers send, never on a request thread nor inside a transaction:
 * right after the file is stored, on a few threads of its own, and on demand for the step that
 * needs the text. A file beyond the {@link PdfTextLimits} is marked unreadable with the reason,
 * which the purchase check passes on to the person who then looks at it.
 */
@Service
public class AttachmentTexts implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(AttachmentTexts.class);
  private static final int QUEUED_AT_MOST = 100;

  private final RequestAttachmentRepository attachments;
  private final RequestTracking tracking;
  private final PdfTextReader reader;
  private final PdfTextLimits limits;
  private final Clock clock;
  private final ThreadPoolExecutor readers;
  private final Map<UUID, Reading> inFlight = new ConcurrentHashMap<>();

  AttachmentTexts(RequestAttachmentRepository attachments, RequestTracking tracking, PdfTextLimits limits, Clock clock) {
    this.attachments = attachments;
    this.tracking = tracking;
    this.reader = new PdfTextReader(limits);
    this.limits = limits;
    this.clock = clock;
    this.readers =
        new ThreadPoolExecutor(
            limits.readers(),
            limits.readers(),
            0,
            TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUED_AT_MOST),
            new CustomizableThreadFactory("pdf-text-"));
  }

  /**
   * The request's attachments with the text of each PDF, read now where it was not yet.
   *
   * @throws IllegalStateException inside a transaction (reading takes seconds), or when every
   *     reader stays busy for three time limits; the caller's job is retried then
   */
  public List<RequestDetails.Attachment> withTexts(UUID requestId) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("PDF texts are read outside transactions: reading holds no connection");
    }
    for (RequestAttachment pdf : attachments.findUnreadPdfs(requestId)) {
      try {
        awaitOrGiveUp(start(pdf));
      } catch (RejectedExecutionException busy) {
        throw new IllegalStateException("All PDF readers are busy; the text is read on the next attempt", busy);
      }
    }
    return tracking.attachmentsOf(requestId);
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
  void readSoon(PdfAttachmentStored stored) {
    try {
      attachments.findUnreadPdfs(stored.requestId()).forEach(this::start);
    } catch (RejectedExecutionException busy) {
      log.info("PDF readers busy; the text of request {} is read when its journey needs it", stored.requestId());
    }
  }

  /** Starts reading the file, or joins the reading already under way on this instance. */
  private Reading start(RequestAttachment pdf) {
    Reading reading =
        inFlight.computeIfAbsent(
            pdf.id(),
            id -> {
              Reading started = new Reading(id, new CompletableFuture<>(), new AtomicLong());
              readers.execute(() -> read(pdf, started));
              return started;
            });
    if (reading.done().isDone()) {
      inFlight.remove(pdf.id(), reading); // it ended before it was listed
    }
    return reading;
  }

  private void read(RequestAttachment pdf, Reading reading) {
    reading.startedAt().set(System.nanoTime());
    try {
      PdfText text = reader.read(pdf.content());
      record(pdf.id(), text);
      reading.done().complete(text);
    } catch (RuntimeException | Error e) {
      record(pdf.id(), PdfText.unreadable("it could not be read"));
      reading.done().completeExceptionally(e);
      log.warn("Reading the text of attachment {} failed", pdf.id(), e);
    } finally {
      inFlight.remove(pdf.id(), reading);
    }
  }

  private void awaitOrGiveUp(Reading reading) {
    long giveUpAt = System.nanoTime() + limits.timeLimit().multipliedBy(3).toNanos();
    long grace = Duration.ofSeconds(1).toNanos();
    while (true) {
      try {
        reading.done().get(200, TimeUnit.MILLISECONDS);
        return;
      } catch (TimeoutException stillReading) {
        long started = reading.startedAt().get();
        long now = System.nanoTime();
        if (started != 0 && now - started > limits.timeLimit().toNanos() + grace) {
          // the reader checks the limit itself; this covers a step of PDFBox that runs on regardless
          record(reading.attachmentId(), PdfText.unreadable(PdfTextReader.tookTooLong(limits)));
          return;
        }
        if (started == 0 && now > giveUpAt) {
          throw new IllegalStateException("All PDF readers are busy; the text of attachment " + reading.attachmentId() + " is read on the next attempt");
        }
      } catch (ExecutionException failed) {
        return; // recorded as unreadable by the reader
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading a PDF", e);
      }
    }
  }

  private void record(UUID attachmentId, PdfText text) {
    attachments.recordText(attachmentId, text.text(), text.problem(), clock.instant());
  }

  @Override
  public void destroy() {
    readers.shutdownNow();
  }

  private record Reading(UUID attachmentId, CompletableFuture<PdfText> done, AtomicLong startedAt) {}
}
