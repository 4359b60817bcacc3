package io.omnichannel.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A salesperson notes the advice she gave at the counter; on real PostgreSQL with V28 and the timeline view. */
class AdviceNotesTest extends ServiceCoreTest {

  @Autowired AdviceNotes notes;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcClient jdbc;
  @Autowired io.omnichannel.customers.CustomerMerges merges;

  private Customer aCustomer() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    return customers.register(null, "Maria Advice" + unique, "advice+" + unique + "@example.com", null, Instant.now());
  }

  @Test
  void notesAreKeptNewestFirst_andJoinHerTimelineFromTheStore() {
    Customer maria = aCustomer();

    assertThat(notes.add(maria.getId(), null, "  Showed her the velvet brush; she prefers the green one.  ", "mia", UUID.randomUUID())).isTrue();
    assertThat(notes.add(maria.getId(), null, "Second visit: measured her living room door, the sofa fits.", "tom", UUID.randomUUID())).isTrue();

    assertThat(notes.of(maria.getId()))
        .extracting(AdviceNote::text, AdviceNote::writtenBy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Second visit: measured her living room door, the sofa fits.", "tom"),
            org.assertj.core.groups.Tuple.tuple("Showed her the velvet brush; she prefers the green one.", "mia"));
    assertThat(jdbc.sql("SELECT channel || ' ' || summary FROM customer_timeline WHERE customer_id = ? AND kind = 'ADVICE_NOTE' ORDER BY occurred_at")
            .param(maria.getId()).query(String.class).list())
        .containsExactly(
            "STORE Advice note by mia: Showed her the velvet brush; she prefers the green one.",
            "STORE Advice note by tom: Second visit: measured her living room door, the sofa fits.");
    assertThat(notes.of(aCustomer().getId())).as("another customer's notes").isEmpty();
  }

  @Test
  void theSameFormSentTwice_isOneNote() {
    Customer maria = aCustomer();
    UUID form = UUID.randomUUID();

    assertThat(notes.add(maria.getId(), null, "Explained the care of velvet.", "mia", form)).isTrue();
    assertThat(notes.add(maria.getId(), null, "Explained the care of velvet.", "mia", form)).isFalse();

    assertThat(notes.of(maria.getId())).hasSize(1);
  }

  @Test
  void anEmptyOrTooLongNote_isRefusedWithAMessage_andNothingIsWritten() {
    Customer maria = aCustomer();

    assertThatThrownBy(() -> notes.add(maria.getId(), null, "   \n ", "mia", UUID.randomUUID()))
        .isInstanceOf(InvalidAdviceNoteException.class)
        .hasMessageContaining("Please write what you advised");
    assertThatThrownBy(() -> notes.add(maria.getId(), null, "x".repeat(AdviceNotes.MAX_LENGTH + 1), "mia", UUID.randomUUID()))
        .isInstanceOf(InvalidAdviceNoteException.class)
        .hasMessageContaining("at most 4000 characters");
    assertThatThrownBy(() -> notes.add(maria.getId(), null, "bad\u0000note", "mia", UUID.randomUUID()))
        .isInstanceOf(InvalidAdviceNoteException.class);
    assertThat(notes.of(maria.getId())).isEmpty();

    assertThat(notes.add(maria.getId(), null, "y".repeat(AdviceNotes.MAX_LENGTH), "mia", UUID.randomUUID())).as("exactly the limit").isTrue();
    assertThat(notes.add(maria.getId(), null, "z", "mia", UUID.randomUUID())).as("one character").isTrue();
    assertThat(notes.of(maria.getId())).extracting(n -> n.text().length()).containsExactly(1, AdviceNotes.MAX_LENGTH);
  }

  @Test
  void aMergedDuplicatesNotes_moveToTheSurvivor() {
    Customer survivor = aCustomer();
    Customer duplicate = aCustomer();
    notes.add(duplicate.getId(), null, "Advised the duplicate on velvet care.", "mia", UUID.randomUUID());

    merges.merge(survivor.getId(), duplicate.getId(), "lena");

    assertThat(notes.of(survivor.getId())).extracting(AdviceNote::text).containsExactly("Advised the duplicate on velvet care.");
    assertThat(notes.of(duplicate.getId())).isEmpty();
  }
}
