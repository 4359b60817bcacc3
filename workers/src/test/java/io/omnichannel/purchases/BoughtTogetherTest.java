package io.omnichannel.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BoughtTogetherTest extends ServiceCoreTest {

  @Autowired PurchaseRecords purchases;
  @Autowired BoughtTogether boughtTogether;

  @Test
  void suggestsWhatWasMostOftenInTheSameOrderOrOnTheSameReceipt_andNothingWithoutHistory() {
    String unique = UUID.randomUUID().toString().substring(0, 6);
    String watch = "W-" + unique;
    String brown = "B-" + unique;
    String black = "K-" + unique;
    String lonely = "L-" + unique;
    for (String product : List.of(watch, brown, black, lonely)) {
      purchases.addProduct(product, "Product " + product, "Brand");
    }
    Instant at = Instant.parse("2026-02-10T12:00:00Z");
    for (int i = 0; i < 2; i++) {
      purchases.addPurchase(new PurchaseRecord(null, "O-" + unique + i, null, watch, at, "Online shop"));
      purchases.addPurchase(new PurchaseRecord(null, "O-" + unique + i, null, brown, at, "Online shop"));
    }
    purchases.addPurchase(new PurchaseRecord(null, null, "R-" + unique, watch, at, "Store"));
    purchases.addPurchase(new PurchaseRecord(null, null, "R-" + unique, black, at, "Store"));
    purchases.addPurchase(new PurchaseRecord(null, "O-" + unique + "x", null, lonely, at, "Online shop"));

    assertThat(boughtTogether.with(List.of(watch), 3))
        .containsExactly(new BoughtTogether.Suggestion(brown, "Product " + brown, 2), new BoughtTogether.Suggestion(black, "Product " + black, 1));
    assertThat(boughtTogether.with(List.of(watch, brown), 3)).extracting(BoughtTogether.Suggestion::typeNumber).containsExactly(black);
    assertThat(boughtTogether.with(List.of(lonely), 3)).isEmpty();
  }
}
