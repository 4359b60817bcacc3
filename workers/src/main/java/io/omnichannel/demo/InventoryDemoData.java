package io.omnichannel.demo;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.StartupLock;
import io.omnichannel.purchases.PurchaseRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journey 3: the web warehouse and three stores, and the sofas. Only the blue velvet sofa is left
 * online; the one green one is in the Berlin store, where Maria Keller (K-100234) lives. Written
 * once, when no location exists yet.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class InventoryDemoData implements SmartInitializingSingleton {

  public static final String WEB_WAREHOUSE = "web-warehouse";
  public static final String GREEN_SOFA = "VS-300-GN";
  public static final String BLUE_SOFA = "VS-300-BL";
  public static final String ARMCHAIR = "VA-100-GN";
  public static final String SIDE_TABLE = "ST-45";

  private static final Logger log = LoggerFactory.getLogger(InventoryDemoData.class);

  private final DemoData demoData;
  private final StaffDemoData staffDemoData;
  private final PurchaseRecords products;
  private final StockLocations stock;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;

  InventoryDemoData(
      DemoData demoData,
      StaffDemoData staffDemoData,
      PurchaseRecords products,
      StockLocations stock,
      TransactionTemplate transaction,
      StartupLock startupLock) {
    this.startupLock = startupLock;
    this.demoData = demoData;
    this.staffDemoData = staffDemoData;
    this.products = products;
    this.stock = stock;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(this::seedIfEmpty);
  }

  private void seedIfEmpty() {
    // the catalogue and the store teams first, whichever of us Spring calls first: both are idempotent
    demoData.seedIfEmpty();
    staffDemoData.load();
    if (stock.all().isEmpty()) {
      // each product commits on its own: JPA writes them at commit, and the stock rows refer to them
      products();
      transaction.executeWithoutResult(status -> seed());
      log.info("Demo stock written: web warehouse and stores Munich, Berlin, Hamburg; the green velvet sofa only in Berlin");
    }
  }

  private void products() {
    products.addProduct(GREEN_SOFA, "Verona velvet sofa, 3 seats, green", "Casa Nova");
    products.addProduct(BLUE_SOFA, "Verona velvet sofa, 3 seats, blue", "Casa Nova");
    products.addProduct(ARMCHAIR, "Verona velvet armchair, green", "Casa Nova");
    products.addProduct(SIDE_TABLE, "Oslo side table, oak", "Casa Nova");
  }

  private void seed() {
    stock.saveLocation(new StockLocation(WEB_WAREHOUSE, "Online shop warehouse", "Erfurt", StockLocation.Kind.WAREHOUSE, null));
    stock.saveLocation(store(StaffDemoData.STORE_MUNICH, "Store Munich", "Munich"));
    stock.saveLocation(store(StaffDemoData.STORE_BERLIN, "Store Berlin", "Berlin"));
    stock.saveLocation(store(StaffDemoData.STORE_HAMBURG, "Store Hamburg", "Hamburg"));

    stock.setOnHand(WEB_WAREHOUSE, BLUE_SOFA, 1);
    stock.setOnHand(WEB_WAREHOUSE, GREEN_SOFA, 0);
    stock.setOnHand(StaffDemoData.STORE_BERLIN, GREEN_SOFA, 1);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, GREEN_SOFA, 0);
    stock.setOnHand(StaffDemoData.STORE_HAMBURG, GREEN_SOFA, 0);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, BLUE_SOFA, 0);
    stock.setOnHand(StaffDemoData.STORE_BERLIN, ARMCHAIR, 2);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, ARMCHAIR, 1);
    stock.setOnHand(StaffDemoData.STORE_HAMBURG, SIDE_TABLE, 4);
    stock.setOnHand(StaffDemoData.STORE_BERLIN, SIDE_TABLE, 3);
    stock.setOnHand(StaffDemoData.STORE_MUNICH, "KM-5500", 3);
    stock.setOnHand(StaffDemoData.STORE_HAMBURG, "CF-80", 2);
    stock.setOnHand(WEB_WAREHOUSE, "KM-5500", 12);
  }

  private static StockLocation store(String id, String name, String city) {
    return new StockLocation(id, name, city, StockLocation.Kind.STORE, id);
  }
}
