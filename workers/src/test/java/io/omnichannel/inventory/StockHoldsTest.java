package io.omnichannel.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stock on real PostgreSQL: holds per reservation, the last piece held once, pickup reduces the stock. */
class StockHoldsTest extends ServiceCoreTest {

  private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");

  @Autowired StockLocations locations;
  @Autowired StockHolds holds;
  @Autowired PurchaseRecords products;

  private String sofa;
  private String store;

  @BeforeEach
  void aStoreWithOneGreenSofa() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    sofa = "VS-" + unique;
    store = "store-" + unique;
    products.addProduct(sofa, "Verona velvet sofa, green " + unique, "Casa Nova");
    locations.saveLocation(new StockLocation(store, "Store " + unique, "Berlin", StockLocation.Kind.STORE, store));
    locations.setOnHand(store, sofa, 1);
  }

  @Test
  void aHoldTakesThePieceOutOfWhatIsAvailable_andIsTakenOncePerRequest() {
    UUID request = UUID.randomUUID();

    HoldOutcome first = holds.hold(request, store, sofa, NOW);
    HoldOutcome again = holds.hold(request, store, sofa, NOW.plusSeconds(5)); // the job is delivered twice

    assertThat(first.held()).isTrue();
    assertThat(again.hold()).isEqualTo(first.hold());
    assertThat(first.hold().orElseThrow().state()).isEqualTo(HoldState.HELD);
    assertThat(locations.level(store, sofa).orElseThrow())
        .satisfies(level -> {
          assertThat(level.onHand()).isEqualTo(1);
          assertThat(level.held()).isEqualTo(1);
          assertThat(level.available()).isZero();
        });
  }

  @Test
  void whenNothingIsLeft_noHoldIsWritten() {
    holds.hold(UUID.randomUUID(), store, sofa, NOW);
    UUID second = UUID.randomUUID();

    assertThat(holds.hold(second, store, sofa, NOW).held()).isFalse();
    assertThat(holds.ofRequest(second)).isEmpty();
  }

  @Test
  void aProductTheLocationDoesNotStock_isAnError_notAStockOut() {
    assertThatThrownBy(() -> holds.hold(UUID.randomUUID(), store, "NO-SUCH-TYPE", NOW))
        .isInstanceOf(UnknownStockException.class);
  }

  @Test
  void twoConcurrentReservationsOfTheLastPiece_holdItOnce() throws Exception {
    int contenders = 2;
    CyclicBarrier start = new CyclicBarrier(contenders);
    ExecutorService pool = Executors.newFixedThreadPool(contenders);
    try {
      List<Future<HoldOutcome>> outcomes = new ArrayList<>();
      for (int i = 0; i < contenders; i++) {
        UUID request = UUID.randomUUID();
        Callable<HoldOutcome> reserve = () -> {
          start.await(10, TimeUnit.SECONDS);
          return holds.hold(request, store, sofa, NOW);
        };
        outcomes.add(pool.submit(reserve));
      }
      List<Boolean> held = new ArrayList<>();
      for (Future<HoldOutcome> outcome : outcomes) {
        held.add(outcome.get(30, TimeUnit.SECONDS).held());
      }

      assertThat(held).containsExactlyInAnyOrder(true, false);
      assertThat(locations.level(store, sofa).orElseThrow().held()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void confirmingGivesOnePickupCode_andPickingUpReducesTheStockOnce() {
    UUID request = UUID.randomUUID();
    holds.hold(request, store, sofa, NOW);

    StockHold confirmed = holds.confirm(request, "mia", NOW.plus(Duration.ofDays(3)), NOW);
    StockHold confirmedAgain = holds.confirm(request, "mia", NOW.plus(Duration.ofDays(4)), NOW.plusSeconds(9));
    assertThat(confirmed.pickupCode()).matches("[A-Z2-9]{6}");
    assertThat(confirmedAgain.pickupCode()).isEqualTo(confirmed.pickupCode());
    assertThat(confirmedAgain.holdUntil()).isEqualTo(NOW.plus(Duration.ofDays(3)));
    assertThat(holds.byPickupCode(" " + confirmed.pickupCode().toLowerCase() + " ")).contains(confirmed);
    assertThat(confirmed.canBePickedUpAt(NOW.plus(Duration.ofDays(2)))).isTrue();
    assertThat(confirmed.canBePickedUpAt(NOW.plus(Duration.ofDays(3)))).isFalse();

    assertThat(holds.pickUp(request, "mia", NOW.plus(Duration.ofDays(1)))).isTrue();
    assertThat(holds.pickUp(request, "mia", NOW.plus(Duration.ofDays(1)))).isFalse();

    assertThat(holds.ofRequest(request).orElseThrow().state()).isEqualTo(HoldState.PICKED_UP);
    assertThat(locations.level(store, sofa).orElseThrow())
        .satisfies(level -> {
          assertThat(level.onHand()).isZero();
          assertThat(level.held()).isZero();
        });
  }

  @Test
  void aReleasedHoldFreesThePiece_onceAndForAll() {
    UUID request = UUID.randomUUID();
    holds.hold(request, store, sofa, NOW);

    assertThat(holds.release(request, ReleaseReason.EXPIRED, "system", NOW)).isTrue();
    assertThat(holds.release(request, ReleaseReason.EXPIRED, "system", NOW)).isFalse();

    assertThat(holds.ofRequest(request).orElseThrow())
        .satisfies(hold -> {
          assertThat(hold.state()).isEqualTo(HoldState.RELEASED);
          assertThat(hold.endReason()).isEqualTo("EXPIRED");
        });
    assertThat(locations.level(store, sofa).orElseThrow().available()).isEqualTo(1);
    assertThat(holds.hold(request, store, sofa, NOW).held()).as("a released request holds nothing again").isFalse();
    assertThatThrownBy(() -> holds.pickUp(request, "mia", NOW)).isInstanceOf(IllegalStateException.class);
    assertThat(holds.hold(UUID.randomUUID(), store, sofa, NOW).held()).as("another reservation gets it").isTrue();
  }

  @Test
  void theStockViewFindsTheProductInEveryLocation_byTypeNumberOrName() {
    String online = "web-" + sofa;
    locations.saveLocation(new StockLocation(online, "Online warehouse", "Erfurt", StockLocation.Kind.WAREHOUSE, null));
    locations.setOnHand(online, sofa, 0);

    assertThat(locations.ofProduct(sofa))
        .extracting(level -> level.location().id(), StockLevel::available)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(store, 1), org.assertj.core.groups.Tuple.tuple(online, 0));
    assertThat(locations.search(sofa.toLowerCase())).hasSize(2);
    assertThat(locations.search("velvet sofa, green " + sofa.substring(3))).hasSize(2);
    assertThat(locations.find(online).orElseThrow().isStore()).isFalse();
  }
}
