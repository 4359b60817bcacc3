package io.omnichannel.campaigns;

import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.requests.PlainText;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The campaign form's rules: a message per wrong field, all of them at once. */
@Component
class CampaignChecks {

  private final StockLocations stock;

  CampaignChecks(StockLocations stock) {
    this.stock = stock;
  }

  /**
   * @param errors what the caller found already (the code's), to report with the rest
   * @throws InvalidCampaignException when any field is wrong
   */
  Campaign checked(String code, CampaignDraft draft, Map<String, String> errors) {
    String name = Campaigns.strip(draft.name());
    if (name == null) {
      errors.put("name", "Please give the campaign a name.");
    } else if (name.length() > 100) {
      errors.put("name", "A name has at most 100 characters.");
    }
    String offer = Campaigns.strip(draft.offerText());
    if (offer == null) {
      errors.put("offerText", "Please write the offer the poster makes.");
    } else if (offer.length() > 1000) {
      errors.put("offerText", "The offer has at most 1000 characters.");
    }
    if (draft.typeNumbers().isEmpty()) {
      errors.put("typeNumbers", "Please choose at least one product to feature.");
    } else {
      draft.typeNumbers().stream().filter(t -> t.length() > 64 || stock.ofProduct(t).isEmpty()).findFirst()
          .ifPresent(t -> errors.put("typeNumbers", "We do not stock the product " + t + "."));
    }
    Set<String> stores = stock.stores().stream().map(StockLocation::id).collect(Collectors.toSet());
    if (draft.storeIds().isEmpty()) {
      errors.put("storeIds", "Please choose at least one store the campaign runs in.");
    } else {
      draft.storeIds().stream().filter(s -> !stores.contains(s)).findFirst()
          .ifPresent(s -> errors.put("storeIds", s + " is not one of our stores."));
    }
    LocalDate from = date(draft.validFrom(), "validFrom", "Please give the first day of the campaign.", errors);
    LocalDate to = date(draft.validTo(), "validTo", "Please give the last day of the campaign.", errors);
    if (from != null && to != null && to.isBefore(from)) {
      errors.put("validTo", "The last day cannot be before the first.");
    }
    if (!PlainText.isAcceptable(draft.name())) {
      errors.put("name", PlainText.CONTROL_CHARACTER);
    }
    if (!PlainText.isAcceptable(draft.offerText())) {
      errors.put("offerText", PlainText.CONTROL_CHARACTER);
    }
    if (!errors.isEmpty()) {
      throw new InvalidCampaignException(errors);
    }
    return new Campaign(code, name, offer, draft.typeNumbers(), draft.storeIds(), from, to);
  }

  private static LocalDate date(String text, String field, String missing, Map<String, String> errors) {
    String value = Campaigns.strip(text);
    if (value == null) {
      errors.put(field, missing);
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(field, "Please give a date like 2026-05-31.");
      return null;
    }
  }
}
