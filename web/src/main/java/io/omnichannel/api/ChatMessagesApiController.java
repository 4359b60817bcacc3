package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.integrations.ChatMessage;
import io.omnichannel.integrations.ChatTimeline;
import io.omnichannel.integrations.IdempotentCalls;
import io.omnichannel.integrations.Integration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Chat", description = "Put what was said in a chat into the request's history")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class ChatMessagesApiController {

  static final String APPEND = "append-chat-messages";

  private final ChatTimeline chat;
  private final ApiRequestAccess access;
  private final IdempotentCalls calls;
  private final ObjectMapper json;

  ChatMessagesApiController(ChatTimeline chat, ApiRequestAccess access, IdempotentCalls calls, ObjectMapper json) {
    this.chat = chat;
    this.access = access;
    this.calls = calls;
    this.json = json;
  }

  @PostMapping(path = "/api/v1/requests/{reference}/chat-messages", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Append chat messages to a request's history",
      description =
          "One message or a whole transcript, appended in order. Every message is visible to the customer on her "
              + "status page and in GET /api/v1/requests/{reference}: she took part in the chat. Only the integration that "
              + "submitted the request, or one granted all requests, may add to it. "
              + "With an Idempotency-Key a repeat appends nothing and answers 200.")
  @ApiResponse(responseCode = "201", description = "Appended")
  @ApiResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key and body: nothing appended again")
  @ApiResponse(responseCode = "400", description = "Malformed JSON or an invalid Idempotency-Key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "404", description = "No request with this reference that this integration may add to", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used with a different body", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  @ApiResponse(responseCode = "422", description = "An empty text, an unknown author, …; see errors. Nothing was appended", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  ResponseEntity<ChatMessagesAppended> append(
      @AuthenticationPrincipal Integration integration,
      @PathVariable String reference,
      @Parameter(in = ParameterIn.HEADER, description = "1–100 printable ASCII characters; one per batch of messages")
          @RequestHeader(name = IdempotencyKeys.HEADER, required = false)
          String idempotencyKey,
      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE))
          @RequestBody
          ChatMessagesBody body) {
    String key = IdempotencyKeys.check(idempotencyKey);
    UUID requestId = access.require(integration, reference);
    Map<String, String> errors = new LinkedHashMap<>();
    List<ChatMessage> messages = body.messages(errors);
    if (!errors.isEmpty()) {
      throw new InvalidApiInputException(errors);
    }
    IdempotentCalls.Outcome outcome =
        calls.run(
        integration,
        APPEND,
        key,
        fingerprint(reference, messages),
        () -> {
          chat.append(requestId, messages);
          return reference;
        });
    var response = new ChatMessagesAppended(reference, messages.size());
    return outcome.created()
        ? ResponseEntity.created(URI.create("/api/v1/requests/" + reference)).body(response)
        : ResponseEntity.ok(response);
  }

  private String fingerprint(String reference, List<ChatMessage> messages) {
    try {
      return reference + "\n" + json.writeValueAsString(messages);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
