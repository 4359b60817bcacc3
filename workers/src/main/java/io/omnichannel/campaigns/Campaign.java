package io.omnichannel.campaigns;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as process owners set it up.
 *
 * @param code short and URL-safe, unique, the end of the landing page's address: {@code /p/VELVET}
 * @param typeNumbers the featured products, in the order the landing page shows them
 * @param storeIds the stores it runs in
 * @param validFrom its first day, in the business's time zone
 * @param validTo its last day, inclusive
 */
public record Campaign(
    String code, String name, String offerText, List<String> typeNumbers, List<String> storeIds, LocalDate validFrom, LocalDate validTo) {

  public Campaign {
    typeNumbers = List.copyOf(typeNumbers);
    storeIds = List.copyOf(storeIds);
  }

  /** Whether the landing page is open on that day, its poster's promise over, or not yet begun. */
  public Availability on(LocalDate day) {
    if (day.isBefore(validFrom)) {
      return Availability.NOT_STARTED;
    }
    return day.isAfter(validTo) ? Availability.EXPIRED : Availability.RUNNING;
  }

  public enum Availability {
    NOT_STARTED,
    RUNNING,
    EXPIRED
  }
}
