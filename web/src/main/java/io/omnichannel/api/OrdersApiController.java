package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.integrations.IdempotencyConflictException;
import io.omnichannel.integrations.Integration;
import io.omnichannel.orders.ImpossibleShipmentEventException;
import io.omnichannel.orders.NewOrder;
import io.omnichannel.orders.OrderIntakes;
import io.omnichannel.orders.Orders;
import io.omnichannel.orders.Shipment;
import io.omnichannel.orders.ShipmentEventKind;
import io.omnichannel.orders.Shipments;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.RequestTracking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders from the shop and what carriers report of their parcels. An order is a request of the
 * ledger (its reference and the customer's status page come back at once); the shop's order number
 * is its key.
 */
@RestController
@Tag(name = "Orders", description = "Take an order in, follow it, and report its parcels")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class OrdersApiController {

  private final OrderIntakes intakes;
  private final Orders orders;
  private final Shipments shipments;
  private final RequestTracking tracking;
  private final ApiIntake apiIntake;
  private final ObjectMapper json;
  private final Clock clock;

  OrdersApiController(
      OrderIntakes intakes, Orders orders, Shipments shipments, RequestTracking tracking, ApiIntake apiIntake, ObjectMapper json, Clock clock) {
    this.intakes = intakes;
    this.orders = orders;
    this.shipments = shipments;
    this.tracking = tracking;
    this.apiIntake = apiIntake;
    this.json = json;
    this.clock = clock;
  }

  @PostMapping(path = "/api/v1/orders", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Take an order in",
      description =
          "Allocated at once to the web warehouse and, for what it lacks, the stores (the fewest parcels); the customer is told"
              + " before any parcel leaves when it comes in more than one. COLLECT orders are confirmed with the promised pickup"
              + " day. The order number is the key: the same order again is answered with the first (200), another body with"
              + " the same number is refused (409).")
  @ApiResponse(responseCode = "201", description = "Taken in")
  @ApiResponse(responseCode = "200", description = "This order was taken in before; the first answer again")
  @ApiResponse(responseCode = "409", description = "The order number was used before with another order", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "Fields missing or wrong (an unknown type number, a quantity of 0 or above 99); nothing written", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<CreatedRequest> create(@AuthenticationPrincipal Integration integration, @RequestBody OrderBody body) {
    NewOrder order = body.toOrder();
    String key = order.orderNumber() == null || order.orderNumber().isBlank() ? null : "order:" + order.orderNumber();
    return apiIntake.create(
        integration,
        "create-order",
        key,
        fingerprint(body),
        "Order " + order.orderNumber() + " from the integration '" + integration.name() + "'" + (body.channel() == null ? "." : " (channel: " + body.channel() + ")."),
        () -> intakes.submit(order, integration.name(), IntakeChannel.API),
        reference -> URI.create("/api/v1/orders/" + order.orderNumber()));
  }

  @GetMapping(path = "/api/v1/orders/{orderNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "An order with its lines and parcels", description = "Only the integration that sent the order reads it.")
  @ApiResponse(responseCode = "200", description = "The order")
  @ApiResponse(responseCode = "404", description = "No order with this number from this integration", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  OrderView order(@AuthenticationPrincipal Integration integration, @PathVariable String orderNumber) {
    var order = orders.byNumber(integration.name(), orderNumber).orElseThrow(() -> new UnknownOrderException(orderNumber));
    RequestSummary request = tracking.summary(order.requestId());
    return OrderView.of(order, request.reference(), request.status().name());
  }

  @PostMapping(path = "/api/v1/shipments/{shipmentId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Report what happened to a parcel",
      description =
          "For the carrier's integration or the warehouse system: handed over (with the tracking number), in transit, delayed,"
              + " delivered, lost. The same event again changes nothing. The integration that sent the order, or one granted all"
              + " requests, may report.")
  @ApiResponse(responseCode = "200", description = "The parcel as it is now")
  @ApiResponse(responseCode = "404", description = "No parcel with this id that this integration may report on", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The event cannot happen to the parcel now (delivered before handed over, anything after delivered or lost)", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "An unknown event, or handed over without a tracking number", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  OrderView.ShipmentView report(
      @AuthenticationPrincipal Integration integration, @PathVariable String shipmentId, @RequestBody ShipmentEventBody body) {
    Shipment shipment = reachable(integration, shipmentId);
    ShipmentEventKind kind = kind(body);
    return OrderView.ShipmentView.of(
        shipments.record(
            shipment.id(), kind, body.carrier(), body.trackingNumber(), body.detail(),
            body.occurredAt() == null ? clock.instant() : body.occurredAt(), "api:" + integration.name(), clock.instant()));
  }

  private Shipment reachable(Integration integration, String shipmentId) {
    UUID id;
    try {
      id = UUID.fromString(shipmentId);
    } catch (IllegalArgumentException notAnId) {
      throw new UnknownShipmentException(shipmentId);
    }
    return shipments.find(id)
        .filter(shipment -> orders.integrationOf(shipment.requestId()).filter(integration::mayAccessRequestOf).isPresent())
        .orElseThrow(() -> new UnknownShipmentException(shipmentId));
  }

  private static ShipmentEventKind kind(ShipmentEventBody body) {
    Map<String, String> errors = new LinkedHashMap<>();
    ShipmentEventKind kind = null;
    try {
      kind = body.event() == null ? null : ShipmentEventKind.valueOf(body.event().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      // reported below
    }
    if (kind == null) {
      errors.put("event", "HANDED_OVER, IN_TRANSIT, DELAYED, DELIVERED or LOST.");
    }
    if (kind == ShipmentEventKind.HANDED_OVER && (body.trackingNumber() == null || body.trackingNumber().isBlank())) {
      errors.put("trackingNumber", "The tracking number is required when the parcel is handed over.");
    }
    if (body.trackingNumber() != null && body.trackingNumber().length() > 64) {
      errors.put("trackingNumber", "At most 64 characters.");
    }
    if (body.carrier() != null && body.carrier().length() > 64) {
      errors.put("carrier", "At most 64 characters.");
    }
    if (body.detail() != null && body.detail().length() > 500) {
      errors.put("detail", "At most 500 characters.");
    }
    if (!errors.isEmpty()) {
      throw new InvalidApiInputException(errors);
    }
    return kind;
  }

  private String fingerprint(OrderBody body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ResponseEntity<ProblemDetail> orderNumberUsed(IdempotencyConflictException e, HttpServletRequest request) {
    return problem(
        HttpStatus.CONFLICT, ApiProblems.ORDER_NUMBER_CONFLICT, "Order number used before",
        "This integration sent another order with this order number. Send an order again only exactly as before; a new order needs a new number.",
        request);
  }

  @ExceptionHandler(UnknownOrderException.class)
  ResponseEntity<ProblemDetail> unknownOrder(UnknownOrderException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, ApiProblems.UNKNOWN_ORDER, "Unknown order", e.getMessage(), request);
  }

  @ExceptionHandler(UnknownShipmentException.class)
  ResponseEntity<ProblemDetail> unknownShipment(UnknownShipmentException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, ApiProblems.UNKNOWN_SHIPMENT, "Unknown parcel", e.getMessage(), request);
  }

  @ExceptionHandler(ImpossibleShipmentEventException.class)
  ResponseEntity<ProblemDetail> impossible(ImpossibleShipmentEventException e, HttpServletRequest request) {
    return problem(
        HttpStatus.CONFLICT, ApiProblems.IMPOSSIBLE_SHIPMENT_EVENT, "Impossible for this parcel now",
        "The parcel is " + e.state() + "; it cannot be " + e.kind() + ". Nothing was changed.", request);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, URI type, String title, String detail, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(ApiProblems.problem(status, type, title, detail, request.getRequestURI()));
  }

  static final class UnknownOrderException extends RuntimeException {
    UnknownOrderException(String orderNumber) {
      super("There is no order " + orderNumber + " from this integration.");
    }
  }

  static final class UnknownShipmentException extends RuntimeException {
    UnknownShipmentException(String shipmentId) {
      super("There is no parcel " + shipmentId + " this integration may report on.");
    }
  }
}
