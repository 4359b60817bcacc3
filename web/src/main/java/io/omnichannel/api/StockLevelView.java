package io.omnichannel.api;

import io.omnichannel.inventory.StockLevel;
import io.swagger.v3.oas.annotations.media.Schema;

/** One product at one location, for chat tools: how many a customer can still reserve there. */
record StockLevelView(
    @Schema(example = "VS-300-GN") String typeNumber,
    @Schema(example = "Verona velvet sofa, 3 seats, green") String productName,
    @Schema(example = "store-berlin") String locationId,
    @Schema(example = "Store Berlin") String locationName,
    @Schema(example = "Berlin") String city,
    @Schema(description = "STORE (can be reserved for pickup) or WAREHOUSE (online shop)", example = "STORE") String kind,
    @Schema(description = "Pieces there, held ones included", example = "1") int onHand,
    @Schema(description = "Held for reservations", example = "0") int held,
    @Schema(description = "What a new reservation can get", example = "1") int available) {

  static StockLevelView of(StockLevel level) {
    return new StockLevelView(
        level.typeNumber(), level.productName(), level.location().id(), level.location().name(), level.location().city(),
        level.location().kind().name(), level.onHand(), level.held(), level.available());
  }
}
