package io.omnichannel.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on a three-broker cluster, one broker and then one instance killed
 * mid-load (see {@link ScaleOutDrill} and docs/reliability.md): nothing accepted is lost, nothing
 * is sent, started or taken in twice, and the watchdog raises and alerts once.
 */
class ScaleOutDrillTest {

  @Test
  void twoInstancesOnAThreeBrokerClusterLoseNothingAndDoNothingTwiceWhenABrokerAndAnInstanceAreKilled() throws Exception {
    var settings = ScaleOutDrill.Settings.parse(new String[0]);
    assumeTrue(Files.isRegularFile(settings.jar()), "build the application jar first: ./mvnw -DskipTests package");

    var result = ScaleOutDrill.run(settings, System.out::println);
    System.out.println(ScaleOutDrill.report(result));

    long accepted = result.load().accepted();
    assertThat(accepted).as("most calls are accepted, through both instances").isGreaterThan(result.load().scheduled() / 2);
    assertThat(result.faults()).containsOnlyKeys("broker 2 killed", "application B killed");
    assertThat(result.acceptedClosed()).as("every accepted request closes").isEqualTo(accepted);
    assertThat(result.requestsClosedOrWithTask())
        .as("every request in the ledger closes or waits at its task, also those whose caller lost the answer")
        .isEqualTo(result.requestsInLedger());
    assertThat(result.acceptedWithTwoMails()).as("each accepted request: its acknowledgement and its manual, once").isEqualTo(accepted);
    assertThat(result.startsPerRequestAboveOne()).as("no request acknowledged twice").isZero();
    assertThat(result.unsentMails()).isZero();
    // SMTP has no transaction with PostgreSQL: the one mail the killed instance had handed over and
    // not yet marked sent may go out again, with the same Message-ID; nothing else may repeat
    assertThat(result.duplicateMessageIds()).as("at most the mail in flight at the kill reaches the mail server twice").isLessThanOrEqualTo(1);
    assertThat(result.repeatedNotInFlightAtTheKill()).as("repeated mails: %s", result.repeatedMails()).isZero();
    assertThat(result.mailsReceived()).as("every mail sent reached the mail server").isEqualTo(result.mailsSent() + result.duplicateMessageIds());
    assertThat(result.inboundMailsTaken()).as("each intake mail recorded once").isEqualTo(result.inboundMailsDelivered());
    assertThat(result.inboundRequestsOpened())
        .as("one request per readable intake mail, each with one task (no purchase proof in a mail)")
        .isEqualTo(result.inboundMailsDelivered() - 1);
    assertThat(result.watchdogFindings()).as("the unreadable intake mail raised once by two sweeping instances").isEqualTo(1);
    assertThat(result.watchdogAlertsReceived()).as("and its alert sent once").isEqualTo(1);
  }
}
