package io.omnichannel.requests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text of a PDF within {@link PdfTextLimits}: pages, decoded bytes, characters and time.
 * PDFBox decodes every stream it reads wholly into memory and cannot be interrupted, so the
 * streams are first decoded into a counting sink that stops at the budget, and the text stripper
 * checks the deadline before each content-stream operator and counts the characters it collects.
 */
final class PdfTextReader {

  /** Filters of image data, which text extraction never decodes. */
  private static final Set<COSName> IMAGE_FILTERS =
      Set.of(COSName.DCT_DECODE, COSName.JPX_DECODE, COSName.CCITTFAX_DECODE, COSName.JBIG2_DECODE);

  private final PdfTextLimits limits;

  PdfTextReader(PdfTextLimits limits) {
    this.limits = limits;
  }

  /** The text, or why it could not be read; never throws for a bad file. */
  PdfText read(byte[] pdf) {
    long deadline = System.nanoTime() + limits.timeLimit().toNanos();
    try (PDDocument document = load(pdf)) {
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPages()) {
        return PdfText.unreadable("it has " + pages + " pages, more than the " + limits.maxPages() + " read automatically");
      }
      checkDecodedSize(document, deadline);
      BoundedStripper stripper = new BoundedStripper(deadline);
      StringWriter text = new StringWriter();
      stripper.writeText(document, text);
      // PostgreSQL text cannot hold NUL, which a PDF's text may contain
      return PdfText.of(text.toString().replace("\u0000", "").strip());
    } catch (LimitReached limit) {
      return PdfText.unreadable(limit.getMessage());
    } catch (IOException | RuntimeException | StackOverflowError broken) {
      return PdfText.unreadable("the file is damaged or not a PDF that can be opened");
    }
  }

  private PDDocument load(byte[] pdf) throws IOException {
    long scratch = limits.maxDecodedBytes().toBytes();
    return Loader.loadPDF(pdf, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(scratch).streamCache);
  }

  private void checkDecodedSize(PDDocument document, long deadline) throws IOException {
    long budget = limits.maxDecodedBytes().toBytes();
    long used = 0;
    for (COSObjectKey key : List.copyOf(document.getDocument().getXrefTable().keySet())) {
      checkTime(deadline);
      if (parsed(document, key) instanceof COSStream stream && !isImage(stream)) {
        used += decodedLength(stream, budget - used);
      }
    }
  }

  /** The object, or null when it cannot be parsed: the stripper fails on it only if it needs it. */
  private static COSBase parsed(PDDocument document, COSObjectKey key) {
    try {
      return document.getDocument().getObjectFromPool(key).getObject();
    } catch (RuntimeException unparseable) {
      return null;
    }
  }

  private static boolean isImage(COSStream stream) {
    return COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE)) || filters(stream).stream().anyMatch(IMAGE_FILTERS::contains);
  }

  /** Decodes the stream filter by filter into memory capped at {@code room}; the decoded length. */
  private long decodedLength(COSStream stream, long room) throws IOException {
    List<COSName> filters = filters(stream);
    if (filters.isEmpty()) {
      return charge(stream.getLength(), room);
    }
    byte[] data;
    try (InputStream raw = stream.createRawInputStream()) {
      data = raw.readAllBytes(); // no larger than the upload
    }
    for (int i = 0; i < filters.size(); i++) {
      Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
      CappedSink decoded = new CappedSink(room);
      filter.decode(new ByteArrayInputStream(data), decoded, stream, i);
      data = decoded.toByteArray();
    }
    return charge(data.length, room);
  }

  private long charge(long length, long room) {
    if (length > room) {
      throw tooMuchData();
    }
    return length;
  }

  private LimitReached tooMuchData() {
    return new LimitReached("it unpacks to more than " + limits.maxDecodedBytes().toMegabytes() + " MB");
  }

  private static List<COSName> filters(COSStream stream) {
    COSBase filters = stream.getFilters();
    if (filters instanceof COSName name) {
      return List.of(name);
    }
    if (filters instanceof COSArray array) {
      return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
    }
    return List.of();
  }

  private void checkTime(long deadline) {
    if (System.nanoTime() - deadline > 0) {
      throw new LimitReached(tookTooLong(limits));
    }
  }

  static String tookTooLong(PdfTextLimits limits) {
    long millis = limits.timeLimit().toMillis();
    return "reading it took longer than " + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms");
  }

  /** A byte sink that refuses to grow beyond the room left in the budget. */
  private final class CappedSink extends OutputStream {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final long room;

    CappedSink(long room) {
      this.room = room;
    }

    @Override
    public void write(int b) {
      ensureRoom(1);
      bytes.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      ensureRoom(len);
      bytes.write(b, off, len);
    }

    private void ensureRoom(int more) {
      if (bytes.size() + (long) more > room) {
        throw tooMuchData();
      }
    }

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }

  private final class BoundedStripper extends PDFTextStripper {
    private final long deadline;
    private long characters;

    BoundedStripper(long deadline) {
      this.deadline = deadline;
      // the check for overlapping duplicates compares each character with all earlier ones at its spot
      setSuppressDuplicateOverlappingText(false);
      setEndPage(limits.maxPages());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      checkTime(deadline);
      super.processOperator(operator, operands);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
      checkTime(deadline);
      super.processPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      if (++characters > limits.maxCharacters()) {
        throw new LimitReached("it holds more than " + limits.maxCharacters() + " characters of text");
      }
      super.processTextPosition(text);
    }
  }

  /** A limit stops the reading; unchecked so it passes through PDFBox's callbacks. */
  private static final class LimitReached extends RuntimeException {
    LimitReached(String why) {
      super(why, null, false, false);
    }
  }

  /** The text of a PDF, or why there is none. */
  record PdfText(String text, String problem) {
    static PdfText of(String text) {
      return new PdfText(text, null);
    }

    static PdfText unreadable(String why) {
      return new PdfText(null, why);
    }
  }
}
