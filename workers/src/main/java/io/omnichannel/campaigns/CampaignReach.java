package io.omnichannel.campaigns;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.platform.BusinessDate;
import io.omnichannel.requests.IntakeChannel;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a campaign reached: the landing page's scans per day (a counter, nothing about the person),
 * the requests attributed to it (their first touch, once per request) and the funnel from scans to
 * pickups.
 */
@Service
public class CampaignReach {

  private final JdbcClient jdbc;
  private final Campaigns campaigns;
  private final StockHolds holds;
  private final BusinessDate businessDate;
  private final Clock clock;

  CampaignReach(JdbcClient jdbc, Campaigns campaigns, StockHolds holds, BusinessDate businessDate, Clock clock) {
    this.jdbc = jdbc;
    this.campaigns = campaigns;
    this.holds = holds;
    this.businessDate = businessDate;
    this.clock = clock;
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
        .param(Campaigns.normal(code))
        .query(rs -> {
          days.put(rs.getObject("day", LocalDate.class), rs.getInt("scans"));
        });
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
    Optional<Campaign> running = campaigns.find(code).filter(c -> campaigns.availability(c) == Campaign.Availability.RUNNING);
    running.ifPresent(campaign -> jdbc.sql(
            """
            INSERT INTO campaign_attributions (request_id, campaign_code, request_type, channel, attributed_at, attributed_by)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING""")
        .params(requestId, campaign.code(), requestType, via.channel(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), via.enteredBy())
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
        .query(rs -> {
          reservationCampaigns.put(rs.getObject("request_id", UUID.class), rs.getString("campaign_code"));
        });
    Map<String, Long> pickups =
        holds.pickedUpAmong(reservationCampaigns.keySet()).stream()
            .collect(Collectors.groupingBy(reservationCampaigns::get, Collectors.counting()));
    return campaigns.all().stream()
        .map(c -> new CampaignFunnel(
            c, scans.getOrDefault(c.code(), 0L), requests.getOrDefault(c.code(), 0L), reservations.getOrDefault(c.code(), 0L),
            pickups.getOrDefault(c.code(), 0L)))
        .toList();
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(sql).query(rs -> {
      counts.put(rs.getString(1), rs.getLong(2));
    });
    return counts;
  }

}
