package io.omnichannel.purchases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product bought online (order number) or in a store (receipt number), by a known customer or not. */
@Entity
@Table(name = "purchases")
class Purchase {

  @Id
  @GeneratedValue(strategy = GenerationType.UUID)
  private UUID id;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "order_number")
  private String orderNumber;

  @Column(name = "receipt_number")
  private String receiptNumber;

  @Column(name = "type_number")
  private String typeNumber;

  @Column(name = "purchased_at")
  private Instant purchasedAt;

  private String store;

  protected Purchase() {}

  Purchase(PurchaseRecord record) {
    this.customerId = record.customerId();
    this.orderNumber = record.orderNumber();
    this.receiptNumber = record.receiptNumber();
    this.typeNumber = record.typeNumber();
    this.purchasedAt = record.purchasedAt();
    this.store = record.store();
  }

  String describe() {
    String document = orderNumber != null ? "order " + orderNumber : "receipt " + receiptNumber;
    return "%s bought on %s in %s (%s)".formatted(typeNumber, purchasedAt.toString().substring(0, 10), store, document);
  }
}
