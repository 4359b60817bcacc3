package io.omnichannel.system;

import io.omnichannel.api.ApiProblems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error no handler answered, in place of Spring Boot's: a page for browsers, RFC 9457 problem
 * details for everyone else, each with a fixed sentence per status and never the exception's
 * message, class or stack trace (they may hold SQL and values; the log has them). An exception that
 * says the database did not answer in time becomes 503 with {@code Retry-After}; one that says it
 * cannot store a text (a NUL), or Tomcat's refusal of a file name with a NUL in a multipart form,
 * becomes 422.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPageController implements ErrorController {

  static final int RETRY_AFTER_SECONDS = 10;

  private static final Map<Integer, String> DETAILS =
      Map.of(
          400, "The request could not be read.",
          403, "You may not open this page or do this.",
          404, "There is nothing at this address. Check it, or start again from the home page.",
          405, "This address does not take this kind of request.",
          413, "What you sent is too large.",
          503, "We cannot reach our database right now. Please try again in a few seconds.");
  private static final String SERVER_ERROR =
      "Something went wrong on our side. Please try again; if it keeps happening, tell us when it happened.";
  private static final String UNSTORABLE_TEXT =
      "A value or a file name contained a control character (such as NUL), which we cannot accept. Please remove it and send it again.";

  private final ErrorAttributes errors;

  ErrorPageController(ErrorAttributes errors) {
    this.errors = errors;
  }

  @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
    Failure failure = failure(request);
    if (failure.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
    return new ModelAndView(
        "system/error",
        Map.of("status", failure.status().value(), "title", failure.status().getReasonPhrase(), "detail", failure.detail()),
        failure.status());
  }

  @RequestMapping
  ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
    Failure failure = failure(request);
    String path = Optional.ofNullable((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)).orElse("/");
    ProblemDetail problem =
        ApiProblems.problem(failure.status(), ApiProblems.typeFor(failure.status()), failure.status().getReasonPhrase(), failure.detail(), path);
    ResponseEntity.BodyBuilder response = ResponseEntity.status(failure.status());
    if (failure.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      response.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
    }
    return response.body(problem);
  }

  private record Failure(HttpStatus status, String detail) {}

  private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
    for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private Failure failure(HttpServletRequest request) {
    Throwable error = errors.getError(new ServletWebRequest(request));
    if (hasCause(error, InvalidFileNameException.class)) {
      return new Failure(HttpStatus.UNPROCESSABLE_ENTITY, UNSTORABLE_TEXT);
    }
    Optional<DatabaseFailure> database = error == null ? Optional.empty() : DatabaseFailure.of(error);
    if (database.isPresent()) {
      return database.get() == DatabaseFailure.UNAVAILABLE
          ? new Failure(HttpStatus.SERVICE_UNAVAILABLE, DETAILS.get(503))
          : new Failure(HttpStatus.UNPROCESSABLE_ENTITY, UNSTORABLE_TEXT);
    }
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    return new Failure(status, DETAILS.getOrDefault(status.value(), status.is5xxServerError() ? SERVER_ERROR : status.getReasonPhrase() + "."));
  }
}
