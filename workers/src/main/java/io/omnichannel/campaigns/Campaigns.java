package io.omnichannel.campaigns;

import io.omnichannel.platform.BusinessDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: set up and changed by process owners with a message per wrong field, found by the
 * code of their landing page. What they reached is {@link CampaignReach}'s, their stock
 * {@link CampaignStock}'s.
 */
@Service
public class Campaigns {

  /** What a code looks like: in an address and read off a poster, so capitals, digits and hyphens. */
  public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

  private final JdbcClient jdbc;
  private final CampaignChecks checks;
  private final BusinessDate businessDate;
  private final Clock clock;

  Campaigns(JdbcClient jdbc, CampaignChecks checks, BusinessDate businessDate, Clock clock) {
    this.jdbc = jdbc;
    this.checks = checks;
    this.businessDate = businessDate;
    this.clock = clock;
  }

  /** Every campaign, the newest first. */
  @Transactional(readOnly = true)
  public List<Campaign> all() {
    return withDetails(jdbc.sql("SELECT * FROM campaigns ORDER BY valid_from DESC, code").query(Campaigns::row).list());
  }

  /** The campaigns whose landing page is open today: the ones staff can attribute a call to. */
  @Transactional(readOnly = true)
  public List<Campaign> runningToday() {
    LocalDate today = businessDate.today();
    return all().stream().filter(c -> c.on(today) == Campaign.Availability.RUNNING).sorted(Comparator.comparing(Campaign::name)).toList();
  }

  /** The campaign of a code, in any case ({@code velvet} is {@code VELVET}); empty for a code that is no campaign's. */
  @Transactional(readOnly = true)
  public Optional<Campaign> find(String code) {
    String normal = normal(code);
    if (normal == null || !CODE.matcher(normal).matches()) {
      return Optional.empty();
    }
    return jdbc.sql("SELECT * FROM campaigns WHERE code = ?").param(normal).query(Campaigns::row).optional()
        .map(c -> withDetails(List.of(c)).getFirst());
  }

  /** Whether the campaign's landing page is open today. */
  public Campaign.Availability availability(Campaign campaign) {
    return campaign.on(businessDate.today());
  }

  /** @throws InvalidCampaignException with a message per wrong field; nothing is written then */
  @Transactional
  public Campaign create(CampaignDraft draft, String by) {
    Map<String, String> errors = new LinkedHashMap<>();
    String code = normal(draft.code());
    if (code == null) {
      errors.put("code", "Please give the campaign a code.");
    } else if (!CODE.matcher(code).matches()) {
      errors.put("code", "A code has 3 to 20 capital letters, digits or hyphens, e.g. VELVET.");
    } else {
      find(code).ifPresent(taken -> errors.put("code", "This code is taken by the campaign " + taken.name() + "."));
    }
    Campaign campaign = checks.checked(code, draft, errors);
    OffsetDateTime now = now();
    jdbc.sql(
            """
            INSERT INTO campaigns (code, name, offer_text, valid_from, valid_to, created_at, created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(code, campaign.name(), campaign.offerText(), campaign.validFrom(), campaign.validTo(), now, by, now, by)
        .update();
    writeDetails(campaign);
    return campaign;
  }

  /**
   * Changes everything but the code: the posters with its QR code may already hang.
   *
   * @throws InvalidCampaignException with a message per wrong field, or when there is no such campaign
   */
  @Transactional
  public Campaign update(String code, CampaignDraft draft, String by) {
    Campaign existing = find(code).orElseThrow(() -> new InvalidCampaignException(Map.of("code", "There is no campaign with this code.")));
    Campaign campaign = checks.checked(existing.code(), draft, new LinkedHashMap<>());
    jdbc.sql("UPDATE campaigns SET name = ?, offer_text = ?, valid_from = ?, valid_to = ?, updated_at = ?, updated_by = ? WHERE code = ?")
        .params(campaign.name(), campaign.offerText(), campaign.validFrom(), campaign.validTo(), now(), by, campaign.code())
        .update();
    jdbc.sql("DELETE FROM campaign_products WHERE campaign_code = ?").param(campaign.code()).update();
    jdbc.sql("DELETE FROM campaign_stores WHERE campaign_code = ?").param(campaign.code()).update();
    writeDetails(campaign);
    return campaign;
  }

  private void writeDetails(Campaign campaign) {
    for (int i = 0; i < campaign.typeNumbers().size(); i++) {
      jdbc.sql("INSERT INTO campaign_products (campaign_code, type_number, position) VALUES (?, ?, ?)")
          .params(campaign.code(), campaign.typeNumbers().get(i), i)
          .update();
    }
    campaign.storeIds().forEach(store -> jdbc.sql("INSERT INTO campaign_stores (campaign_code, location_id) VALUES (?, ?)")
        .params(campaign.code(), store)
        .update());
  }

  private List<Campaign> withDetails(List<Campaign> campaigns) {
    if (campaigns.isEmpty()) {
      return campaigns;
    }
    List<String> codes = campaigns.stream().map(Campaign::code).toList();
    Map<String, List<String>> products = new LinkedHashMap<>();
    jdbc.sql("SELECT campaign_code, type_number FROM campaign_products WHERE campaign_code IN (:codes) ORDER BY position")
        .param("codes", codes)
        .query(rs -> {
          products.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
        });
    Map<String, List<String>> stores = new LinkedHashMap<>();
    jdbc.sql("SELECT campaign_code, location_id FROM campaign_stores WHERE campaign_code IN (:codes) ORDER BY location_id")
        .param("codes", codes)
        .query(rs -> {
          stores.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
        });
    return campaigns.stream()
        .map(c -> new Campaign(
            c.code(), c.name(), c.offerText(), products.getOrDefault(c.code(), List.of()), stores.getOrDefault(c.code(), List.of()),
            c.validFrom(), c.validTo()))
        .toList();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  static String normal(String code) {
    String stripped = strip(code);
    return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
  }

  static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Campaign row(ResultSet rs, int row) throws SQLException {
    return new Campaign(
        rs.getString("code"), rs.getString("name"), rs.getString("offer_text"), List.of(), List.of(),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
  }
}
