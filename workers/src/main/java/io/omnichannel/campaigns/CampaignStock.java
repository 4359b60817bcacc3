package io.omnichannel.campaigns;

import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the landing page shows of a campaign's products: their names and their stock in its stores near the visitor's. */
@Service
public class CampaignStock {

  private final StockLocations stock;

  CampaignStock(StockLocations stock) {
    this.stock = stock;
  }

  /** The campaign's stores, the visitor's choice first, then those in its city, then the rest by city. */
  @Transactional(readOnly = true)
  public List<StockLocation> storesNear(Campaign campaign, String chosenStoreId) {
    List<StockLocation> stores = stock.stores().stream().filter(s -> campaign.storeIds().contains(s.id())).toList();
    Optional<StockLocation> chosen = stores.stream().filter(s -> s.id().equals(chosenStoreId)).findFirst();
    return stores.stream()
        .sorted(Comparator.comparing((StockLocation s) -> chosen.map(c -> !c.id().equals(s.id())).orElse(false))
            .thenComparing(s -> chosen.map(c -> !c.city().equals(s.city())).orElse(false))
            .thenComparing(StockLocation::city)
            .thenComparing(StockLocation::name))
        .toList();
  }

  /** The featured products' stock in the campaign's stores, in the order of {@link #storesNear}, product by product. */
  @Transactional(readOnly = true)
  public List<StockLevel> stockNear(Campaign campaign, String chosenStoreId) {
    List<StockLocation> stores = storesNear(campaign, chosenStoreId);
    List<StockLevel> levels = new ArrayList<>();
    for (String typeNumber : campaign.typeNumbers()) {
      Map<String, StockLevel> byStore = stock.ofProduct(typeNumber).stream().collect(Collectors.toMap(l -> l.location().id(), Function.identity()));
      stores.stream().map(s -> byStore.get(s.id())).filter(Objects::nonNull).forEach(levels::add);
    }
    return levels;
  }

  /** The featured products' names by type number, in the campaign's order. */
  @Transactional(readOnly = true)
  public Map<String, String> productNames(Campaign campaign) {
    Map<String, String> names = new LinkedHashMap<>();
    campaign.typeNumbers().forEach(t -> names.put(t, stock.ofProduct(t).stream().findFirst().map(StockLevel::productName).orElse(t)));
    return names;
  }
}
