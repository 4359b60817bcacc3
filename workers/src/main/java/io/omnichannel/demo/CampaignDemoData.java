package io.omnichannel.demo;

import io.omnichannel.campaigns.CampaignDraft;
import io.omnichannel.campaigns.Campaigns;
import io.omnichannel.platform.BusinessDate;
import io.omnichannel.platform.StartupLock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Journey 5: the poster of "Velvet week" (code VELVET), featuring the green velvet sofa of the
 * reservation demo and its armchair, in the three demo stores, valid from half a year before the
 * first start to half a year after. Written once, after the stock, when no campaign has its code.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class CampaignDemoData implements SmartInitializingSingleton {

  public static final String VELVET = "VELVET";

  private static final Logger log = LoggerFactory.getLogger(CampaignDemoData.class);

  private final InventoryDemoData inventoryDemoData;
  private final Campaigns campaigns;
  private final BusinessDate businessDate;
  private final StartupLock startupLock;

  CampaignDemoData(InventoryDemoData inventoryDemoData, Campaigns campaigns, BusinessDate businessDate, StartupLock startupLock) {
    this.inventoryDemoData = inventoryDemoData;
    this.campaigns = campaigns;
    this.businessDate = businessDate;
    this.startupLock = startupLock;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(() -> {
      // the stores and the sofas first, whichever of us Spring calls first: it writes them only once
      inventoryDemoData.afterSingletonsInstantiated();
      if (campaigns.find(VELVET).isEmpty()) {
        var today = businessDate.today();
        campaigns.create(
            new CampaignDraft(
                VELVET,
                "Velvet week",
                "Our Verona velvet sofa in green: sit in it at your store this week, reserve it online and pick it up when it suits you."
                    + " Ask us anything, or let us call you back.",
                List.of(InventoryDemoData.GREEN_SOFA, InventoryDemoData.ARMCHAIR),
                List.of(StaffDemoData.STORE_BERLIN, StaffDemoData.STORE_MUNICH, StaffDemoData.STORE_HAMBURG),
                today.minusMonths(6).toString(),
                today.plusMonths(6).toString()),
            "demo");
        log.info("Demo campaign written: Velvet week, landing page /p/{}", VELVET);
      }
    });
  }
}
