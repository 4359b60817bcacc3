package io.omnichannel.journeys.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.journeys.IncomingMail;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which mails are complaints: by a bounded list of English and German words, nothing else. */
class ComplaintMailTest {

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "Complaint about order W-1 | The parcel was late.",
      "Order W-1 | This is unacceptable, three weeks without an answer.",
      "My sofa | It arrived DAMAGED and the seam is torn.",
      "Refund? | I want my money back.",
      "Beschwerde | Seit drei Wochen keine Antwort.",
      "Reklamationsgrund | Siehe Foto.",
      "Lampe | Die Lampe ist kaputtgegangen.",
      "Sofa | Das Sofa kam beschädigt an.",
  })
  void wordsOfComplaint_makeAComplaint(String subject, String text) {
    assertThat(ComplaintMail.soundsLikeAComplaint(subject, text)).isTrue();
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', value = {
      "Opening hours | Are you open on Sunday?",
      "Manual | Could you send me the manual of my KM-5500?",
      "Great service | Thank you, the table is unbroken and beautiful.",
      "Öffnungszeiten | Haben Sie am Samstag geöffnet?",
  })
  void otherMails_areLeftToTheNextRule(String subject, String text) {
    assertThat(ComplaintMail.soundsLikeAComplaint(subject, text)).isFalse();
    assertThat(ComplaintMail.read(new IncomingMail("m-1", "a@example.com", "A", subject, text, List.of()))).isEmpty();
  }

  @Test
  void aComplaintMail_isReadWithItsSenderAndTheMailAsIdempotencyKey() {
    var input = ComplaintMail.read(
        new IncomingMail("m-42", "tom@example.com", "Tom Painter", "Beschwerde", "Der Tisch kam zerkratzt und kaputt.", List.of()))
        .orElseThrow();

    assertThat(input.field("email")).isEqualTo("tom@example.com");
    assertThat(input.field("name")).isEqualTo("Tom Painter");
    assertThat(input.field("subject")).isEqualTo("Beschwerde");
    assertThat(input.field("message")).isEqualTo("Der Tisch kam zerkratzt und kaputt.");
    assertThat(input.idempotencyKey()).isEqualTo("email:m-42");
  }

  @Test
  void theWordListIsSmallAndBounded() {
    assertThat(ComplaintMail.WORDS).hasSizeLessThanOrEqualTo(30).doesNotHaveDuplicates();
  }

  @Test
  void priorityRisesWithEveryRepeatedContact_upToOneHundred() {
    assertThat(ComplaintEscalations.priorityAfter(1)).isEqualTo(50);
    assertThat(ComplaintEscalations.priorityAfter(2)).isEqualTo(65);
    assertThat(ComplaintEscalations.priorityAfter(3)).isEqualTo(80);
    assertThat(ComplaintEscalations.priorityAfter(9)).isEqualTo(100);
  }
}
