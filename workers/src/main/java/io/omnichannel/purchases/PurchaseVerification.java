package io.omnichannel.purchases;

import io.omnichannel.customers.CustomerDirectory;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Confirms from our own records that the requester bought the product: by customer number, by
 * order number, or by a receipt number in the text of a PDF receipt. Photos cannot be read here.
 */
@Service
public class PurchaseVerification {

  private final CustomerDirectory customers;
  private final PurchaseRepository purchases;

  PurchaseVerification(CustomerDirectory customers, PurchaseRepository purchases) {
    this.customers = customers;
    this.purchases = purchases;
  }

  /**
   * Not one transaction: the receipts may be read from PDFs first, which takes time and must not
   * hold a connection.
   *
   * @param receipts the files the customer sent; read only when neither number matches (most
   *     requests give one, and this runs for each request at full load)
   */
  public VerificationResult verify(PurchaseClaim claim, Supplier<List<Receipt>> receipts) {
    return byCustomerNumber(claim).or(() -> byOrderNumber(claim)).orElseGet(() -> byReceipts(claim, receipts.get()));
  }

  private Optional<VerificationResult> byCustomerNumber(PurchaseClaim request) {
    return customers
        .byCustomerNumber(request.customerNumber())
        .flatMap(c -> purchases.findFirstByCustomerIdAndTypeNumberIgnoreCaseOrderByPurchasedAtDesc(c.getId(), request.typeNumber()))
        .map(p -> VerificationResult.verified(VerificationResult.Method.CUSTOMER_NUMBER, "customer " + request.customerNumber() + ": " + p.describe()));
  }

  private Optional<VerificationResult> byOrderNumber(PurchaseClaim request) {
    if (request.orderNumber() == null) {
      return Optional.empty();
    }
    return purchases
        .findFirstByOrderNumberIgnoreCaseAndTypeNumberIgnoreCase(request.orderNumber(), request.typeNumber())
        .map(p -> VerificationResult.verified(VerificationResult.Method.ORDER_NUMBER, p.describe()));
  }

  private VerificationResult byReceipts(PurchaseClaim request, List<Receipt> attachments) {
    return byReceiptText(request, attachments).orElseGet(() -> VerificationResult.notVerified(whyNot(request, attachments)));
  }

  private Optional<VerificationResult> byReceiptText(PurchaseClaim request, List<Receipt> attachments) {
    String type = compact(request.typeNumber());
    return attachments.stream()
        .map(Receipt::extractedText)
        .filter(text -> text != null && compact(text).contains(type))
        .flatMap(text -> purchases.findByTypeNumberAndReceiptOrOrderNumberIn(request.typeNumber(), tokens(text)).stream())
        .findFirst()
        .map(p -> VerificationResult.verified(VerificationResult.Method.RECEIPT_PDF, "receipt PDF: " + p.describe()));
  }

  private static String whyNot(PurchaseClaim request, List<Receipt> attachments) {
    Optional<String> unreadable = attachments.stream().map(Receipt::unreadableBecause).filter(Objects::nonNull).findFirst();
    if (unreadable.isPresent()) {
      return "The receipt PDF could not be read automatically (" + unreadable.get() + "); please check it by eye.";
    }
    boolean onlyImages =
        !attachments.isEmpty() && attachments.stream().allMatch(a -> a.mediaType().startsWith("image/"));
    if (onlyImages) {
      return "The receipt was sent as an image, which cannot be read automatically; please check it by eye.";
    }
    return "No customer number, order number or receipt PDF matched a purchase of " + request.typeNumber() + ".";
  }

  /** Candidate receipt and order numbers: runs of letters, digits, '-' and '/'. */
  private static Set<String> tokens(String text) {
    return Arrays.stream(text.toUpperCase(Locale.ROOT).split("[^\\p{Alnum}/-]+"))
        .filter(token -> token.length() >= 4)
        .collect(Collectors.toSet());
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
