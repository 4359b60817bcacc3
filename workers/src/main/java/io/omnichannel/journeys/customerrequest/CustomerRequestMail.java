package io.omnichannel.journeys.customerrequest;

import io.omnichannel.journeys.IncomingMail;
import io.omnichannel.requests.IntakeInput;
import java.util.Optional;

/**
 * Any mail to the intake mailbox that no other journey takes becomes a general question in the
 * service centre's queue: every mail gets an owner.
 */
final class CustomerRequestMail {

  private CustomerRequestMail() {}

  static Optional<IntakeInput> readAsQuestion(IncomingMail mail) {
    return Optional.of(mail.asMessage());
  }
}
