package io.omnichannel.campaigns;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The landing page a poster's QR code leads to, {@code /p/{code}}: the offer, the featured products'
 * stock in the campaign's stores near the one the visitor chooses, and three ways on, each carrying
 * the campaign. The first opening of a day by a browser counts as a scan; a cookie that holds only
 * that the code was counted keeps a reload from counting again. Nothing about the person is kept.
 * An unknown, not yet started or expired code gets a friendly page, never an error.
 */
@Controller
class CampaignLandingController {

  static final String COOKIE_PREFIX = "scanned-";
  private static final Duration COUNTED_FOR = Duration.ofDays(1);

  private final Campaigns campaigns;
  private final CampaignReach reach;
  private final CampaignStock stock;

  CampaignLandingController(Campaigns campaigns, CampaignReach reach, CampaignStock stock) {
    this.campaigns = campaigns;
    this.reach = reach;
    this.stock = stock;
  }

  @GetMapping("/p/{code}")
  String landing(
      @PathVariable String code,
      @RequestParam(required = false) String store,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    var found = campaigns.find(code);
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      return "campaigns/unavailable";
    }
    Campaign campaign = found.get();
    switch (campaigns.availability(campaign)) {
      case NOT_STARTED -> {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "campaigns/unavailable";
      }
      case EXPIRED -> {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("ended", campaign);
        return "campaigns/unavailable";
      }
      case RUNNING -> {}
    }
    if (!counted(request, campaign)) {
      reach.countScan(campaign);
      response.addHeader(
          HttpHeaders.SET_COOKIE,
          ResponseCookie.from(COOKIE_PREFIX + campaign.code(), "1")
              .path("/p")
              .maxAge(COUNTED_FOR)
              .httpOnly(true)
              .secure(request.isSecure())
              .sameSite("Lax")
              .build()
              .toString());
    }
    String chosen = store != null && campaign.storeIds().contains(store) ? store : null;
    model.addAttribute("campaign", campaign);
    model.addAttribute("products", stock.productNames(campaign));
    model.addAttribute("stores", stock.storesNear(campaign, null));
    model.addAttribute("chosenStore", chosen);
    model.addAttribute("levels", chosen == null ? java.util.List.of() : stock.stockNear(campaign, chosen));
    return "campaigns/landing";
  }

  private static boolean counted(HttpServletRequest request, Campaign campaign) {
    Cookie[] cookies = request.getCookies();
    return cookies != null && Arrays.stream(cookies).anyMatch(c -> c.getName().equals(COOKIE_PREFIX + campaign.code()));
  }
}
