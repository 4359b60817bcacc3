package io.omnichannel.api.security;

import io.omnichannel.api.ApiProblems;
import io.omnichannel.api.BodyTooLargeException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the bodies of API calls to what any valid call needs (a 5 MB file is 6.7 MB in Base64):
 * one declared larger is refused before it is read; any other is counted as it is read, so a
 * chunked body (no Content-Length) stops being read at the limit and the call is answered 413 by
 * {@code ApiExceptionHandler}. The multipart limits of the portal do not apply to JSON, and
 * Tomcat's {@code maxPostSize} only to form posts.
 */
class ApiBodyLimitFilter extends OncePerRequestFilter {

  static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
  static final String DETAIL = "A body may have at most 8 MB; an attachment at most 5 MB before Base64 encoding.";

  private final ProblemResponses problems;

  ApiBodyLimitFilter(ProblemResponses problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BODY_BYTES) {
      problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, ApiProblems.PAYLOAD_TOO_LARGE, "Body too large", DETAIL);
      return;
    }
    chain.doFilter(new Counted(request, MAX_BODY_BYTES), response);
  }

  /** The request with a body stream that fails once more than {@code limit} bytes were read from it. */
  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream body;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (body == null) {
        body = new LimitedStream(super.getInputStream(), limit);
      }
      return body;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
  }

  private static final class LimitedStream extends ServletInputStream {

    private final ServletInputStream in;
    private final long limit;
    private long read;

    LimitedStream(ServletInputStream in, long limit) {
      this.in = in;
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws BodyTooLargeException {
      read += n;
      if (read > limit) {
        throw new BodyTooLargeException(limit);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
