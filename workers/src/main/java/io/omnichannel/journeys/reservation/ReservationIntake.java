package io.omnichannel.journeys.reservation;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.IntakeForm;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.processes.ReservationProcess;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.JourneyStart;
import io.omnichannel.requests.NewRequest;
import io.omnichannel.requests.RequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.platform.OrchestratorProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A reservation from any channel: an unknown product or store is refused; a product the store has
 * none of is taken in (the process tells the customer where else it is). The start names the store
 * and the team that sets the piece aside there.
 */
@Component
class ReservationIntake implements IntakeForm {

  private final RequestIntake intake;
  private final StockLocations stock;
  private final ReservationDetails details;
  private final ReservationProperties properties;
  private final ZoneId zone;
  private final Clock clock;

  ReservationIntake(
      RequestIntake intake,
      StockLocations stock,
      ReservationDetails details,
      ReservationProperties properties,
      OrchestratorProperties settings,
      Clock clock) {
    this.intake = intake;
    this.stock = stock;
    this.details = details;
    this.properties = properties;
    this.zone = settings.timeZone();
    this.clock = clock;
  }

  @Override
  public SubmittedRequest submit(IntakeInput input, IntakeChannel via) {
    ReservationSubmission s = ReservationSubmission.from(input);
    Map<String, String> errors = intake.problems(input, s);
    Optional<StockLocation> store = stock.find(s.storeId()).filter(StockLocation::isStore);
    if (s.storeId() != null && store.isEmpty()) {
      errors.putIfAbsent("storeId", "Please choose one of our stores.");
    }
    if (s.typeNumber() != null && stock.ofProduct(s.typeNumber()).isEmpty()) {
      errors.putIfAbsent("typeNumber", "We do not know this product. Please check the type number.");
    } else if (store.isPresent() && stock.level(store.get().id(), s.typeNumber()).isEmpty()) {
      errors.putIfAbsent("storeId", "This store does not carry the product. Please choose another store.");
    }
    Optional<AdviceWish> advice = AdviceWish.from(input, clock.instant(), properties.holdFor(), zone, errors);
    var request =
        new NewRequest(
            ReservationProcess.REQUEST_TYPE, s.name(), s.email(), s.phone(), s.customerNumber(), null, s.typeNumber(), null, null,
            null, input.idempotencyKey());
    JourneyStart start =
        store.map(at -> {
              Map<String, Object> variables = new LinkedHashMap<>(AdviceWish.startVariables(advice, zone));
              variables.put(ReservationProcess.Variables.STORE_ID, at.id());
              variables.put(ReservationProcess.Variables.STORE_TEAM, at.teamId());
              return new JourneyStart(ReservationProcess.START_MESSAGE, variables);
            })
            .orElse(null);
    return intake.submit(request, via, errors, start, id -> {
      details.save(id, store.orElseThrow().id());
      advice.ifPresent(wish -> details.saveAdvice(id, wish));
    });
  }

  @Override
  public String fragment() {
    return "journeys/reservation/intake :: fields";
  }

  @Override
  public String portalPrelude() {
    return "journeys/reservation/intake :: prelude";
  }

  /** The products to choose from, the stores, and how many each store has of the chosen product. */
  @Override
  public Map<String, Object> model(Map<String, String> values) {
    Map<String, String> products = new LinkedHashMap<>();
    stock.search("").forEach(level -> products.putIfAbsent(level.typeNumber(), level.productName()));
    Map<String, Integer> available = new LinkedHashMap<>();
    String typeNumber = values.get("typeNumber");
    if (typeNumber != null && !typeNumber.isBlank()) {
      stock.ofProduct(typeNumber.strip()).forEach(level -> available.put(level.location().id(), level.available()));
    }
    return Map.of(
        "products", products, "stores", stock.stores(), "available", available,
        "adviceLatest", LocalDateTime.ofInstant(clock.instant().plus(properties.holdFor()), zone).truncatedTo(ChronoUnit.MINUTES).toString(),
        "adviceHoldDays", properties.holdFor().toDays(),
        "adviceEarliest", LocalDateTime.ofInstant(clock.instant(), zone).truncatedTo(ChronoUnit.MINUTES).toString());
  }

  @Override
  public List<IntakeField> fields() {
    List<IntakeField> fields = new ArrayList<>(IntakeField.contact("Where the pickup code goes"));
    fields.add(IntakeField.required("typeNumber", "The product", "VS-300-GN", 64));
    fields.add(IntakeField.required("storeId", "The store to pick it up at; see GET /api/v1/stock", "store-berlin", 64));
    fields.add(IntakeField.optional("phone", "In case the store needs to reach her", "+49 30 5550 1234", 64));
    fields.add(new IntakeField(
        AdviceWish.WANTED, "true when she would like advice at pickup; then adviceTopic and adviceVisitAt are required", "true", false, 5,
        List.of("true", "false")));
    fields.add(IntakeField.optional(AdviceWish.TOPIC, "What she would like advice about", "Which fabric care suits velvet?", AdviceWish.MAX_TOPIC_LENGTH));
    fields.add(IntakeField.optional(
        AdviceWish.VISIT_AT, "When she plans to come, ISO-8601 with offset (or local time of the shop), in the future and within the hold",
        "2026-12-03T15:30:00+01:00", 40));
    return fields;
  }
}
