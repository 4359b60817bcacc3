package io.omnichannel.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.omnichannel.integrations.IdempotencyConflictException;
import io.omnichannel.requests.InvalidSubmissionException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem details with a stable {@code type}; field errors in
 * an {@code errors} map (field path to message). Ahead of the application-wide problem handler.
 */
@RestControllerAdvice(basePackages = "io.omnichannel.api")
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(InvalidSubmissionException.class)
  ResponseEntity<ProblemDetail> invalidSubmission(InvalidSubmissionException e, HttpServletRequest request) {
    return invalid(e.fieldErrors(), request);
  }

  @ExceptionHandler(InvalidApiInputException.class)
  ResponseEntity<ProblemDetail> invalidInput(InvalidApiInputException e, HttpServletRequest request) {
    return invalid(e.errors(), request);
  }

  @ExceptionHandler(UnknownRequestException.class)
  ResponseEntity<ProblemDetail> unknownRequest(UnknownRequestException e, HttpServletRequest request) {
    return respond(ApiProblems.problem(HttpStatus.NOT_FOUND, ApiProblems.UNKNOWN_REQUEST, "Unknown request", e.getMessage(), path(request)));
  }

  @ExceptionHandler(UnknownRequestTypeException.class)
  ResponseEntity<ProblemDetail> unknownType(UnknownRequestTypeException e, HttpServletRequest request) {
    ProblemDetail problem =
        ApiProblems.problem(HttpStatus.NOT_FOUND, ApiProblems.UNKNOWN_REQUEST_TYPE, "Unknown request type", e.getMessage(), path(request));
    problem.setProperty("knownTypes", e.knownTypes());
    return respond(problem);
  }

  @ExceptionHandler(IdempotencyConflictException.class)
  ResponseEntity<ProblemDetail> conflict(IdempotencyConflictException e, HttpServletRequest request) {
    return respond(
        ApiProblems.problem(
            HttpStatus.CONFLICT,
            ApiProblems.IDEMPOTENCY_CONFLICT,
            "Idempotency-Key reused",
            e.getMessage() + " Use a new key for a new request; repeat a request only with exactly the same body.",
            path(request)));
  }

  @ExceptionHandler(InvalidIdempotencyKeyException.class)
  ResponseEntity<ProblemDetail> invalidKey(InvalidIdempotencyKeyException e, HttpServletRequest request) {
    return respond(
        ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.INVALID_IDEMPOTENCY_KEY, "Invalid Idempotency-Key", e.getMessage(), path(request)));
  }

  @ExceptionHandler(BodyTooLargeException.class)
  ResponseEntity<ProblemDetail> bodyTooLarge(BodyTooLargeException e, HttpServletRequest request) {
    return respond(tooLarge(path(request)));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String path = path(request);
    if (NestedExceptionUtils.getMostSpecificCause(e) instanceof BodyTooLargeException) {
      // the body grew past the limit while it was read (a chunked body declares no length)
      return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(tooLarge(path));
    }
    if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      // valid JSON, but a value of the wrong kind (text for an object, a date that is none): a field error
      ProblemDetail problem = invalidProblem(Map.of(fieldPath(mapping), "This value has the wrong type or format."), path);
      return ResponseEntity.unprocessableEntity().body(problem);
    }
    String detail =
        e.getCause() instanceof JsonParseException parse && parse.getLocation() != null
            ? "The body is not valid JSON (line %d, column %d).".formatted(parse.getLocation().getLineNr(), parse.getLocation().getColumnNr())
            : "The body is missing or is not valid JSON.";
    return ResponseEntity.badRequest().body(ApiProblems.problem(HttpStatus.BAD_REQUEST, ApiProblems.MALFORMED_JSON, "Malformed JSON", detail, path));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(
      HttpMediaTypeNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        ApiProblems.problem(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            ApiProblems.UNSUPPORTED_MEDIA_TYPE,
            "Unsupported media type",
            "Send the body as application/json" + (e.getContentType() == null ? "." : ", not " + e.getContentType() + "."),
            path(request));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem);
  }

  /** The problems Spring itself raises (405, 406, …) get a type and an instance too. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getType() == null || URI.create("about:blank").equals(problem.getType())) {
        problem.setType(ApiProblems.typeFor(status));
      }
      if (problem.getInstance() == null) {
        problem.setInstance(URI.create(path(request)));
      }
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private static ProblemDetail tooLarge(String path) {
    return ApiProblems.problem(
        HttpStatus.PAYLOAD_TOO_LARGE,
        ApiProblems.PAYLOAD_TOO_LARGE,
        "Body too large",
        "A body may have at most 8 MB; an attachment at most 5 MB before Base64 encoding.",
        path);
  }

  private static ResponseEntity<ProblemDetail> invalid(Map<String, String> errors, HttpServletRequest request) {
    return ResponseEntity.unprocessableEntity().body(invalidProblem(errors, path(request)));
  }

  private static ProblemDetail invalidProblem(Map<String, String> errors, String path) {
    ProblemDetail problem =
        ApiProblems.problem(
            HttpStatus.UNPROCESSABLE_ENTITY,
            ApiProblems.INVALID_REQUEST,
            "Invalid request",
            "Some values are missing or wrong; see errors. Nothing was written.",
            path);
    problem.setProperty("errors", new TreeMap<>(errors));
    return problem;
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static String fieldPath(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? "body" : path.toString();
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI();
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "/";
  }
}
