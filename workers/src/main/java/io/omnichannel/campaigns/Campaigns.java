package io.omnichannel.campaigns;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLevel;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.BusinessDate;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.PlainText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: set up and changed by process owners with a message per wrong field, found by the
 * code of their landing page, their scans counted per day, requests attributed to them once, and
 * their funnel.
 */
@Service
public class Campaigns {

  /** What a code looks like: in an address and read off a poster, so capitals, digits and hyphens. */
  public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,19}");

  private final JdbcClient jdbc;
  private final StockLocations stock;
  private final StockHolds holds;
  private final BusinessDate businessDate;
  private final Clock clock;

  Campaigns(JdbcClient jdbc, StockLocations stock, StockHolds holds, BusinessDate businessDate, Clock clock) {
    this.jdbc = jdbc;
    this.stock = stock;
    this.holds = holds;
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
    Campaign campaign = checked(code, draft, errors);
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
    Campaign campaign = checked(existing.code(), draft, new LinkedHashMap<>());
    jdbc.sql("UPDATE campaigns SET name = ?, offer_text = ?, valid_from = ?, valid_to = ?, updated_at = ?, updated_by = ? WHERE code = ?")
        .params(campaign.name(), campaign.offerText(), campaign.validFrom(), campaign.validTo(), now(), by, campaign.code())
        .update();
    jdbc.sql("DELETE FROM campaign_products WHERE campaign_code = ?").param(campaign.code()).update();
    jdbc.sql("DELETE FROM campaign_stores WHERE campaign_code = ?").param(campaign.code()).update();
    writeDetails(campaign);
    return campaign;
  }

  /** One more opening of the landing page today; nothing about who opened it. */
  @Transactional
  public void countScan(Campaign campaign) {
    jdbc.sql(
            """
            INSERT INTO campaign_scans (campaign_code, day, scans) VALUES (?, ?, 1)
            ON CONFLICT (campaign_code, day) DO UPDATE SET scans = campaign_scans.scans + 1""")
        .params(campaign.code(), businessDate.today())
        .update();
  }

  /** The scans of each day the landing page was opened, the latest first. */
  @Transactional(readOnly = true)
  public Map<LocalDate, Integer> scansByDay(String code) {
    Map<LocalDate, Integer> days = new LinkedHashMap<>();
    jdbc.sql("SELECT day, scans FROM campaign_scans WHERE campaign_code = ? ORDER BY day DESC")
        .param(normal(code))
        .query((rs, row) -> days.put(rs.getObject("day", LocalDate.class), rs.getInt("scans")))
        .list();
    return days;
  }

  /**
   * Notes that the request came through the campaign of that code, when the campaign runs today.
   * An unknown or expired code is no error: the request stands, it is just not attributed. A
   * request keeps its first campaign; a repeat changes nothing.
   *
   * @param requestType the request's type in the ledger, e.g. {@code RESERVATION}
   * @return the campaign it is attributed to now; empty when the code names no running campaign
   */
  @Transactional
  public Optional<Campaign> attribute(UUID requestId, String requestType, String code, IntakeChannel via) {
    Optional<Campaign> running = find(code).filter(c -> availability(c) == Campaign.Availability.RUNNING);
    running.ifPresent(campaign -> jdbc.sql(
            """
            INSERT INTO campaign_attributions (request_id, campaign_code, request_type, channel, attributed_at, attributed_by)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""")
        .params(requestId, campaign.code(), requestType, via.channel(), now(), via.enteredBy())
        .update());
    return running;
  }

  /** The campaign a request came through, if any. */
  @Transactional(readOnly = true)
  public Optional<String> campaignOf(UUID requestId) {
    return jdbc.sql("SELECT campaign_code FROM campaign_attributions WHERE request_id = ?").param(requestId).query(String.class).optional();
  }

  /** Every campaign with its scans, requests, reservations and their pickups. */
  @Transactional(readOnly = true)
  public List<CampaignFunnel> funnels() {
    Map<String, Long> scans = counts("SELECT campaign_code, sum(scans) FROM campaign_scans GROUP BY campaign_code");
    Map<String, Long> requests = counts("SELECT campaign_code, count(*) FROM campaign_attributions GROUP BY campaign_code");
    Map<String, Long> reservations =
        counts("SELECT campaign_code, count(*) FROM campaign_attributions WHERE request_type = 'RESERVATION' GROUP BY campaign_code");
    Map<UUID, String> reservationCampaigns = new LinkedHashMap<>();
    jdbc.sql("SELECT request_id, campaign_code FROM campaign_attributions WHERE request_type = 'RESERVATION'")
        .query((rs, row) -> reservationCampaigns.put(rs.getObject("request_id", UUID.class), rs.getString("campaign_code")))
        .list();
    Map<String, Long> pickups =
        holds.pickedUpAmong(reservationCampaigns.keySet()).stream()
            .collect(Collectors.groupingBy(reservationCampaigns::get, Collectors.counting()));
    return all().stream()
        .map(c -> new CampaignFunnel(
            c, scans.getOrDefault(c.code(), 0L), requests.getOrDefault(c.code(), 0L), reservations.getOrDefault(c.code(), 0L),
            pickups.getOrDefault(c.code(), 0L)))
        .toList();
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
      stores.stream().map(s -> byStore.get(s.id())).filter(java.util.Objects::nonNull).forEach(levels::add);
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

  private Campaign checked(String code, CampaignDraft draft, Map<String, String> errors) {
    String name = strip(draft.name());
    if (name == null) {
      errors.put("name", "Please give the campaign a name.");
    } else if (name.length() > 100) {
      errors.put("name", "A name has at most 100 characters.");
    }
    String offer = strip(draft.offerText());
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
    String value = strip(text);
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
        .query((rs, row) -> products.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2)))
        .list();
    Map<String, List<String>> stores = new LinkedHashMap<>();
    jdbc.sql("SELECT campaign_code, location_id FROM campaign_stores WHERE campaign_code IN (:codes) ORDER BY location_id")
        .param("codes", codes)
        .query((rs, row) -> stores.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2)))
        .list();
    return campaigns.stream()
        .map(c -> new Campaign(
            c.code(), c.name(), c.offerText(), products.getOrDefault(c.code(), List.of()), stores.getOrDefault(c.code(), List.of()),
            c.validFrom(), c.validTo()))
        .toList();
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2))).list();
    return counts;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static String normal(String code) {
    String stripped = strip(code);
    return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
  }

  private static String strip(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static Campaign row(ResultSet rs, int row) throws SQLException {
    return new Campaign(
        rs.getString("code"), rs.getString("name"), rs.getString("offer_text"), List.of(), List.of(),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
  }
}
