package io.omnichannel.orders;

import io.omnichannel.documents.CommunityCardPdf;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.platform.Links;
import io.omnichannel.requests.RequestHistory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community card of a store's parcel: its own short link (so a scan is known to be this
 * customer's), the printable PDF, and what a scan does: it joins the customer's timeline and leads
 * to the store's community page.
 */
@Service
public class CommunityCards {

  /** Where a scan leads, and whether it was the card's first. */
  public record Scan(String communityUrl, boolean first) {}

  private final JdbcClient jdbc;
  private final Shipments shipments;
  private final Orders orders;
  private final StockLocations locations;
  private final RequestHistory history;
  private final Links links;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  CommunityCards(
      JdbcClient jdbc, Shipments shipments, Orders orders, StockLocations locations, RequestHistory history, Links links, Clock clock) {
    this.jdbc = jdbc;
    this.shipments = shipments;
    this.orders = orders;
    this.locations = locations;
    this.history = history;
    this.links = links;
    this.clock = clock;
  }

  /** The card of a parcel from a store; empty for a parcel from the warehouse or an unknown one. */
  @Transactional
  public Optional<byte[]> cardOf(UUID shipmentId) {
    Optional<Shipment> parcel = shipments.find(shipmentId);
    Optional<StockLocation> store = parcel.flatMap(p -> locations.find(p.locationId())).filter(StockLocation::isStore);
    if (store.isEmpty()) {
      return Optional.empty();
    }
    Order order = orders.find(parcel.get().requestId()).orElseThrow();
    String link = links.page("/c/" + tokenOf(parcel.get()));
    return Optional.of(CommunityCardPdf.render(new CommunityCardPdf.Card(store.get().name(), store.get().city(), order.orderNumber(), link)));
  }

  private String tokenOf(Shipment parcel) {
    jdbc.sql(
            """
            INSERT INTO community_links (token, shipment_id, request_id, location_id, created_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (shipment_id) DO NOTHING""")
        .params(newToken(), parcel.id(), parcel.requestId(), parcel.locationId(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .update();
    return jdbc.sql("SELECT token FROM community_links WHERE shipment_id = ?").param(parcel.id()).query(String.class).single();
  }

  /** 120 random bits: a card's link says whose it is, so it must not be guessed. */
  private String newToken() {
    byte[] bytes = new byte[15];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A scan of a card: counted; the first joins the customer's timeline. Empty for a token no card has. */
  @Transactional
  public Optional<Scan> scanned(String token) {
    if (token == null || token.length() > 32) {
      return Optional.empty();
    }
    record Link(UUID requestId, String locationId, boolean first) {}
    Optional<Link> link =
        jdbc.sql(
                """
                UPDATE community_links SET scans = scans + 1, first_scanned_at = coalesce(first_scanned_at, ?)
                 WHERE token = ?
                RETURNING request_id, location_id, scans = 1 AS first""")
            .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), token)
            .query((rs, row) -> new Link(rs.getObject("request_id", UUID.class), rs.getString("location_id"), rs.getBoolean("first")))
            .optional();
    return link.map(found -> {
      StockLocation store = locations.find(found.locationId()).orElseThrow();
      if (found.first()) {
        history.recordOnce(found.requestId(), "COMMUNITY_CARD_SCANNED", "You scanned the community card of " + store.name() + ".", true, "customer");
      }
      return new Scan(communityUrl(store), found.first());
    });
  }

  private String communityUrl(StockLocation store) {
    return locations.communityUrl(store.id()).orElse(links.page("/"));
  }
}
