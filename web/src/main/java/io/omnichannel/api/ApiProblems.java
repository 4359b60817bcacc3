package io.omnichannel.api;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem types of the API (RFC 9457). Type URIs are stable names, not links: clients branch
 * on them; {@code docs/api.md} describes each.
 */
public final class ApiProblems {

  public static final String PREFIX = "urn:omnichannel:problem:";
  public static final URI INVALID_REQUEST = type("invalid-request");
  public static final URI MALFORMED_JSON = type("malformed-json");
  public static final URI UNSUPPORTED_MEDIA_TYPE = type("unsupported-media-type");
  public static final URI UNKNOWN_REQUEST = type("unknown-request");
  public static final URI UNKNOWN_REQUEST_TYPE = type("unknown-request-type");
  public static final URI UNKNOWN_ORDER = type("unknown-order");
  public static final URI UNKNOWN_SHIPMENT = type("unknown-shipment");
  public static final URI ORDER_NUMBER_CONFLICT = type("order-number-conflict");
  public static final URI IMPOSSIBLE_SHIPMENT_EVENT = type("impossible-shipment-event");
  public static final URI IDEMPOTENCY_CONFLICT = type("idempotency-conflict");
  public static final URI INVALID_IDEMPOTENCY_KEY = type("invalid-idempotency-key");
  public static final URI UNAUTHORIZED = type("unauthorized");
  public static final URI FORBIDDEN = type("forbidden");
  public static final URI PAYLOAD_TOO_LARGE = type("payload-too-large");
  public static final URI SERVICE_UNAVAILABLE = type("service-unavailable");
  public static final URI SERVER_ERROR = type("server-error");

  private static final Map<Integer, URI> BY_STATUS =
      Map.ofEntries(
          Map.entry(400, MALFORMED_JSON),
          Map.entry(401, UNAUTHORIZED),
          Map.entry(403, FORBIDDEN),
          Map.entry(404, type("not-found")),
          Map.entry(405, type("method-not-allowed")),
          Map.entry(406, type("not-acceptable")),
          Map.entry(413, PAYLOAD_TOO_LARGE),
          Map.entry(415, UNSUPPORTED_MEDIA_TYPE),
          Map.entry(422, INVALID_REQUEST),
          Map.entry(500, SERVER_ERROR),
          Map.entry(503, SERVICE_UNAVAILABLE));

  private ApiProblems() {}

  public static ProblemDetail problem(HttpStatusCode status, URI type, String title, String detail, String path) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setTitle(title);
    problem.setInstance(URI.create(path));
    return problem;
  }

  /** For problems Spring or the servlet container raised: a type by status instead of {@code about:blank}. */
  public static URI typeFor(HttpStatusCode status) {
    return BY_STATUS.getOrDefault(status.value(), status.is5xxServerError() ? SERVER_ERROR : type("client-error"));
  }

  private static URI type(String name) {
    return URI.create(PREFIX + name);
  }
}
