package io.omnichannel.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's CSV: RFC 4180 quoting and line ends, and no cell a spreadsheet would run as a formula. */
class CsvTest {

  @Test
  void quotesWhatNeedsQuotesAndEndsLinesWithCrLf() {
    String csv = Csv.of(List.of("Name", "Note"), List.of(Arrays.asList("a,b", "say \"hi\""), Arrays.asList("two\nlines", null)));

    assertThat(csv).isEqualTo("Name,Note\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",\r\n");
  }

  @Test
  void defusesFormulasButLeavesNumbersAlone() {
    assertThat(Csv.field("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
    assertThat(Csv.field("+49 30 1234")).isEqualTo("'+49 30 1234");
    assertThat(Csv.field("-cmd|' /C calc'!A0")).isEqualTo("'-cmd|' /C calc'!A0");
    assertThat(Csv.field("@import")).isEqualTo("'@import");
    assertThat(Csv.field("\tTAB")).isEqualTo("'\tTAB");
    assertThat(Csv.field("=1,2")).isEqualTo("\"'=1,2\"");
    assertThat(Csv.field("-1.5")).isEqualTo("-1.5");
    assertThat(Csv.field("42")).isEqualTo("42");
    assertThat(Csv.field("")).isEmpty();
  }
}
