package io.omnichannel.purchases;

/** Whether the purchase behind a request could be confirmed from our records, how, and a note for staff. */
public record VerificationResult(boolean verified, Method method, String note) {

  public enum Method {
    CUSTOMER_NUMBER,
    ORDER_NUMBER,
    RECEIPT_PDF,
    NONE
  }

  static VerificationResult verified(Method method, String note) {
    return new VerificationResult(true, method, note);
  }

  static VerificationResult notVerified(String note) {
    return new VerificationResult(false, Method.NONE, note);
  }
}
