package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.integrations.Integration;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.ReservationIntake;
import io.omnichannel.requests.ReservationSubmission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Journey 3 for integrations and chat tools: the stock of every location, and reservations. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reservations", description = "See the stock of every store, reserve a piece for pickup")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class ReservationsApiController {

  static final String CREATE_RESERVATION = "create-reservation";

  private final ReservationIntake intake;
  private final StockLocations stock;
  private final ApiIntake apiIntake;
  private final ObjectMapper json;

  ReservationsApiController(ReservationIntake intake, StockLocations stock, ApiIntake apiIntake, ObjectMapper json) {
    this.intake = intake;
    this.stock = stock;
    this.apiIntake = apiIntake;
    this.json = json;
  }

  @GetMapping("/api/v1/stock")
  @Operation(
      summary = "Stock of a product in every location",
      description = "For chat staff and tools: which store has the product, how many are held for reservations and how many a new reservation can get.")
  @ApiResponse(responseCode = "200", description = "Every location stocking the product (empty when none does); stores with something available first")
  @ApiResponse(responseCode = "400", description = "typeNumber missing", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  List<StockLevelView> stock(@Parameter(description = "The product's type number", example = "VS-300-GN") @RequestParam String typeNumber) {
    return stock.ofProduct(typeNumber.strip()).stream().map(StockLevelView::of).toList();
  }

  @PostMapping("/api/v1/requests/" + RequestTypes.RESERVATION)
  @Operation(
      summary = "Reserve a piece at a store",
      description =
          "Takes the reservation into the ledger and starts its journey: the piece is held at once, the store sets it aside, "
              + "the customer gets a pickup code by e-mail. An unknown product or store is refused (422); a store with none left is not an "
              + "input error: the reservation is taken and the customer is told where else the product is. "
              + "With an Idempotency-Key a repeat returns the first reservation (200).")
  @ApiResponse(responseCode = "201", description = "Created", headers = @Header(name = "Location", description = "/api/v1/requests/{reference}"))
  @ApiResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key and body: the first reservation")
  @ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid Idempotency-Key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used with a different body", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "Missing or wrong values (unknown product or store), see errors; nothing was written", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<CreatedRequest> createReservation(
      @AuthenticationPrincipal Integration integration,
      @Parameter(in = ParameterIn.HEADER, description = "1–100 printable ASCII characters, e.g. a UUID; one per intended reservation")
          @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
          String idempotencyKey,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
          @RequestBody
          ReservationBody body) {
    String key = IdempotencyKeys.check(idempotencyKey);
    ReservationSubmission submission = body.toSubmission();
    ReservationSubmission inLedger = submission.withIdempotencyKey(IdempotencyKeys.inLedger(integration, key));
    return apiIntake.create(
        integration, CREATE_RESERVATION, key, fingerprint(submission),
        "Submitted through the API by the integration '" + integration.name() + "'.",
        () -> intake.submit(inLedger, IntakeChannel.API));
  }

  private String fingerprint(ReservationSubmission submission) {
    ReservationSubmission s = submission.stripped();
    try {
      return json.writeValueAsString(Arrays.asList(s.typeNumber(), s.storeId(), s.name(), s.email(), s.phone(), s.customerNumber()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
