package io.omnichannel.watchdog;

import io.omnichannel.notifications.MailOutbox;
import io.omnichannel.notifications.OutboundMail;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.platform.Links;
import org.springframework.stereotype.Component;

/** Tells the process owners of a new finding (one mail each, however often it is raised) and notes it in the request's history. */
@Component
class WatchdogAlerts {

  static final String RAISED_EVENT = "WATCHDOG_RAISED";

  private final StaffUsers users;
  private final MailOutbox outbox;
  private final RequestTimeline timeline;
  private final Links links;

  WatchdogAlerts(StaffUsers users, MailOutbox outbox, RequestTimeline timeline, Links links) {
    this.users = users;
    this.outbox = outbox;
    this.timeline = timeline;
    this.links = links;
  }

  void raised(Finding finding) {
    String about = finding.reference() != null ? "request " + finding.reference() : finding.kind().meaning();
    if (finding.requestId() != null) {
      timeline.record(finding.requestId(), RAISED_EVENT, "Watchdog: " + finding.kind().label() + " — " + finding.detail(), false, "watchdog");
    }
    for (StaffUser owner : users.withRole(StaffRole.PROCESS_OWNER)) {
      String key = "watchdog:" + finding.id() + ":" + finding.timesRaised() + ":" + owner.username();
      String body = "Hello " + owner.displayName() + ",\n\nthe watchdog found " + about + ": " + finding.kind().label()
          + " (" + finding.kind().meaning() + ").\n\n" + finding.detail() + "\n\nThe watchdog's list: " + links.page("/staff/watchdog") + "\n";
      outbox.enqueue(OutboundMail.watchdogAlert(key, owner.email(), "Watchdog: " + finding.kind().label() + ", " + about, body));
    }
  }
}
