package io.omnichannel.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff find a customer by number, e-mail, phone or name, on real PostgreSQL with the V8 indexes. */
class CustomerSearchTest extends ServiceCoreTest {

  @Autowired CustomerSearch search;
  @Autowired CustomerDirectory customers;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  @Test
  void findsByExactCustomerNumber_only() {
    String number = "K-" + letters();
    Customer customer = customers.register(number, "Nora " + surname(), letters() + "@example.com", null, Instant.now());

    assertThat(search.search(" " + number + " ", 10)).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo(customer.getId());
      assertThat(hit.customerNumber()).isEqualTo(number);
      assertThat(hit.openRequests()).isZero();
    });
    assertThat(search.search(number.substring(0, number.length() - 1), 10)).extracting(CustomerMatch::id)
        .doesNotContain(customer.getId());
  }

  @Test
  void findsByEmail_ignoringCase() {
    String email = letters() + "@Example.com";
    Customer customer = customers.register(null, "Olga " + surname(), email, null, Instant.now());

    assertThat(search.search(email.toUpperCase(Locale.ROOT), 10)).extracting(CustomerMatch::id).containsExactly(customer.getId());
  }

  @Test
  void findsByPhone_whateverTheSpacingAndPrefix() {
    String local = "0" + (300_000_000L + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 600_000_000L));
    String stored = "+49 " + local.substring(1, 3) + " " + local.substring(3);
    Customer customer = customers.register(null, "Paul " + surname(), letters() + "@example.com", stored, Instant.now());

    for (String typed : new String[] {local, "0049" + local.substring(1), "+49" + local.substring(1),
        local.substring(0, 3) + "/" + local.substring(3, 7) + "-" + local.substring(7)}) {
      assertThat(search.search(typed, 10)).as(typed).extracting(CustomerMatch::id).containsExactly(customer.getId());
    }
    assertThat(search.search(local.substring(0, 4), 10)).as("too short for a phone number").isEmpty();
  }

  @Test
  void findsByPrefixOfAnyNameWord_ignoringCase_andCountsOpenRequests() {
    String surname = surname();
    Customer first = customers.register(null, "Maria " + surname, letters() + "@example.com", null, Instant.now());
    Customer second = customers.register(null, "Anton " + surname + "-Berg", letters() + "@example.com", null, Instant.now());
    openRequest(first, "RECEIVED");
    openRequest(first, "WAITING_FOR_STAFF");
    openRequest(first, "CLOSED");

    String prefix = surname.substring(0, 6).toLowerCase(Locale.ROOT);
    assertThat(search.search(prefix, 10)).extracting(CustomerMatch::name).containsExactly("Anton " + surname + "-Berg", "Maria " + surname);
    assertThat(search.search("MAR " + prefix, 10)).singleElement().satisfies(hit -> {
      assertThat(hit.id()).isEqualTo(first.getId());
      assertThat(hit.openRequests()).as("closed requests are not open").isEqualTo(2);
    });
    assertThat(search.search(prefix, 1)).hasSize(1);
    assertThat(search.search(surname.substring(2), 10)).as("not the middle of a word").isEmpty();
    assertThat(search.search("berg " + prefix, 10)).extracting(CustomerMatch::id).containsExactly(second.getId());
  }

  @Test
  void blankOrOddQueries_findNothing_andDoNotBreakTheQuery() {
    assertThat(search.search("   ", 10)).isEmpty();
    assertThat(search.search(null, 10)).isEmpty();
    assertThat(search.search("!&|:*'()", 10)).isEmpty();
  }

  @Test
  void theSearchUsesTheIndexes() {
    // one transaction, so the planner setting and the EXPLAIN share a connection
    String plan =
        transaction.execute(status -> {
          jdbc.sql("SET LOCAL enable_seqscan = off").update();
          return String.join("\n", jdbc.sql(
                  "EXPLAIN SELECT id FROM customers c WHERE customer_phone_digits(c.phone) = '0301234567'"
                      + " OR to_tsvector('simple'::regconfig, c.name) @@ to_tsquery('simple'::regconfig, 'kel:*')")
              .query(String.class).list());
        });
    assertThat(plan).contains("customers_phone_digits_idx").contains("customers_name_words_idx");
  }

  private void openRequest(Customer customer, String status) {
    jdbc.sql(
            """
            INSERT INTO service_requests (id, reference, tracking_token, type, channel, status, customer_id, contact_name,
              contact_email, type_number, expected_by, created_at, updated_at)
            VALUES (:id, :ref, :token, 'MANUAL_REQUEST', 'PHONE', :status, :customer, :name, :email, 'KM-5500', now(), now(), now())
            """)
        .param("id", UUID.randomUUID())
        .param("ref", "T-" + letters())
        .param("token", UUID.randomUUID().toString())
        .param("status", status)
        .param("customer", customer.getId())
        .param("name", customer.getName())
        .param("email", customer.getEmail())
        .update();
  }

  /** A surname no other test uses, made of letters so it is one word. */
  private static String surname() {
    String letters = letters();
    return Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
  }

  private static String letters() {
    StringBuilder out = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
      out.append((char) ('a' + Character.digit(c, 16) % 26));
    }
    return out.substring(0, 12);
  }
}
