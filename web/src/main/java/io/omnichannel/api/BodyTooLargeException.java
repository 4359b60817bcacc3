package io.omnichannel.api;

import java.io.IOException;

/**
 * The body of an API call grew past the limit while it was read: raised by the stream itself, so
 * a chunked body without a Content-Length is stopped as soon as it is too large. Answered 413.
 */
public class BodyTooLargeException extends IOException {

  public BodyTooLargeException(long limit) {
    super("request body over " + limit + " bytes");
  }
}
