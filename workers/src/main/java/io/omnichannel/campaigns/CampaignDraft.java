package io.omnichannel.campaigns;

import java.util.List;

/**
 * A campaign as typed into the staff form, before it is checked: every value as text, dates as
 * {@code yyyy-MM-dd}. Nulls are read as empty.
 */
public record CampaignDraft(
    String code, String name, String offerText, List<String> typeNumbers, List<String> storeIds, String validFrom, String validTo) {

  public CampaignDraft {
    typeNumbers = typeNumbers == null ? List.of() : typeNumbers.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
    storeIds = storeIds == null ? List.of() : storeIds.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
  }

  /** The form of a campaign to edit. */
  public static CampaignDraft of(Campaign campaign) {
    return new CampaignDraft(
        campaign.code(), campaign.name(), campaign.offerText(), campaign.typeNumbers(), campaign.storeIds(),
        campaign.validFrom().toString(), campaign.validTo().toString());
  }
}
