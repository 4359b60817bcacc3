package io.omnichannel.api;

import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * One documented operation per request type: {@code POST /api/v1/requests/{type}} with the body the
 * type's intake reads, from the fields its journey declares. The handler is one
 * ({@link RequestsApiController}); the document lists what each type takes.
 */
@Component
class RequestTypesOpenApi implements OpenApiCustomizer {

  private static final String CREATED = "CreatedRequest";
  private static final String PROBLEM = "ProblemDetail";
  private static final String ATTACHMENT = "AttachmentUpload";

  private final Journeys journeys;

  RequestTypesOpenApi(Journeys journeys) {
    this.journeys = journeys;
  }

  @Override
  public void customise(OpenAPI openApi) {
    Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    openApi.setComponents(components);
    ModelConverters.getInstance().readAll(CreatedRequest.class).forEach(components::addSchemas);
    ModelConverters.getInstance().readAll(ProblemDetail.class).forEach(components::addSchemas);
    components.addSchemas(ATTACHMENT, attachmentSchema());
    for (RequestType type : journeys.formTypes()) {
      openApi.path("/api/v1/requests/" + type.path(), new PathItem().post(operation(type)));
    }
  }

  private static Operation operation(RequestType type) {
    return new Operation()
        .operationId("create-" + type.path())
        .addTagsItem("Requests")
        .summary("Submit a request: " + type.label())
        .description(
            type.portal().intro() + " Takes the request into the ledger and starts its journey; the customer gets an acknowledgement "
                + "mail. With an Idempotency-Key a repeat returns the first request (200) instead of a second one. Unknown members are ignored."
                + (type.name().equals("COMPLAINT")
                    ? " One case per customer: when the customer (matched by customer number, e-mail or phone) has an open complaint, "
                        + "this one joins it as a repeated contact and the answer names the open complaint's reference and tracking link."
                    : ""))
        .addSecurityItem(new SecurityRequirement().addList(ApiDocumentation.API_KEY))
        .addParametersItem(new HeaderParameter()
            .name(IdempotencyKeys.HEADER)
            .description("1–100 printable ASCII characters, e.g. a UUID; one per intended request")
            .schema(new StringSchema()))
        .requestBody(new RequestBody().required(true).content(json(body(type))))
        .responses(new ApiResponses()
            .addApiResponse("201", created("Created").addHeaderObject("Location", new Header().description("/api/v1/requests/{reference}")))
            .addApiResponse("200", created("A repeat with the same Idempotency-Key and body: the first request"))
            .addApiResponse("400", problem("Malformed JSON, no JSON object, or an invalid Idempotency-Key"))
            .addApiResponse("401", problem("No key or an unknown key"))
            .addApiResponse("409", problem("The Idempotency-Key was used with a different body"))
            .addApiResponse("415", problem("The body is not application/json"))
            .addApiResponse("422", problem("Missing or wrong values, see errors (by field); nothing was written")));
  }

  private static Schema<?> body(RequestType type) {
    ObjectSchema body = new ObjectSchema();
    body.description(type.portal().title() + ": the fields of request type " + type.name() + ".");
    for (IntakeField field : type.intake().fields()) {
      StringSchema member = new StringSchema();
      member.description(field.description()).example(field.example()).maxLength(field.maxLength());
      if (!field.allowedValues().isEmpty()) {
        member.setEnum(field.allowedValues());
      }
      body.addProperty(field.name(), member);
      if (field.required()) {
        body.addRequiredItem(field.name());
      }
    }
    body.addProperty(ApiRequestBody.CHANNEL, new StringSchema()
        .description("Where the customer asked, in the integration's words; kept in the request's history. \"" + RequestsApiController.PUBLIC_CHANNEL
            + "\": a public post or review found by a social-listening integration (the ledger's channel PUBLIC); a complaint then needs "
            + "publicUrl and goes to the team lead and the process owners at once")
        .example("online-shop")
        .maxLength(ApiRequestBody.MAX_CHANNEL_LENGTH));
    if (type.intake().takesAttachment()) {
      body.addProperty(ApiRequestBody.ATTACHMENT, new Schema<>().$ref(ref(ATTACHMENT)).description("A photo or PDF, at most 5 MB decoded"));
    }
    return body;
  }

  private static Schema<?> attachmentSchema() {
    return new ObjectSchema()
        .description("A file, Base64-encoded. Its content decides its type: PDF, JPEG or PNG.")
        .addProperty("fileName", new StringSchema().example("receipt.pdf"))
        .addProperty("mediaType", new StringSchema().description("Only a hint; the content decides").example("application/pdf"))
        .addProperty("contentBase64", new StringSchema().description("The file's bytes, Base64 (RFC 4648)"))
        .required(List.of("contentBase64"));
  }

  private static ApiResponse created(String description) {
    return new ApiResponse().description(description).content(json(new Schema<>().$ref(ref(CREATED))));
  }

  private static ApiResponse problem(String description) {
    return new ApiResponse()
        .description(description)
        .content(new Content().addMediaType(ApiDocumentation.PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(ref(PROBLEM)))));
  }

  private static Content json(Schema<?> schema) {
    return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType().schema(schema));
  }

  private static String ref(String schema) {
    return "#/components/schemas/" + schema;
  }
}
