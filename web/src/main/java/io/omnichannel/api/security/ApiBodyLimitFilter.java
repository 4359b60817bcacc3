package io.omnichannel.api.security;

import io.omnichannel.api.ApiProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies declared larger than any valid call (a 5 MB file is 6.7 MB in Base64) before
 * they are read into memory. The multipart limits of the portal do not apply to JSON.
 */
class ApiBodyLimitFilter extends OncePerRequestFilter {

  static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

  private final ProblemResponses problems;

  ApiBodyLimitFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      problems.write(
          request,
          response,
          HttpStatus.PAYLOAD_TOO_LARGE,
          ApiProblems.PAYLOAD_TOO_LARGE,
          "Body too large",
          "A body may have at most 8 MB; an attachment at most 5 MB before Base64 encoding.");
      return;
    }
    chain.doFilter(request, response);
  }
}
