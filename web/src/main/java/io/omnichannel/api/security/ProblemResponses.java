package io.omnichannel.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.api.ApiProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** Writes problem details from filters, where no controller advice reaches. */
final class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, URI type, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), ApiProblems.problem(status, type, title, detail, request.getRequestURI()));
  }
}
