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

  ReservationIntake(RequestIntake intake, StockLocations stock, ReservationDetails details) {
    this.intake = intake;
    this.stock = stock;
    this.details = details;
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
    var request =
        new NewRequest(
            ReservationProcess.REQUEST_TYPE, s.name(), s.email(), s.phone(), s.customerNumber(), null, s.typeNumber(), null, null,
            null, input.idempotencyKey());
    JourneyStart start =
        store.map(at -> new JourneyStart(
                ReservationProcess.START_MESSAGE,
                Map.of(ReservationProcess.Variables.STORE_ID, at.id(), ReservationProcess.Variables.STORE_TEAM, at.teamId())))
            .orElse(null);
    return intake.submit(request, via, errors, start, id -> details.save(id, store.orElseThrow().id()));
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
    return Map.of("products", products, "stores", stock.stores(), "available", available);
  }

  @Override
  public List<IntakeField> fields() {
    List<IntakeField> fields = new ArrayList<>(IntakeField.contact("Where the pickup code goes"));
    fields.add(IntakeField.required("typeNumber", "The product", "VS-300-GN", 64));
    fields.add(IntakeField.required("storeId", "The store to pick it up at; see GET /api/v1/stock", "store-berlin", 64));
    fields.add(IntakeField.optional("phone", "In case the store needs to reach her", "+49 30 5550 1234", 64));
    return fields;
  }
}
