package io.omnichannel.journeys.manualrequest;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.purchases.PurchaseRecord;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.purchases.VerificationResult;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.UploadedFile;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The purchase check of a manual request, on the request's numbers and files, noted in its history. */
class PurchaseCheckTest extends ServiceCoreTest {

  @Autowired PurchaseCheck verification;
  @Autowired PurchaseRecords purchases;
  @Autowired CustomerDirectory customers;
  @Autowired RequestTracking tracking;

  String typeNumber;
  String email;

  @BeforeEach
  void aProduct() {
    typeNumber = "KM-" + unique();
    email = unique() + "@example.com";
    purchases.addProduct(typeNumber, "Stand mixer", "Culina");
  }

  @Test
  void verifiedByCustomerNumber() {
    var maria = customers.register("K-" + unique(), "Maria Keller", email, null, Instant.now());
    purchases.addPurchase(new PurchaseRecord(maria.getId(), null, "R-" + unique(), typeNumber, Instant.now(), "Store Berlin Mitte"));

    VerificationResult result = verification.verify(request(maria.getCustomerNumber(), null, null));

    assertThat(result.verified()).isTrue();
    assertThat(result.method()).isEqualTo(VerificationResult.Method.CUSTOMER_NUMBER);
    assertThat(result.note()).contains(typeNumber).contains("Store Berlin Mitte");
  }

  @Test
  void customerNumberOfACustomerWhoBoughtSomethingElseDoesNotVerify() {
    var maria = customers.register("K-" + unique(), "Maria Keller", email, null, Instant.now());

    VerificationResult result = verification.verify(request(maria.getCustomerNumber(), null, null));

    assertThat(result.verified()).isFalse();
    assertThat(result.method()).isEqualTo(VerificationResult.Method.NONE);
  }

  @Test
  void verifiedByOrderNumberOnlyForTheOrderedType() {
    String order = "W-2026-" + unique();
    purchases.addPurchase(new PurchaseRecord(null, order, null, typeNumber, Instant.now(), "Online shop"));

    VerificationResult right = verification.verify(request(null, order.toLowerCase(), null));
    purchases.addProduct("OT-" + typeNumber, "Other", "Culina");
    VerificationResult otherType = verification.verify(requestFor("OT-" + typeNumber, order));

    assertThat(right.verified()).isTrue();
    assertThat(right.method()).isEqualTo(VerificationResult.Method.ORDER_NUMBER);
    assertThat(otherType.verified()).isFalse();
  }

  @Test
  void verifiedByTheTextOfAReceiptPdf() {
    String receipt = "R-0417-" + unique();
    purchases.addPurchase(new PurchaseRecord(null, null, receipt, typeNumber, Instant.now(), "Store Berlin Mitte"));
    byte[] pdf = TestFiles.pdf("Kitchen World Berlin Mitte\nReceipt no.: " + receipt + "\n1 x Stand mixer " + typeNumber + "   349.00 EUR\nThank you!");

    UUID requestId = request(null, null, new UploadedFile("receipt.pdf", "application/pdf", pdf));
    VerificationResult result = verification.verify(requestId);

    assertThat(result.verified()).isTrue();
    assertThat(result.method()).isEqualTo(VerificationResult.Method.RECEIPT_PDF);
    assertThat(result.note()).contains(receipt);
    assertThat(tracking.findById(requestId).orElseThrow().events())
        .extracting(TimelineEntry::kind)
        .containsExactly("RECEIVED", "PURCHASE_VERIFIED");
  }

  @Test
  void receiptPdfOfAnotherPurchaseDoesNotVerify() {
    byte[] pdf = TestFiles.pdf("Receipt no.: R-9999-" + unique() + "\n1 x Stand mixer " + typeNumber);

    VerificationResult result =
        verification.verify(request(null, null, new UploadedFile("receipt.pdf", "application/pdf", pdf)));

    assertThat(result.verified()).isFalse();
  }

  @Test
  void aReceiptPdfBeyondTheLimitsIsLeftForAPersonWithTheReason() {
    UUID requestId = request(null, null, new UploadedFile("receipt.pdf", "application/pdf", TestFiles.packedPdf(200)));

    VerificationResult result = verification.verify(requestId);

    assertThat(result.verified()).isFalse();
    assertThat(result.note())
        .isEqualTo("The receipt PDF could not be read automatically (it unpacks to more than 32 MB); please check it by eye.");
    assertThat(tracking.findById(requestId).orElseThrow().attachments())
        .singleElement()
        .satisfies(a -> {
          assertThat(a.extractedText()).isNull();
          assertThat(a.textProblem()).isEqualTo("it unpacks to more than 32 MB");
        });
  }

  @Test
  void aPhotoOfTheReceiptCannotBeReadAndSaysSo() {
    String receipt = "R-0417-" + unique();
    purchases.addPurchase(new PurchaseRecord(null, null, receipt, typeNumber, Instant.now(), "Store Berlin Mitte"));

    VerificationResult result =
        verification.verify(request(null, null, new UploadedFile("receipt.png", "image/png", TestFiles.png())));

    assertThat(result.verified()).isFalse();
    assertThat(result.note()).contains("image").contains("cannot be read");
  }

  private UUID request(String customerNumber, String orderNumber, UploadedFile attachment) {
    Map<String, String> fields = manualRequest("Maria Keller", email, customerNumber, orderNumber, typeNumber, null);
    return submit("manual", new IntakeInput(fields, attachment, null), IntakeChannel.WEB).id();
  }

  private UUID requestFor(String otherTypeNumber, String orderNumber) {
    return submit("manual", manualRequest("Maria Keller", email, null, orderNumber, otherTypeNumber, null)).id();
  }
}
