package io.omnichannel.journeys.customerrequest;

import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.MailIntake;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.journeys.RequestType.PortalPage;
import io.omnichannel.processes.CustomerRequestProcess;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.RequestSummary;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Questions and callback wishes from any channel: each in its team's queue with the SLA of its type.
 * Complaints are a journey of their own ({@code journeys.complaint}).
 */
@Configuration(proxyBeanMethods = false)
class CustomerRequestJourney {

  @Bean
  Journey customerRequest(RequestIntake intake, CallbackDetails callbacks, CustomerRequestReply reply) {
    List<RequestType> types =
        Arrays.stream(CustomerRequestType.values())
            .map(type -> new RequestType(
                type.name(), type.path, type.label, new PortalPage(type.title, type.teaser, type.intro, "Send"),
                new CustomerRequestIntake(type, intake, callbacks), new Description(type, callbacks)))
            .toList();
    return new Journey(
        "customer-request",
        new JourneyProcess(CustomerRequestProcess.PROCESS_ID, CustomerRequestProcess.RESOURCE, CustomerRequestProcess.START_MESSAGE),
        types,
        List.of(reply),
        List.of(new MailIntake(CustomerRequestType.GENERAL_QUESTION.name(), MailIntake.LAST, CustomerRequestMail::readAsQuestion)),
        Optional.empty(),
        List.of());
  }

  private record Description(CustomerRequestType type, CallbackDetails callbacks) implements RequestDescription {

    @Override
    public String about(RequestSummary request) {
      return type.inWords;
    }

    @Override
    public String promise(RequestSummary request) {
      return callback(request)
          .map(callback -> "call you on " + callback.phone() + " (" + callback.window().label() + ")")
          .orElse("answer");
    }

    @Override
    public List<Fact> facts(RequestSummary request) {
      return callback(request)
          .map(callback -> List.of(new Fact("Call back on", callback.phone()), new Fact("When", callback.window().label())))
          .orElse(List.of());
    }

    private Optional<CallbackDetails.Callback> callback(RequestSummary request) {
      return type == CustomerRequestType.CALLBACK ? callbacks.of(request.id()) : Optional.empty();
    }
  }
}
