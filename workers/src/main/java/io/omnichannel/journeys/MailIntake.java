package io.omnichannel.journeys;

import io.omnichannel.requests.IntakeInput;
import java.util.Optional;

/**
 * How a mail to the intake mailbox that names no known request becomes a request of a journey's
 * type. The inbound intake asks each in {@link #order()} and takes the first that reads the mail; a
 * journey that takes every mail (order {@link #LAST}) is what makes sure each mail gets an owner.
 *
 * @param requestType the type the input is for (its {@link RequestType#name()})
 */
public record MailIntake(String requestType, int order, Reader reader) {

  /** The order of a rule that takes any mail. */
  public static final int LAST = Integer.MAX_VALUE;

  /** Reads a mail as an intake's input, or declines it. */
  @FunctionalInterface
  public interface Reader {
    Optional<IntakeInput> read(IncomingMail mail);
  }
}
