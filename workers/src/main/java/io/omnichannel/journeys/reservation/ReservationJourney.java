package io.omnichannel.journeys.reservation;

import io.omnichannel.inventory.StockLocations;
import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journey.JourneyProcess;
import io.omnichannel.journeys.Journey.StaffPage;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.journeys.RequestType.PortalPage;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.requests.RequestSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Journey 3, the green velvet sofa: a piece is held at once at the store the customer chose, the
 * store's team confirms the set-aside within its SLA, she gets a pickup code and a reminder, and
 * the hold ends by pickup, cancellation or expiry.
 */
@Configuration(proxyBeanMethods = false)
class ReservationJourney {

  @Bean
  Journey reservation(
      ReservationIntake intake, SetAsideForm setAside, PrepareAdviceForm prepareAdvice, ReservationStatusPage statusPage, ReservationDetails details, StockLocations stock) {
    return new Journey(
        "reservation",
        new JourneyProcess(ReservationProcess.PROCESS_ID, ReservationProcess.RESOURCE, ReservationProcess.START_MESSAGE),
        List.of(
            new RequestType(
                ReservationProcess.REQUEST_TYPE,
                "reservation",
                "Reservation",
                new PortalPage(
                    "Reserve in a store",
                    "Seen it online, want it today? We hold a piece in the store of your choice and send you a pickup code.",
                    "Choose the product and the store: we hold the piece for you at once, the store sets it aside and you get a pickup "
                        + "code by e-mail. You pay when you pick it up.",
                    "Reserve"),
                intake,
                new Description(details, stock))),
        List.of(setAside, prepareAdvice),
        List.of(),
        Optional.of(statusPage),
        // the counter where staff hand a reservation over against its code (journeys.reservation.counter, web)
        List.of(new StaffPage("Pickup counter", "/staff/pickups")));
  }

  private record Description(ReservationDetails details, StockLocations stock) implements RequestDescription {

    @Override
    public String about(RequestSummary request) {
      return "your reservation of " + request.typeNumber();
    }

    @Override
    public String promise(RequestSummary request) {
      return "confirm that the store has set it aside";
    }

    @Override
    public List<Fact> facts(RequestSummary request) {
      return details.storeOf(request.id())
          .map(storeId -> List.of(new Fact("Pick up at", stock.find(storeId).map(store -> store.name() + ", " + store.city()).orElse(storeId))))
          .orElse(List.of());
    }
  }
}
