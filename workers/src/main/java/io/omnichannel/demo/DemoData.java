package io.omnichannel.demo;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.documents.ManualLibrary;
import io.omnichannel.platform.StartupLock;
import io.omnichannel.purchases.PurchaseRecord;
import io.omnichannel.purchases.PurchaseRecords;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The kitchen-appliance shop of journey 1, so a fresh installation can be tried at once: customers
 * with customer numbers, products, purchases online and at the till, and manuals for all but one
 * product. Written only into an empty database, always with the same content.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class DemoData implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);
  private static final Instant SEEDED_AT = Instant.parse("2026-01-05T08:00:00Z");

  private final CustomerDirectory customers;
  private final PurchaseRecords purchases;
  private final ManualLibrary manuals;
  private final TransactionTemplate transaction;
  private final StartupLock startupLock;

  DemoData(CustomerDirectory customers, PurchaseRecords purchases, ManualLibrary manuals, TransactionTemplate transaction, StartupLock startupLock) {
    this.startupLock = startupLock;
    this.customers = customers;
    this.purchases = purchases;
    this.manuals = manuals;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    seedIfEmpty();
  }

  /** Runs before the web server takes the first request, so no request meets a half-seeded database. */
  public void seedIfEmpty() {
    startupLock.run(() -> {
      if (customers.isEmpty() && !purchases.hasProducts()) {
        transaction.executeWithoutResult(status -> seed());
        log.info("Demo data written: 4 customers, 4 products, 5 purchases, 3 manuals");
      }
    });
  }

  private void seed() {
    UUID maria = customers.register("K-100234", "Maria Keller", "maria.keller@example.com", "+49 30 5550 1234", SEEDED_AT).getId();
    UUID jonas = customers.register("K-100517", "Jonas Berger", "jonas.berger@example.com", "+49 40 5550 2211", SEEDED_AT).getId();
    UUID aylin = customers.register("K-100988", "Aylin Demir", "aylin.demir@example.com", "+49 89 5550 7788", SEEDED_AT).getId();
    UUID peter = customers.register("K-101342", "Peter Novak", "peter.novak@example.com", null, SEEDED_AT).getId();

    purchases.addProduct("KM-5500", "KitchenMaster 5500 stand mixer", "Culina");
    purchases.addProduct("DG-220", "DG 220 steam oven", "Culina");
    purchases.addProduct("CF-80", "Caffe Fino 80 coffee machine", "Barista Home");
    purchases.addProduct("HB-12", "HB 12 hand blender", "Culina"); // deliberately without a manual

    purchases.addPurchase(new PurchaseRecord(maria, null, "R-0417-118833", "KM-5500", Instant.parse("2026-01-07T09:40:00Z"), "Store Berlin Mitte"));
    purchases.addPurchase(new PurchaseRecord(jonas, "W-2026-7781", null, "DG-220", Instant.parse("2026-01-12T18:05:00Z"), "Online shop"));
    purchases.addPurchase(new PurchaseRecord(aylin, null, "R-0203-004521", "CF-80", Instant.parse("2026-01-14T11:20:00Z"), "Store Hamburg"));
    purchases.addPurchase(new PurchaseRecord(peter, "W-2026-7802", null, "HB-12", Instant.parse("2026-01-15T07:55:00Z"), "Online shop"));
    purchases.addPurchase(new PurchaseRecord(null, null, "R-0417-119002", "CF-80", Instant.parse("2026-01-16T15:10:00Z"), "Store Berlin Mitte"));

    addManual("KM-5500", "KitchenMaster 5500 stand mixer - Instructions for use", "stand mixer", "the mixing bowl and the tools");
    addManual("DG-220", "DG 220 steam oven - Instructions for use", "steam oven", "the water tank and the cooking chamber");
    addManual("CF-80", "Caffe Fino 80 coffee machine - Instructions for use", "coffee machine", "the brewing unit and the milk system");
  }

  private void addManual(String typeNumber, String title, String appliance, String parts) {
    List<ManualPdf.Section> sections =
        List.of(
            new ManualPdf.Section("Safety", "Read these instructions before you use the " + appliance + " " + typeNumber
                + " for the first time. Keep children away from the appliance. Unplug it before cleaning, before changing parts and when it is not in use."),
            new ManualPdf.Section("Before first use", "Remove all packaging. Clean " + parts
                + " with warm water and a little washing-up liquid. Place the appliance on a dry, level surface away from the edge of the worktop."),
            new ManualPdf.Section("Operation", "Switch the appliance on with the main switch. Choose a programme or speed with the selector."
                + " Start at a low setting and increase it slowly. The display shows the remaining time; the appliance stops on its own at the end."),
            new ManualPdf.Section("Cleaning and care", "Let the appliance cool down. Wipe the housing with a damp cloth. " + capitalised(parts)
                + " can go in the dishwasher. Never put the motor unit in water."),
            new ManualPdf.Section("Troubleshooting", "If the appliance does not start, check the plug and the fuse. If the display shows an error code,"
                + " switch off, wait one minute and switch on again. If the error returns, contact our customer service with your type number " + typeNumber + "."),
            new ManualPdf.Section("Technical data and warranty", "Type number " + typeNumber + ". Rated voltage 220-240 V, 50 Hz."
                + " Warranty: two years from the date of purchase; keep your receipt or order confirmation."));
    byte[] pdf = ManualPdf.write(title, typeNumber, sections, 2);
    manuals.addManual(typeNumber, title, "manual-" + typeNumber.toLowerCase() + ".pdf", pdf, SEEDED_AT);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
