package io.omnichannel.inbound;

public enum InboundMailState {
  /** A reply: joined the request its reference names. */
  APPENDED,
  /** A new request was opened from it. */
  OPENED,
  /**
   * Read, but neither a known reference nor a manual request: a person had to take it in. No longer
   * written since such mails open a general question (OPENED); kept for mails read before that.
   */
  UNMATCHED,
  /** Could not be read or taken in; the raw mail is kept with the error. */
  FAILED
}
