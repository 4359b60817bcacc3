package io.omnichannel.campaigns;

import java.util.Map;

/** A campaign form that cannot be saved, with a message per field; nothing was written. */
public class InvalidCampaignException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  InvalidCampaignException(Map<String, String> fieldErrors) {
    super("invalid campaign: " + fieldErrors);
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** By field name: code, name, offerText, typeNumbers, storeIds, validFrom, validTo. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
