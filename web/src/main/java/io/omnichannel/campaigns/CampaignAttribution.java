package io.omnichannel.campaigns;

import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.SubmittedRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What a channel does after it took a request in that names a campaign (the portal's hidden field,
 * the campaign staff chose): attributes it. The request is in by then; an unknown or expired code,
 * or a database that fails just now, never turns her request into an error.
 */
@Component
public class CampaignAttribution {

  /** The form field that carries the campaign's code, on the portal's forms and on staff intake. */
  public static final String FIELD = "campaign";

  private static final Logger log = LoggerFactory.getLogger(CampaignAttribution.class);

  private final Campaigns campaigns;
  private final CampaignReach reach;

  CampaignAttribution(Campaigns campaigns, CampaignReach reach) {
    this.campaigns = campaigns;
    this.reach = reach;
  }

  /** @return the campaign the request is attributed to; empty when the code was blank, unknown or expired */
  public Optional<Campaign> afterIntake(SubmittedRequest submitted, RequestType type, String code, IntakeChannel via) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    try {
      return reach.attribute(submitted.id(), type.name(), code, via);
    } catch (DataAccessException e) {
      log.warn("request {} names campaign {} but could not be attributed to it", submitted.reference(), code, e);
      return Optional.empty();
    }
  }

  /** The campaigns staff can choose from when the customer names one ("I saw your poster"). */
  public java.util.List<Campaign> choices() {
    return campaigns.runningToday();
  }
}
