package io.omnichannel.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.requests.RequestHistory;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.timeline.CustomerTimeline;
import io.omnichannel.timeline.TimelineItem;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** One customer across channels: duplicates suggested, merges keep all history, intake follows merges. Real PostgreSQL. */
class CustomerIdentityTest extends ServiceCoreTest {

  @Autowired CustomerDirectory customers;
  @Autowired CustomerDuplicates duplicates;
  @Autowired CustomerMerges merges;
  @Autowired CustomerTimeline timeline;
  @Autowired RequestHistory history;
  @Autowired JdbcClient jdbc;

  @Test
  void suggestsDuplicates_bySamePhone_sameEmail_andSameNameWithPhoneTail() {
    String name = "Ida " + unique();
    Customer original = customers.register(null, name, unique() + "@example.com", "089 1234567", Instant.now());
    Customer samePhone = customers.register(null, "Someone Else", unique() + "@example.com", "+49 (0)89 123 45 67", Instant.now());
    Customer sameNameTail = customers.register(null, name.toUpperCase(), unique() + "@example.com", "0881 1234567", Instant.now());
    Customer stranger = customers.register(null, "Stranger", unique() + "@example.com", "030 7654321", Instant.now());

    assertThat(duplicates.of(original.getId()))
        .extracting(DuplicateSuggestion::id, DuplicateSuggestion::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(samePhone.getId(), "same phone number"),
            org.assertj.core.groups.Tuple.tuple(sameNameTail.getId(), "same name and phone number ending"))
        .extracting(t -> t.toArray()[0])
        .doesNotContain(stranger.getId(), original.getId());
    assertThat(samePhone.getPhoneE164()).isEqualTo("+49891234567");
  }

  @Test
  void mergeKeepsAllHistory_onTheSurvivor_andIntakeAfterwardsLandsThere() {
    String survivorEmail = unique() + "@example.com";
    String duplicateEmail = unique() + "@example.com";
    SubmittedRequest first = submit("manual", submission(survivorEmail));
    SubmittedRequest second = submit("manual", submission(duplicateEmail));
    history.record(second.id(), "NOTE", "Customer called about the manual", false, "lena");
    UUID survivor = customerOf(first.id());
    UUID duplicate = customerOf(second.id());
    assertThat(survivor).isNotEqualTo(duplicate);

    MergeResult result = merges.merge(survivor, duplicate, "tom");

    assertThat(result.movedRequests()).isEqualTo(1);
    assertThat(customerOf(second.id())).isEqualTo(survivor);
    assertThat(customers.byId(duplicate)).get().extracting(Customer::getMergedInto).isEqualTo(survivor);
    assertThat(timeline.of(survivor))
        .extracting(TimelineItem::summary)
        .contains("Customer called about the manual")
        .anyMatch(summary -> summary.startsWith("Merged customer") && summary.contains(duplicateEmail) && summary.contains("tom"));
    assertThat(timeline.of(survivor)).extracting(TimelineItem::reference).contains(first.reference(), second.reference());
    assertThat(timeline.of(survivor)).extracting(TimelineItem::occurredAt).isSorted();
    assertThat(jdbc.sql("SELECT count(*) FROM customer_merges WHERE merged_id = :id").param("id", duplicate).query(Long.class).single())
        .isEqualTo(1);

    // the duplicate's e-mail still identifies the customer, now the survivor
    SubmittedRequest third = submit("manual", submission(duplicateEmail));
    assertThat(customerOf(third.id())).isEqualTo(survivor);
    assertThat(duplicates.of(survivor)).extracting(DuplicateSuggestion::id).doesNotContain(duplicate);
  }

  @Test
  void mergeIsIdempotent_andRefusesSelfAndMergedTargets() {
    Customer a = customers.register(null, "A " + unique(), unique() + "@example.com", null, Instant.now());
    Customer b = customers.register(null, "B " + unique(), unique() + "@example.com", null, Instant.now());
    Customer c = customers.register(null, "C " + unique(), unique() + "@example.com", null, Instant.now());

    assertThat(merges.merge(a.getId(), b.getId(), "tom").alreadyMerged()).isFalse();
    assertThat(merges.merge(a.getId(), b.getId(), "tom").alreadyMerged()).isTrue();
    assertThat(jdbc.sql("SELECT count(*) FROM customer_merges WHERE merged_id = :id").param("id", b.getId()).query(Long.class).single())
        .isEqualTo(1);

    assertThatThrownBy(() -> merges.merge(a.getId(), a.getId(), "tom")).isInstanceOf(CustomerMergeRefusedException.class);
    assertThatThrownBy(() -> merges.merge(b.getId(), c.getId(), "tom")).isInstanceOf(CustomerMergeRefusedException.class);
    assertThatThrownBy(() -> merges.merge(c.getId(), b.getId(), "tom")).isInstanceOf(CustomerMergeRefusedException.class);
  }

  @Test
  void intakeMatchesByPhone_andTheSurvivorTakesTheDuplicatesCustomerNumber() {
    String number = "K-" + unique();
    Customer a = customers.register(null, "Phone " + unique(), unique() + "@example.com", "0171 " + digits(), Instant.now());
    Customer b = customers.register(number, "Numbered " + unique(), unique() + "@example.com", null, Instant.now());

    assertThat(customers.matchOrCreate(null, "Whoever", unique() + "@example.com", a.getPhone().replace("0171", "+49 171"), Instant.now()).getId())
        .isEqualTo(a.getId());

    merges.merge(a.getId(), b.getId(), "tom");
    assertThat(customers.byCustomerNumber(number)).get().extracting(Customer::getId).isEqualTo(a.getId());
    assertThat(customers.matchOrCreate(number, "x", unique() + "@example.com", Instant.now()).getId()).isEqualTo(a.getId());
  }

  private UUID customerOf(UUID requestId) {
    return jdbc.sql("SELECT customer_id FROM service_requests WHERE id = :id").param("id", requestId).query(UUID.class).single();
  }

  private static Map<String, String> submission(String email) {
    return manualRequest(email, "CF-80");
  }


  /** Seven digits: with three, other tests' customers shared the number now and then and matched instead. */
  private static String digits() {
    return String.valueOf(1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(9_000_000));
  }
}
