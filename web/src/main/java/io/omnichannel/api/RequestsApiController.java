package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.integrations.IdempotentCalls;
import io.omnichannel.integrations.Integration;
import io.omnichannel.requests.ManualRequestIntake;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.ManualRequestSubmission;
import io.omnichannel.requests.RequestTimeline;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Submit a customer's request and follow it")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class RequestsApiController {

  static final String CREATE_MANUAL = "create-manual-request";

  private final ManualRequestIntake intake;
  private final RequestTracking tracking;
  private final RequestTimeline timeline;
  private final IdempotentCalls calls;
  private final Validator validator;
  private final ObjectMapper json;
  private final String publicBaseUrl;

  RequestsApiController(
      ManualRequestIntake intake,
      RequestTracking tracking,
      RequestTimeline timeline,
      IdempotentCalls calls,
      Validator validator,
      ObjectMapper json,
      @Value("${orchestrator.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.intake = intake;
    this.tracking = tracking;
    this.timeline = timeline;
    this.calls = calls;
    this.validator = validator;
    this.json = json;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @PostMapping("/" + RequestTypes.MANUAL)
  @Operation(
      summary = "Submit a manual request",
      description =
          "Takes the request into the ledger and starts its journey; the customer gets an acknowledgement mail. "
              + "With an Idempotency-Key a repeat returns the first request (200) instead of a second one.")
  @ApiResponse(
      responseCode = "201",
      description = "Created",
      headers = @Header(name = "Location", description = "/api/v1/requests/{reference}"))
  @ApiResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key and body: the first request")
  @ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid Idempotency-Key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used with a different body", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "Missing or wrong values, see errors; nothing was written", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<CreatedRequest> createManualRequest(
      @AuthenticationPrincipal Integration integration,
      @Parameter(in = ParameterIn.HEADER, description = "1–100 printable ASCII characters, e.g. a UUID; one per intended request")
          @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
          String idempotencyKey,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
          @RequestBody
          ManualRequestBody body) {
    String key = IdempotencyKeys.check(idempotencyKey);
    Map<String, String> errors = new LinkedHashMap<>();
    ManualRequestSubmission submission = body.toSubmission(errors);
    if (!errors.isEmpty()) {
      throw new InvalidApiInputException(withOtherFieldErrors(submission, errors));
    }
    ManualRequestSubmission inLedger = submission.withIdempotencyKey(IdempotencyKeys.inLedger(integration, key));
    AtomicReference<SubmittedRequest> created = new AtomicReference<>();
    IdempotentCalls.Outcome outcome =
        calls.run(
            integration,
            CREATE_MANUAL,
            key,
            fingerprint(submission, body.strippedChannel()),
            () -> {
              SubmittedRequest submitted = intake.submit(inLedger, IntakeChannel.API);
              timeline.record(submitted.id(), "RECEIVED_BY_API", receivedBy(integration, body.strippedChannel()), false, "api:" + integration.name());
              created.set(submitted);
              return submitted.reference();
            });
    // a repeat: the intake answers with the first request (found by the same ledger key) and writes nothing
    SubmittedRequest submitted = outcome.created() ? created.get() : intake.submit(inLedger);
    CreatedRequest response =
        new CreatedRequest(
            submitted.reference(),
            publicBaseUrl + "/track/" + submitted.trackingToken(),
            submitted.expectedBy(),
            tracking.statusOf(submitted.reference()).orElseThrow().name());
    return outcome.created()
        ? ResponseEntity.created(URI.create("/api/v1/requests/" + submitted.reference())).body(response)
        : ResponseEntity.ok(response);
  }

  @GetMapping("/{reference}")
  @Operation(summary = "A request's status and customer-visible history", description = "For the shop's \"my requests\" page; no staff notes.")
  @ApiResponse(responseCode = "200", description = "The request")
  @ApiResponse(responseCode = "404", description = "No request with this reference", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  RequestView request(@PathVariable String reference) {
    return tracking.findByReference(reference).map(RequestView::of).orElseThrow(() -> new UnknownRequestException(reference));
  }

  @PostMapping("/{type}")
  @Operation(hidden = true)
  @ApiResponse(responseCode = "404", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(hidden = true)))
  void unknownRequestType(@PathVariable String type) {
    throw new UnknownRequestTypeException(type, RequestTypes.known());
  }

  private Map<String, String> withOtherFieldErrors(ManualRequestSubmission submission, Map<String, String> errors) {
    Map<String, String> all = new LinkedHashMap<>();
    validator.validate(submission.stripped()).forEach(v -> all.putIfAbsent(v.getPropertyPath().iterator().next().getName(), v.getMessage()));
    all.putAll(errors);
    return all;
  }

  /** What a repeat must send again for the same answer: every value, the file's bytes included. */
  private String fingerprint(ManualRequestSubmission submission, String channel) {
    ManualRequestSubmission s = submission.stripped();
    List<String> values =
        new ArrayList<>(Arrays.asList(s.name(), s.email(), s.customerNumber(), s.orderNumber(), s.typeNumber(), s.message(), channel));
    if (s.attachment() != null) {
      values.addAll(
          Arrays.asList(s.attachment().fileName(), s.attachment().declaredMediaType(), Base64.getEncoder().encodeToString(s.attachment().content())));
    }
    try {
      return json.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String receivedBy(Integration integration, String channel) {
    return "Submitted through the API by the integration '" + integration.name() + "'"
        + (channel == null ? "." : " (channel: " + channel + ").");
  }
}
