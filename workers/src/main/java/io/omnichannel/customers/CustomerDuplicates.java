package io.omnichannel.customers;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggests likely duplicates of a customer: same normalised e-mail, same phone number in E.164, or
 * the same name with the same last digits of the phone number (a typo elsewhere in the number).
 * Each branch is an index lookup (V7). Only suggestions: staff decide, and {@link CustomerMerges} does the merge.
 */
@Service
public class CustomerDuplicates {

  /** Enough digits that a shared tail plus the same name is no coincidence. */
  private static final int PHONE_TAIL_DIGITS = 6;
  private static final int LIMIT = 20;

  private final JdbcClient jdbc;

  CustomerDuplicates(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<DuplicateSuggestion> of(UUID customerId) {
    return jdbc.sql(
            """
            WITH c AS (SELECT id, email, phone_e164, lower(name) AS name FROM customers WHERE id = :id AND merged_into IS NULL),
            hits AS (
              SELECT d.id, 1 AS rank, 'same e-mail address' AS reason
                FROM customers d, c WHERE d.email = c.email AND d.merged_into IS NULL
              UNION ALL
              SELECT d.id, 2, 'same phone number'
                FROM customers d, c WHERE d.phone_e164 = c.phone_e164 AND d.merged_into IS NULL
              UNION ALL
              SELECT d.id, 3, 'same name and phone number ending'
                FROM customers d, c
               WHERE lower(d.name) = c.name AND d.merged_into IS NULL
                 AND right(d.phone_e164, :tail) = right(c.phone_e164, :tail)
            )
            SELECT * FROM (
              -- one row per duplicate, with its strongest reason
              SELECT DISTINCT ON (d.id) d.id, d.customer_number, d.name, d.email, d.phone, d.created_at, h.reason
                FROM hits h JOIN customers d ON d.id = h.id
               WHERE d.id <> :id
               ORDER BY d.id, h.rank) best
             ORDER BY created_at, id
             LIMIT :limit
            """)
        .param("id", customerId)
        .param("tail", PHONE_TAIL_DIGITS)
        .param("limit", LIMIT)
        .query(
            (rs, row) ->
                new DuplicateSuggestion(
                    rs.getObject("id", UUID.class),
                    rs.getString("customer_number"),
                    rs.getString("name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("reason")))
        .list();
  }
}
