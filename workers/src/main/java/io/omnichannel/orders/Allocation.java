package io.omnichannel.orders;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which location ships which line: the web warehouse when it has everything; otherwise the
 * fewest parcels, among equally few the set with the warehouse, then the one with the most stores
 * in the customer's city, then by location id (so the same stock gives the same plan). A line is
 * never split across locations. A line no location has enough of is unavailable: the customer
 * decides between waiting and cancelling it.
 */
public final class Allocation {

  /** A location that could ship: its kind, city and what it has available now by type number. */
  public record Source(String locationId, boolean warehouse, String city, Map<String, Integer> available) {}

  /** The plan: lines by the location that ships them (in parcel order), and the lines no one has. */
  public record Plan(Map<String, List<Integer>> parcels, List<Integer> unavailable) {

    public boolean isSplit() {
      return parcels.size() > 1;
    }
  }

  /** Beyond this many candidate locations the search keeps the nearest ones (a web shop has a handful). */
  private static final int MAX_CANDIDATES = 12;

  private Allocation() {}

  public static Plan plan(List<OrderLine> lines, List<Source> sources, String customerCity) {
    List<OrderLine> open = lines.stream().filter(line -> line.state() == LineState.OPEN).toList();
    List<Integer> unavailable =
        open.stream().filter(line -> sources.stream().noneMatch(source -> has(source, line))).map(OrderLine::lineNo).toList();
    List<OrderLine> coverable = open.stream().filter(line -> !unavailable.contains(line.lineNo())).toList();
    if (coverable.isEmpty()) {
      return new Plan(Map.of(), List.copyOf(unavailable));
    }
    Comparator<Source> preference =
        Comparator.comparing((Source source) -> !source.warehouse())
            .thenComparing(source -> !sameCity(source, customerCity))
            .thenComparing(Source::locationId);
    List<Source> candidates =
        sources.stream().filter(source -> coverable.stream().anyMatch(line -> has(source, line))).sorted(preference).limit(MAX_CANDIDATES).toList();
    for (int size = 1; size <= Math.min(coverable.size(), candidates.size()); size++) {
      Optional<Map<String, List<Integer>>> best =
          combinations(candidates, size).stream()
              .map(set -> assign(coverable, set))
              .flatMap(Optional::stream)
              .min(Comparator.comparing((Map<String, List<Integer>> parcels) -> !parcels.containsKey(warehouseId(candidates)))
                  .thenComparing(parcels -> -(int) parcels.keySet().stream().filter(id -> sameCity(byId(candidates, id), customerCity)).count())
                  .thenComparing(parcels -> String.join(",", parcels.keySet())));
      if (best.isPresent()) {
        return new Plan(best.get(), List.copyOf(unavailable));
      }
    }
    throw new IllegalStateException("every line is available somewhere, yet no set of locations covers them");
  }

  /** Each line to the most preferred location of the set that still has enough; empty when one is left over. */
  private static Optional<Map<String, List<Integer>>> assign(List<OrderLine> lines, List<Source> set) {
    Map<String, Map<String, Integer>> left = new HashMap<>();
    set.forEach(source -> left.put(source.locationId(), new HashMap<>(source.available())));
    Map<String, List<Integer>> parcels = new LinkedHashMap<>();
    for (OrderLine line : lines) {
      Optional<Source> from =
          set.stream().filter(source -> left.get(source.locationId()).getOrDefault(line.typeNumber(), 0) >= line.quantity()).findFirst();
      if (from.isEmpty()) {
        return Optional.empty();
      }
      left.get(from.get().locationId()).merge(line.typeNumber(), -line.quantity(), Integer::sum);
      parcels.computeIfAbsent(from.get().locationId(), id -> new ArrayList<>()).add(line.lineNo());
    }
    // a set with a location that ships nothing is a larger set than needed
    return parcels.size() == set.size() ? Optional.of(parcels) : Optional.empty();
  }

  private static List<List<Source>> combinations(List<Source> candidates, int size) {
    List<List<Source>> all = new ArrayList<>();
    collect(candidates, size, 0, new ArrayList<>(), all);
    return all;
  }

  private static void collect(List<Source> candidates, int size, int from, List<Source> chosen, List<List<Source>> all) {
    if (chosen.size() == size) {
      all.add(List.copyOf(chosen));
      return;
    }
    for (int i = from; i < candidates.size(); i++) {
      chosen.add(candidates.get(i));
      collect(candidates, size, i + 1, chosen, all);
      chosen.removeLast();
    }
  }

  private static boolean has(Source source, OrderLine line) {
    return source.available().getOrDefault(line.typeNumber(), 0) >= line.quantity();
  }

  private static boolean sameCity(Source source, String city) {
    return city != null && source.city() != null && source.city().equalsIgnoreCase(city.strip());
  }

  private static String warehouseId(List<Source> candidates) {
    return candidates.stream().filter(Source::warehouse).map(Source::locationId).findFirst().orElse(null);
  }

  private static Source byId(List<Source> candidates, String id) {
    return candidates.stream().filter(source -> source.locationId().equals(id)).findFirst().orElseThrow();
  }
}
