package io.omnichannel.demo;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.StartupLock;
import io.omnichannel.purchases.PurchaseRecord;
import io.omnichannel.purchases.PurchaseRecords;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journeys 2 and 4 (orders): lures and hooks (the hooks out of stock in the web warehouse, in stock
 * at the store in Tom Fischer's city), a watch and straps at a partner store, Tom with his loyalty
 * number and a purchase at the Berlin till, and past orders and receipts from which "bought
 * together" is computed. Also added to a database seeded before orders existed.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class OrderDemoData implements SmartInitializingSingleton {

  public static final String LURES = "SL-12";
  public static final String HOOKS = "CH-6";
  public static final String WATCH = "CW-40";
  public static final String BROWN_STRAP = "WS-20-BR";
  public static final String BLACK_STRAP = "WS-20-BK";
  public static final String PARTNER_STORE = "partner-uhrenhaus-hamburg";
  public static final String TOM = "K-100777";

  private static final Logger log = LoggerFactory.getLogger(OrderDemoData.class);
  private static final Instant SEEDED_AT = Instant.parse("2026-01-05T08:00:00Z");

  private final InventoryDemoData inventory;
  private final CustomerDirectory customers;
  private final PurchaseRecords purchases;
  private final StockLocations stock;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;

  OrderDemoData(
      InventoryDemoData inventory,
      CustomerDirectory customers,
      PurchaseRecords purchases,
      StockLocations stock,
      TransactionTemplate transaction,
      StartupLock startupLock) {
    this.inventory = inventory;
    this.customers = customers;
    this.purchases = purchases;
    this.stock = stock;
    this.transaction = transaction;
    this.startupLock = startupLock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(() -> {
      // the stores and their teams first, whichever of us Spring calls first
      inventory.afterSingletonsInstantiated();
      if (purchases.productName(LURES).isEmpty()) {
        // each product commits on its own: JPA writes them at commit, and the stock rows refer to them
        products();
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo orders written: lures and hooks (hooks only in stores), a watch and straps at a partner store, Tom Fischer ({})", TOM);
      }
    });
  }

  private void products() {
    purchases.addProduct(LURES, "Spinner lures, set of 12", "Angelfreund");
    purchases.addProduct(HOOKS, "Carp hooks, size 6, pack of 20", "Angelfreund");
    purchases.addProduct(WATCH, "Chrono 40 automatic watch", "Uhrwerk Nord");
    purchases.addProduct(BROWN_STRAP, "Leather watch strap 20 mm, brown", "Uhrwerk Nord");
    purchases.addProduct(BLACK_STRAP, "Leather watch strap 20 mm, black", "Uhrwerk Nord");
  }

  private void seed() {
    stock.saveLocation(new StockLocation(PARTNER_STORE, "Uhrenhaus am Jungfernstieg (partner)", "Hamburg", StockLocation.Kind.PARTNER_STORE,
        StaffDemoData.PARTNER_TEAM));
    stock.setCommunityUrl(StaffDemoData.STORE_BERLIN, "https://community.shop.example/berlin");
    stock.setCommunityUrl(StaffDemoData.STORE_MUNICH, "https://community.shop.example/munich");
    stock.setOnHand(InventoryDemoData.WEB_WAREHOUSE, LURES, 40);
    stock.setOnHand(InventoryDemoData.WEB_WAREHOUSE, HOOKS, 0);
    stock.setOnHand(StaffDemoData.STORE_BERLIN, HOOKS, 15);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, HOOKS, 6);
    stock.setOnHand(PARTNER_STORE, WATCH, 2);
    stock.setOnHand(PARTNER_STORE, BROWN_STRAP, 6);
    stock.setOnHand(PARTNER_STORE, BLACK_STRAP, 4);

    UUID tom = customers.register(TOM, "Tom Fischer", "tom.fischer@example.com", "+49 30 5550 4477", SEEDED_AT).getId();
    purchases.addPurchase(new PurchaseRecord(tom, null, "R-0417-120415", LURES, Instant.parse("2026-02-21T10:15:00Z"), "Store Berlin Mitte"));
    // what others bought together: the lures with hooks, the watch mostly with the brown strap
    List.of("W-2026-6101", "W-2026-6188", "W-2026-6240").forEach(order -> {
      purchases.addPurchase(new PurchaseRecord(null, order, null, LURES, Instant.parse("2026-02-02T18:00:00Z"), "Online shop"));
      purchases.addPurchase(new PurchaseRecord(null, order, null, HOOKS, Instant.parse("2026-02-02T18:00:00Z"), "Online shop"));
    });
    List.of("W-2026-6302", "W-2026-6355", "W-2026-6410").forEach(order -> {
      purchases.addPurchase(new PurchaseRecord(null, order, null, WATCH, Instant.parse("2026-02-10T12:00:00Z"), "Online shop"));
      purchases.addPurchase(new PurchaseRecord(null, order, null, BROWN_STRAP, Instant.parse("2026-02-10T12:00:00Z"), "Online shop"));
    });
    purchases.addPurchase(new PurchaseRecord(null, null, "R-0118-000731", WATCH, Instant.parse("2026-02-14T15:30:00Z"), "Uhrenhaus am Jungfernstieg"));
    purchases.addPurchase(new PurchaseRecord(null, null, "R-0118-000731", BLACK_STRAP, Instant.parse("2026-02-14T15:30:00Z"), "Uhrenhaus am Jungfernstieg"));
  }
}
