package io.omnichannel.journeys.complaint;

import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.Journey.StaffPage;
import io.omnichannel.journeys.MailIntake;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.journeys.RequestType.PortalPage;
import io.omnichannel.processes.ComplaintProcess;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.RequestSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints from every channel: one case per customer in the complaints team's queue, escalated at
 * once when public or repeated, and up the ladder to the process owners at twice the SLA.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintJourney {

  /** Mails are read as complaints after the manual rule (100) and before the catch-all question rule. */
  static final int MAIL_ORDER = 200;

  /** The staff page of ratings (team leads, process owners, admins). */
  public static final String RATINGS_PAGE = "/staff/complaints/ratings";

  @Bean
  Journey complaint(RequestIntake intake, RequestTracking tracking, ComplaintDetails details, ComplaintReply reply, ComplaintReopenedForm reopened) {
    RequestType type =
        new RequestType(
            ComplaintProcess.REQUEST_TYPE, "complaint", "Complaint",
            new PortalPage(
                "Make a complaint", "Something went wrong? Our complaints team takes it on within hours, not days.",
                "Tell us what went wrong. Our complaints team takes it on within hours and keeps you informed.", "Send"),
            new ComplaintIntake(intake, details, tracking), new Description(details));
    return new Journey(
        "complaint",
        new JourneyProcess(ComplaintProcess.PROCESS_ID, ComplaintProcess.RESOURCE, ComplaintProcess.START_MESSAGE),
        List.of(type),
        List.of(reply, reopened),
        List.of(new MailIntake(ComplaintProcess.REQUEST_TYPE, MAIL_ORDER, ComplaintMail::read)),
        Optional.empty(),
        List.of(new StaffPage("Complaint ratings", RATINGS_PAGE, List.of("TEAM_LEAD", "PROCESS_OWNER", "ADMIN"))));
  }

  private record Description(ComplaintDetails details) implements RequestDescription {

    @Override
    public String about(RequestSummary request) {
      return "your complaint";
    }

    @Override
    public String promise(RequestSummary request) {
      return "answer";
    }

    @Override
    public List<Fact> facts(RequestSummary request) {
      return details.publicUrl(request.id()).map(url -> List.of(new Fact("Public post", url))).orElse(List.of());
    }
  }
}
