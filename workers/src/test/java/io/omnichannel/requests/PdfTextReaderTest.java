package io.omnichannel.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.requests.PdfTextReader.PdfText;
import io.omnichannel.workerstest.TestFiles;
import java.time.Duration;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Hostile and ordinary PDFs against the reader's limits; each limit ends the reading with its reason. */
class PdfTextReaderTest {

  private static final PdfTextLimits DEFAULTS = new PdfTextLimits(20, DataSize.ofMegabytes(32), 200_000, Duration.ofSeconds(10), 2);

  @Test
  void readsTheTextOfAReceipt() {
    PdfText text = read(DEFAULTS, TestFiles.pdf("Receipt no.: R-0417-118833\n1 x Stand mixer KM-5500"));

    assertThat(text.problem()).isNull();
    assertThat(text.text()).contains("R-0417-118833").contains("KM-5500");
  }

  @Test
  void aStreamThatUnpacksBeyondTheBudgetIsNotRead() {
    byte[] bomb = TestFiles.packedPdf(200);

    PdfText text = read(DEFAULTS, bomb);

    assertThat(bomb.length).as("small on the wire").isLessThan(1024 * 1024);
    assertThat(text.text()).isNull();
    assertThat(text.problem()).isEqualTo("it unpacks to more than 32 MB");
  }

  @Test
  void withinTheBudgetThePackedFileIsRead() {
    PdfText text = read(DEFAULTS, TestFiles.packedPdf(8));

    assertThat(text.problem()).isNull();
    assertThat(text.text()).isEqualTo("Receipt");
  }

  @Test
  void aFileWithMorePagesThanAReceiptIsNotRead() {
    PdfText text = read(DEFAULTS, TestFiles.pdf(Collections.nCopies(21, "page").toArray(String[]::new)));

    assertThat(text.problem()).isEqualTo("it has 21 pages, more than the 20 read automatically");
  }

  @Test
  void moreTextThanTheCharacterLimitStopsTheReading() {
    PdfText text = read(DEFAULTS, TestFiles.wordyPdf(300, 1_000));

    assertThat(text.problem()).isEqualTo("it holds more than 200000 characters of text");
  }

  @Test
  void theTimeLimitStopsTheReading() {
    var oneNanosecond = new PdfTextLimits(20, DataSize.ofMegabytes(32), 200_000, Duration.ofNanos(1), 2);

    PdfText text = read(oneNanosecond, TestFiles.wordyPdf(10, 10));

    assertThat(text.problem()).startsWith("reading it took longer than");
  }

  @Test
  void aDamagedFileSaysSo() {
    PdfText text = read(DEFAULTS, TestFiles.brokenPdf());

    assertThat(text.text()).isNull();
    assertThat(text.problem()).isEqualTo("the file is damaged or not a PDF that can be opened");
  }

  private static PdfText read(PdfTextLimits limits, byte[] pdf) {
    return new PdfTextReader(limits).read(pdf);
  }
}
