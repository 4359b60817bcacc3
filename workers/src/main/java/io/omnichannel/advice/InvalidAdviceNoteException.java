package io.omnichannel.advice;

/** A note that cannot be kept (empty, too long, a control character); nothing was written. The message is for the form. */
public class InvalidAdviceNoteException extends RuntimeException {

  public InvalidAdviceNoteException(String message) {
    super(message);
  }
}
