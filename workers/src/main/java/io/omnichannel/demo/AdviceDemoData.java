package io.omnichannel.demo;

import io.omnichannel.journeys.Journeys;
import io.omnichannel.platform.OrchestratorProperties;
import io.omnichannel.platform.StartupLock;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.inventory.StockLocations;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Journey 5 (the poster, the phone and the counter): Maria Keller, the sofa customer, reserved the
 * matching green footstool by phone at the Berlin store and would like advice when she picks it up,
 * tomorrow. Taken through the reservation's own intake (as Anna on the phone), so the process runs
 * as for any call: the Berlin store confirms the set-aside, then gets "Prepare advice". Written once,
 * when the footstool is not in the catalogue yet; the intake's idempotency key makes a repeat a no-op.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class AdviceDemoData implements SmartInitializingSingleton {

  public static final String GREEN_FOOTSTOOL = "VS-310-GN";

  private static final Logger log = LoggerFactory.getLogger(AdviceDemoData.class);

  private final InventoryDemoData inventory;
  private final PurchaseRecords purchases;
  private final StockLocations stock;
  private final Journeys journeys;
  private final OrchestratorProperties settings;
  private final Clock clock;
  private final StartupLock startupLock;

  AdviceDemoData(
      InventoryDemoData inventory,
      PurchaseRecords purchases,
      StockLocations stock,
      Journeys journeys,
      OrchestratorProperties settings,
      Clock clock,
      StartupLock startupLock) {
    this.inventory = inventory;
    this.purchases = purchases;
    this.stock = stock;
    this.journeys = journeys;
    this.settings = settings;
    this.clock = clock;
    this.startupLock = startupLock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(() -> {
      // Maria, the stores and their teams first, whichever of us Spring calls first
      inventory.afterSingletonsInstantiated();
      if (purchases.productName(GREEN_FOOTSTOOL).isPresent()) {
        return;
      }
      purchases.addProduct(GREEN_FOOTSTOOL, "Verona velvet footstool, green", "Casa Nova");
      stock.setOnHand(StaffDemoData.STORE_BERLIN, GREEN_FOOTSTOOL, 2);
      LocalDateTime visit = LocalDateTime.now(clock.withZone(settings.timeZone())).plusDays(1).withHour(15).truncatedTo(ChronoUnit.HOURS);
      var reservation = journeys.typeAt("reservation").orElseThrow(() -> new IllegalStateException("no reservation journey"));
      var submitted =
          reservation.intake().submit(
              new IntakeInput(
                  Map.of(
                      "typeNumber", GREEN_FOOTSTOOL,
                      "storeId", StaffDemoData.STORE_BERLIN,
                      "name", "Maria Keller",
                      "email", "maria.keller@example.com",
                      "customerNumber", "K-100234",
                      "adviceWanted", "true",
                      "adviceTopic", "Does the footstool match the green sofa, and how do I care for velvet?",
                      "adviceVisitAt", visit.toString()),
                  null,
                  "demo:advice-reservation"),
              IntakeChannel.phone("anna"));
      log.info("Demo reservation with advice written: {} for Maria Keller (K-100234), visit {}", submitted.reference(), visit);
    });
  }
}
