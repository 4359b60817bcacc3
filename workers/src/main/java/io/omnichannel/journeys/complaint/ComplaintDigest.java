package io.omnichannel.journeys.complaint;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.platform.Links;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process owners' daily digest of complaints still open past the time promised to the
 * customer. Once per day (table {@code complaint_digests}, keyed by the day); nothing is sent when
 * nothing is late.
 */
@Service
class ComplaintDigest {

  private final RequestTracking tracking;
  private final StaffUsers users;
  private final MailOutbox mail;
  private final Links links;
  private final CustomerWording wording;
  private final JdbcClient jdbc;
  private final Clock clock;

  ComplaintDigest(
      RequestTracking tracking, StaffUsers users, MailOutbox mail, Links links, CustomerWording wording, JdbcClient jdbc, Clock clock) {
    this.tracking = tracking;
    this.users = users;
    this.mail = mail;
    this.links = links;
    this.wording = wording;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @return the mails enqueued: 0 when nothing is late or the day's digest went out before */
  @Transactional
  public int send(LocalDate day) {
    Instant now = clock.instant();
    List<RequestSummary> late = tracking.overdue(ComplaintProcess.REQUEST_TYPE, now);
    int rows =
        jdbc.sql("INSERT INTO complaint_digests (digest_date, late_count, created_at) VALUES (?, ?, ?) ON CONFLICT (digest_date) DO NOTHING")
            .params(day, late.size(), java.sql.Timestamp.from(now))
            .update();
    if (rows == 0 || late.isEmpty()) {
      return 0;
    }
    StringBuilder list = new StringBuilder();
    for (RequestSummary complaint : late) {
      list.append("- ").append(complaint.reference()).append(", ").append(complaint.contactName())
          .append(complaint.subject() == null ? "" : ": " + complaint.subject())
          .append(" (promised by ").append(wording.dayAndTime(complaint.expectedBy())).append(")\n")
          .append("  ").append(links.page("/staff/customers/" + complaint.customerId())).append('\n');
    }
    int sent = 0;
    for (StaffUser owner : users.withRole(StaffRole.PROCESS_OWNER)) {
      String body = "Hello " + owner.displayName() + ",\n\n" + late.size() + " complaint(s) are still open past the time we promised"
          + " the customer:\n\n" + list + "\nThe team leads were told at each due time; this is the daily view of the whole.\n";
      if (mail.enqueue(OutboundMail.toStaff(
          "complaint-digest:" + day + ":" + owner.username(), null, owner.email(),
          "Daily digest " + day + ": " + late.size() + " complaint(s) past their promised time", body))) {
        sent++;
      }
    }
    return sent;
  }
}
