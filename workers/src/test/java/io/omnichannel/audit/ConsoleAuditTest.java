package io.omnichannel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The console's audit log on real PostgreSQL (V30): entries commit with the change they describe. */
class ConsoleAuditTest extends ServiceCoreTest {

  @Autowired ConsoleAudit audit;
  @Autowired TransactionTemplate transactions;

  @Test
  void entriesAreReadBackPerSubjectNewestFirstWithTheirDetail() {
    String subject = "sla-" + UUID.randomUUID();
    transactions.executeWithoutResult(tx -> audit.record("paul", "sla-policy", subject, "changed", Map.of("businessMinutes", 120)));
    transactions.executeWithoutResult(tx -> audit.record("admin", "sla-policy", subject, "changed", Map.of("businessMinutes", 90)));
    transactions.executeWithoutResult(tx -> audit.record("paul", "sla-policy", "another-" + subject, "changed", Map.of()));

    assertThat(audit.latest("sla-policy", subject, 10))
        .extracting(AuditEntry::username, entry -> entry.detail().get("businessMinutes"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("admin", 90),
            org.assertj.core.groups.Tuple.tuple("paul", 120));
    assertThat(audit.latest("sla-policy", null, 500)).extracting(AuditEntry::subject).contains(subject, "another-" + subject);
  }

  @Test
  void anEntryOutsideTheChangesTransactionIsRefused() {
    assertThatThrownBy(() -> audit.record("paul", "model", "x", "deployed", Map.of()))
        .isInstanceOf(IllegalTransactionStateException.class);
  }

  @Test
  void aRolledBackChangeLeavesNoEntry() {
    String subject = "cal-" + UUID.randomUUID();
    transactions.executeWithoutResult(tx -> {
      audit.record("paul", "calendar", subject, "changed", Map.of());
      tx.setRollbackOnly();
    });
    assertThat(audit.latest("calendar", subject, 10)).isEmpty();
  }
}
