package io.omnichannel.api;

import io.omnichannel.inventory.StockLocations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stock of every location, for chat staff and tools: which store has the product, how many are held, how many a reservation can get. */
@RestController
@Tag(name = "Stock", description = "See the stock of every store and the web warehouse")
@SecurityRequirement(name = ApiDocumentation.API_KEY)
@ApiResponse(responseCode = "401", description = "No key or an unknown key", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
class StockApiController {

  private final StockLocations stock;

  StockApiController(StockLocations stock) {
    this.stock = stock;
  }

  @GetMapping(path = "/api/v1/stock", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Stock of a product in every location",
      description = "For chat staff and tools: which store has the product, how many are held for reservations and how many a new reservation can get.")
  @ApiResponse(responseCode = "200", description = "Every location stocking the product (empty when none does); stores with something available first")
  @ApiResponse(responseCode = "400", description = "typeNumber missing", content = @Content(mediaType = ApiDocumentation.PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
  List<StockLevelView> stock(@Parameter(description = "The product's type number", example = "VS-300-GN") @RequestParam String typeNumber) {
    return stock.ofProduct(typeNumber.strip()).stream().map(StockLevelView::of).toList();
  }
}
