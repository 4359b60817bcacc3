package io.omnichannel.customers;

/** A merge that would lose or tangle history: into itself, into a merged customer, or of a customer merged elsewhere. */
public class CustomerMergeRefusedException extends RuntimeException {

  public CustomerMergeRefusedException(String message) {
    super(message);
  }
}
