package io.omnichannel.watchdog;

import io.omnichannel.notifications.JdbcMailOutbox;
import io.omnichannel.notifications.MailProperties;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** The one-click way out of a "Mail failed" finding: send the mail again now instead of at its next retry. */
@Service
public class FailedMailResend {

  private final WatchdogFindings findings;
  private final JdbcMailOutbox mails;
  private final MailProperties properties;

  FailedMailResend(WatchdogFindings findings, JdbcMailOutbox mails, MailProperties properties) {
    this.findings = findings;
    this.mails = mails;
    this.properties = properties;
  }

  /** How often the outbox tries a failed mail again by itself, in minutes. */
  public long retryMinutes() {
    return properties.failedRetryInterval().toMinutes();
  }

  /**
   * @return false when the finding is not an open failed-mail finding or the mail is no longer
   *     failed (it went out meanwhile); the finding resolves itself once the mail is sent
   */
  public boolean sendAgain(UUID findingId) {
    return findings
        .find(findingId)
        .filter(finding -> finding.open() && finding.kind() == FindingKind.MAIL_FAILED)
        .map(finding -> mails.sendAgainNow(finding.subjectId()))
        .orElse(false);
  }
}
