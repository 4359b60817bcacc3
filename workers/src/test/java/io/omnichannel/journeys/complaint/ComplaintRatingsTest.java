package io.omnichannel.journeys.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.journeys.complaint.ComplaintRatings.LinkState;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestLedger;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rating link's rules on real PostgreSQL: unguessable, once, 14 days, 1–5 and a short comment; a poor rating reopens. */
class ComplaintRatingsTest extends ServiceCoreTest {

  @Autowired ComplaintRatings ratings;
  @Autowired RequestLedger ledger;
  @Autowired RequestTracking tracking;
  @Autowired StaffDirectory directory;
  @Autowired StaffUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired io.omnichannel.notifications.MailDispatcher mailDispatcher;

  /** The mails a test enqueued go out, so no later test of the shared context finds a backlog in its batch. */
  @org.junit.jupiter.api.AfterEach
  void deliverTheMailsEnqueued() {
    while (mailDispatcher.sendDue(java.time.Instant.now()) > 0) {
      // the next batch
    }
  }

  private SubmittedRequest closedComplaint() {
    SubmittedRequest complaint = submit("complaint", ComplaintIntakeTest.complaint(unique() + "@example.com", "The lamp flickers."));
    ledger.close(complaint.id());
    return complaint;
  }

  private String tokenOf(UUID requestId) {
    return jdbc.sql("SELECT token FROM complaint_ratings WHERE request_id = ?").param(requestId).query(String.class).single();
  }

  @Test
  void theInvitation_isOnePerCase_withAnUnguessableLink() {
    SubmittedRequest complaint = closedComplaint();
    ratings.invite(complaint.id());
    ratings.invite(complaint.id());

    String token = tokenOf(complaint.id());
    assertThat(token).hasSizeGreaterThanOrEqualTo(32).doesNotContain(complaint.reference());
    assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE request_id = ? AND dedup_key LIKE 'rating-invite:%'").param(complaint.id())
            .query(String.class).list())
        .singleElement()
        .satisfies(body -> assertThat(body).contains("https://shop.example/rate/" + token));
    assertThat(ratings.link(token)).hasValueSatisfying(link -> {
      assertThat(link.reference()).isEqualTo(complaint.reference());
      assertThat(link.state()).isEqualTo(LinkState.OPEN);
    });
    assertThat(ratings.link("not-" + token)).isEmpty();
  }

  @Test
  void aBadRating_isAFieldError_andWritesNothing_aGoodOneCountsOnce() {
    SubmittedRequest complaint = closedComplaint();
    ratings.invite(complaint.id());
    String token = tokenOf(complaint.id());

    assertThatThrownBy(() -> ratings.rate(token, null, null))
        .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("rating"));
    assertThatThrownBy(() -> ratings.rate(token, "6", "x".repeat(2001)))
        .isInstanceOfSatisfying(InvalidSubmissionException.class,
            e -> assertThat(e.fieldErrors())
                .containsEntry("rating", "Please choose one of 1, 2, 3, 4 or 5.")
                .containsEntry("comment", "Please keep the comment under 2,000 characters."));
    assertThat(ratedMessages(complaint.id())).isEmpty();

    assertThat(ratings.rate(token, "4", "Quick and friendly.")).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(LinkState.RATED));
    assertThat(ratings.rate(token, "1", "Changed my mind")).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(LinkState.RATED));

    assertThat(ratedMessages(complaint.id())).containsExactly("{\"rating\": 4}");
    assertThat(jdbc.sql("SELECT summary FROM customer_timeline WHERE request_id = ? AND kind = 'COMPLAINT_RATED'").param(complaint.id())
            .query(String.class).list())
        .containsExactly("Rated the handling of complaint " + complaint.reference() + ": 4 of 5 — Quick and friendly.");
    assertThat(ratings.overview(1000).ratings())
        .filteredOn(r -> r.reference().equals(complaint.reference()))
        .singleElement()
        .satisfies(r -> {
          assertThat(r.rating()).isEqualTo(4);
          assertThat(r.comment()).isEqualTo("Quick and friendly.");
        });
  }

  @Test
  void anExpiredLink_takesNoRating() {
    SubmittedRequest complaint = closedComplaint();
    ratings.invite(complaint.id());
    jdbc.sql("UPDATE complaint_ratings SET expires_at = now() - interval '1 minute' WHERE request_id = ?").param(complaint.id()).update();
    String token = tokenOf(complaint.id());

    assertThat(ratings.rate(token, "5", null)).hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(LinkState.EXPIRED));
    assertThat(ratedMessages(complaint.id())).isEmpty();
  }

  @Test
  void aPoorRating_reopensTheCase_forTheTeamLead_visibleToTheCustomer() {
    String lead = directory.team("complaints").map(Team::leadUsername).orElseGet(() -> {
      String username = "lead-" + unique();
      users.save(new StaffUser(username, "Lena Lead", username + "@staff.shop.example", "x", Set.of(StaffRole.TEAM_LEAD), false, null));
      directory.saveTeam(new Team("complaints", "Complaints", username, null));
      return username;
    });
    SubmittedRequest complaint = closedComplaint();
    ratings.invite(complaint.id());
    ratings.rate(tokenOf(complaint.id()), "2", "Nobody called me back.");

    assertThat(ratings.reopen(complaint.id())).isEqualTo(lead);
    assertThat(ratings.reopen(complaint.id())).isEqualTo(lead);

    var details = tracking.findById(complaint.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.WAITING_FOR_STAFF);
    assertThat(details.status().isOpen()).isTrue();
    assertThat(details.closedAt()).isNull();
    assertThat(details.events()).filteredOn(e -> e.kind().equals("REOPENED")).singleElement().satisfies(e -> {
      assertThat(e.customerVisible()).isTrue();
      assertThat(e.summary()).contains("2 of 5").contains("reopened");
    });
    // open again, so the customer's next complaint joins this case
    SubmittedRequest again = submit("complaint", ComplaintIntakeTest.complaint(details.contactEmail(), "Still flickering."));
    assertThat(again.reference()).isEqualTo(complaint.reference());
  }

  private List<String> ratedMessages(UUID requestId) {
    return jdbc.sql("SELECT variables::text FROM process_outbox WHERE request_id = ? AND message_name = 'ComplaintRated'")
        .param(requestId).query(String.class).list();
  }
}
