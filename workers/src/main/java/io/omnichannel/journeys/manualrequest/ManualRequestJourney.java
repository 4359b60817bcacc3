package io.omnichannel.journeys.manualrequest;

import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.MailIntake;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.journeys.RequestType.PortalPage;
import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.requests.RequestSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Journey 1, the manual that took five days: a customer asks for the manual of a product she bought;
 * the purchase is verified automatically where the data allows, the manual goes out when the
 * library has it, otherwise the service centre reviews the request within its SLA.
 */
@Configuration(proxyBeanMethods = false)
class ManualRequestJourney {

  static final String PATH = "manual";

  @Bean
  Journey manualRequest(ManualRequestIntake intake, ManualReviewForm review) {
    return new Journey(
        "manual-request",
        new JourneyProcess(ManualRequestProcess.PROCESS_ID, ManualRequestProcess.RESOURCE, ManualRequestProcess.START_MESSAGE),
        List.of(
            new RequestType(
                ManualRequestProcess.REQUEST_TYPE,
                PATH,
                "Manual",
                new PortalPage(
                    "Request a manual",
                    "Lost or too-thin manual for something you bought from us? We send the PDF.",
                    "Tell us what you bought. With your customer number or order number we can usually send the manual right away; "
                        + "otherwise attach the receipt and a colleague will check it.",
                    "Send request"),
                intake,
                new Description())),
        List.of(review),
        // before the general question: a mail naming a type number and asking for a manual is one
        List.of(new MailIntake(ManualRequestProcess.REQUEST_TYPE, 100, ManualRequestMail::read)),
        Optional.empty(),
        List.of());
  }

  private static final class Description implements RequestDescription {
    @Override
    public String about(RequestSummary request) {
      return "your request for the manual of " + request.typeNumber();
    }

    @Override
    public String promise(RequestSummary request) {
      return "answer";
    }
  }
}
