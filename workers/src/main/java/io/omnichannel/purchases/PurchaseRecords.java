package io.omnichannel.purchases;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where products and purchases enter the system (shop and till imports, demo data). */
@Service
public class PurchaseRecords {

  private final ProductRepository products;
  private final PurchaseRepository purchases;

  PurchaseRecords(ProductRepository products, PurchaseRepository purchases) {
    this.products = products;
    this.purchases = purchases;
  }

  @Transactional
  public void addProduct(String typeNumber, String name, String brand) {
    products.save(new Product(typeNumber, name, brand));
  }

  @Transactional
  public void addPurchase(PurchaseRecord purchase) {
    purchases.save(new Purchase(purchase));
  }

  /** The product's name; empty for a type number the catalogue does not know. */
  @Transactional(readOnly = true)
  public java.util.Optional<String> productName(String typeNumber) {
    return typeNumber == null ? java.util.Optional.empty() : products.findById(typeNumber).map(Product::name);
  }

  @Transactional(readOnly = true)
  public boolean hasProducts() {
    return products.count() > 0;
  }
}
