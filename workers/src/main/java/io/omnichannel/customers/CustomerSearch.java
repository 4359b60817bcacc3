package io.omnichannel.customers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds customers for staff taking a request on the phone or at the counter: by exact customer
 * number, by e-mail (case-insensitive), by phone number (digits only, +49 and 0 alike) or by the
 * start of any word of the name. Every branch is an index lookup (V8), so it stays fast on a large
 * customer base.
 */
@Service
public class CustomerSearch {

  /** Fewer digits than this are not worth a phone comparison (and would match too much). */
  private static final int MIN_PHONE_DIGITS = 5;
  private static final int MAX_LIMIT = 100;

  private final JdbcClient jdbc;

  CustomerSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** @return best matches first (number, e-mail, phone, then name), at most {@code limit}; empty for a blank query */
  public List<CustomerMatch> search(String query, int limit) {
    String q = query == null ? "" : query.strip();
    if (q.isEmpty() || limit <= 0) {
      return List.of();
    }
    List<String> conditions = new ArrayList<>(List.of("c.customer_number = :q", "c.email = :email"));
    String digits = phoneDigits(q);
    if (digits != null) {
      conditions.add("customer_phone_digits(c.phone) = :digits");
    }
    String words = namePrefixQuery(q);
    if (words != null) {
      conditions.add("to_tsvector('simple'::regconfig, c.name) @@ to_tsquery('simple'::regconfig, :words)");
    }
    String sql =
        """
        SELECT c.id, c.customer_number, c.name, c.email, c.phone,
               (SELECT count(*) FROM service_requests r
                 WHERE r.customer_id = c.id AND r.status NOT IN ('RESOLVED', 'CLOSED')) AS open_requests
          FROM customers c
         WHERE %s
         ORDER BY CASE WHEN c.customer_number = :q THEN 0 WHEN c.email = :email THEN 1
                       WHEN %s THEN 2 ELSE 3 END,
                  lower(c.name), c.customer_number NULLS LAST, c.id
         LIMIT :limit
        """
            .formatted(String.join(" OR ", conditions), digits == null ? "false" : "customer_phone_digits(c.phone) = :digits");
    var statement =
        jdbc.sql(sql).param("q", q).param("email", Customer.normaliseEmail(q)).param("limit", Math.min(limit, MAX_LIMIT));
    if (digits != null) {
      statement = statement.param("digits", digits);
    }
    if (words != null) {
      statement = statement.param("words", words);
    }
    return statement
        .query(
            (rs, row) ->
                new CustomerMatch(
                    rs.getObject("id", java.util.UUID.class),
                    rs.getString("customer_number"),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getInt("open_requests")))
        .list();
  }

  /** The same normalisation as the SQL function {@code customer_phone_digits}; null if the query is no phone number. */
  static String phoneDigits(String query) {
    if (!query.matches("\\+?[0-9 ()/.-]+")) {
      return null;
    }
    String digits = query.replaceAll("[^0-9]", "").replaceFirst("^(00|)49", "0");
    return digits.length() < MIN_PHONE_DIGITS ? null : digits;
  }

  /**
   * Every word of the query as a prefix, all required: "mar kel" finds "Maria Keller". Only
   * letters and digits reach the tsquery, so its syntax ({@code & | ! : *}) cannot be injected.
   */
  static String namePrefixQuery(String query) {
    String words =
        Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            .filter(word -> !word.isEmpty())
            .map(word -> word + ":*")
            .collect(Collectors.joining(" & "));
    return words.isEmpty() ? null : words;
  }
}
