package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.integrations.Integration;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.RequestTracking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Submit a request of any type a journey serves, and follow it. One operation per type in the
 * OpenAPI document ({@link RequestTypesOpenApi}), one handler here: the type's intake reads the body.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Submit a customer's request and follow it")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class RequestsApiController {

  /** The body's {@code channel} of a public post or review. */
  static final String PUBLIC_CHANNEL = "public";


  private final Journeys journeys;
  private final RequestTracking tracking;
  private final ApiRequestAccess access;
  private final ApiIntake apiIntake;
  private final ObjectMapper json;

  RequestsApiController(Journeys journeys, RequestTracking tracking, ApiRequestAccess access, ApiIntake apiIntake, ObjectMapper json) {
    this.journeys = journeys;
    this.tracking = tracking;
    this.access = access;
    this.apiIntake = apiIntake;
    this.json = json;
  }

  /** Documented per type by {@link RequestTypesOpenApi}. */
  @PostMapping("/{type}")
  @Operation(hidden = true)
  ResponseEntity<CreatedRequest> create(
      @AuthenticationPrincipal Integration integration,
      @PathVariable String type,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @org.springframework.web.bind.annotation.RequestBody JsonNode body) {
    RequestType requestType = journeys.typeAt(type).orElseThrow(() -> unknownType(type));
    String key = IdempotencyKeys.check(idempotencyKey);
    ApiRequestBody read = ApiRequestBody.read(body);
    // a repeat: the intake answers with the first request (found by the same ledger key) and writes nothing
    return apiIntake.create(
        integration, "create-" + requestType.path(), key, fingerprint(read), receivedBy(integration, read.channel()),
        () -> requestType.intake().submit(read.toInput(IdempotencyKeys.inLedger(integration, key)), channelOf(read)));
  }

  @GetMapping("/{reference}")
  @Operation(
      summary = "A request's status and customer-visible history",
      description =
          "For the shop's \"my requests\" page; no staff notes, no pickup code. An integration reads the requests it "
              + "submitted, unless it was granted all requests.")
  @ApiResponse(responseCode = "200", description = "The request")
  @ApiResponse(responseCode = "404", description = "No request with this reference that this integration may read", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  RequestView request(@AuthenticationPrincipal Integration integration, @PathVariable String reference) {
    access.require(integration, reference);
    return tracking.findByReference(reference)
        .map(details -> RequestView.of(details, journeys.type(details.type()).map(RequestType::path).orElse(details.type())))
        .orElseThrow(() -> new UnknownRequestException(reference));
  }

  /** A social-listening integration reports a public post or review: the ledger's channel PUBLIC; any other channel is the API's. */
  private static IntakeChannel channelOf(ApiRequestBody body) {
    return PUBLIC_CHANNEL.equalsIgnoreCase(body.channel()) ? IntakeChannel.PUBLIC : IntakeChannel.API;
  }

  private UnknownRequestTypeException unknownType(String type) {
    return new UnknownRequestTypeException(type, journeys.formTypes().stream().map(RequestType::path).sorted().toList());
  }

  private String fingerprint(ApiRequestBody body) {
    try {
      return json.writeValueAsString(body.fingerprint());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String receivedBy(Integration integration, String channel) {
    return "Submitted through the API by the integration '" + integration.name() + "'"
        + (channel == null ? "." : " (channel: " + channel + ").");
  }
}
