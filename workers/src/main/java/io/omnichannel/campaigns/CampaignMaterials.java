package io.omnichannel.campaigns;

import io.omnichannel.documents.QrCodes;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.platform.Links;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What goes up on the wall: the QR code of a campaign's landing page, alone or on its A4 poster. */
@Service
public class CampaignMaterials {

  private static final int QR_PIXELS = 480;

  private final Campaigns campaigns;
  private final CampaignStock stock;
  private final Links links;

  CampaignMaterials(Campaigns campaigns, CampaignStock stock, Links links) {
    this.campaigns = campaigns;
    this.stock = stock;
    this.links = links;
  }

  /** The landing page's short address, e.g. {@code https://shop.example/p/VELVET}. */
  public String landingUrl(Campaign campaign) {
    return links.campaign(campaign.code());
  }

  /** The QR code of the landing page as a PNG; empty for an unknown code. */
  public Optional<byte[]> qrPng(String code) {
    return campaigns.find(code).map(campaign -> QrCodes.png(landingUrl(campaign), QR_PIXELS));
  }

  /** The printable A4 poster; empty for an unknown code. */
  public Optional<byte[]> posterPdf(String code) {
    return campaigns.find(code)
        .map(campaign -> CampaignPoster.render(
            campaign, landingUrl(campaign), stock.storesNear(campaign, null).stream().map(StockLocation::name).toList()));
  }
}
