package io.omnichannel.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationTest {

  private static final Allocation.Source WAREHOUSE = new Allocation.Source("web-warehouse", true, "Erfurt", Map.of("LURE-7", 40, "HOOK-2", 0));
  private static final Allocation.Source BERLIN = new Allocation.Source("store-berlin", false, "Berlin", Map.of("HOOK-2", 6, "LURE-7", 2));
  private static final Allocation.Source MUNICH = new Allocation.Source("store-munich", false, "Munich", Map.of("HOOK-2", 9));

  private static OrderLine line(int no, String typeNumber, int quantity) {
    return new OrderLine(no, typeNumber, typeNumber, quantity, LineState.OPEN, null);
  }

  @Test
  void theWarehouseShipsAllWhenItHasEverything() {
    var plan = Allocation.plan(List.of(line(1, "LURE-7", 3)), List.of(BERLIN, WAREHOUSE, MUNICH), "Berlin");

    assertThat(plan.parcels()).containsExactly(Map.entry("web-warehouse", List.of(1)));
    assertThat(plan.isSplit()).isFalse();
    assertThat(plan.unavailable()).isEmpty();
  }

  @Test
  void whatTheWarehouseLacksComesFromTheStoreInTheCustomersCity() {
    var plan = Allocation.plan(List.of(line(1, "LURE-7", 3), line(2, "HOOK-2", 2)), List.of(MUNICH, BERLIN, WAREHOUSE), "Berlin");

    assertThat(plan.parcels()).containsOnly(Map.entry("web-warehouse", List.of(1)), Map.entry("store-berlin", List.of(2)));
    assertThat(plan.isSplit()).isTrue();

    var munich = Allocation.plan(List.of(line(1, "LURE-7", 3), line(2, "HOOK-2", 2)), List.of(MUNICH, BERLIN, WAREHOUSE), "Munich");
    assertThat(munich.parcels()).containsOnlyKeys("web-warehouse", "store-munich");
  }

  @Test
  void fewerParcelsWinOverTheWarehouse() {
    // the Berlin store has both lures and hooks: one parcel from it rather than two with the warehouse
    var plan = Allocation.plan(List.of(line(1, "LURE-7", 2), line(2, "HOOK-2", 2)), List.of(WAREHOUSE, MUNICH, BERLIN), "Hamburg");

    assertThat(plan.parcels()).containsExactly(Map.entry("store-berlin", List.of(1, 2)));
  }

  @Test
  void aLineNoLocationHasEnoughOfIsUnavailableAndNeverSplitAcrossLocations() {
    var plan = Allocation.plan(List.of(line(1, "LURE-7", 3), line(2, "HOOK-2", 12), line(3, "REEL-1", 1)), List.of(WAREHOUSE, BERLIN, MUNICH), "Berlin");

    assertThat(plan.parcels()).containsExactly(Map.entry("web-warehouse", List.of(1)));
    assertThat(plan.unavailable()).containsExactly(2, 3);
  }

  @Test
  void twoLinesOfOneProductCountAgainstTheSameStock() {
    var plan = Allocation.plan(List.of(line(1, "HOOK-2", 5), line(2, "HOOK-2", 5)), List.of(WAREHOUSE, BERLIN, MUNICH), "Berlin");

    // Munich's 9 cannot carry both; Berlin's 6 one of them
    assertThat(plan.parcels()).containsOnly(Map.entry("store-berlin", List.of(1)), Map.entry("store-munich", List.of(2)));
  }

  @Test
  void linesAlreadyDecidedAreLeftAlone() {
    var decided = new OrderLine(1, "HOOK-2", "HOOK-2", 1, LineState.BACKORDERED, null);

    var plan = Allocation.plan(List.of(decided, line(2, "LURE-7", 1)), List.of(WAREHOUSE), null);

    assertThat(plan.parcels()).containsExactly(Map.entry("web-warehouse", List.of(2)));
    assertThat(plan.unavailable()).isEmpty();
  }
}
