package io.omnichannel.orders;

import io.omnichannel.requests.StaffAccess;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The community card: printed by the store from its pick-and-pack task, and its short link, which
 * notes the scan on the customer's timeline and leads on to the store's community page.
 */
@Controller
class CommunityCardController {

  private final CommunityCards cards;
  private final Shipments shipments;
  private final StaffAccess access;

  CommunityCardController(CommunityCards cards, Shipments shipments, StaffAccess access) {
    this.cards = cards;
    this.shipments = shipments;
    this.access = access;
  }

  @GetMapping("/c/{token}")
  ResponseEntity<Void> scan(@PathVariable String token) {
    return cards.scanned(token)
        .map(scan -> ResponseEntity.status(HttpStatus.FOUND).location(URI.create(scan.communityUrl())).<Void>build())
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** For whoever may read the order (the packing store's team); 404 for everyone else and for warehouse parcels. */
  @GetMapping("/staff/parcels/{shipmentId}/community-card.pdf")
  ResponseEntity<byte[]> card(@PathVariable UUID shipmentId, Principal user) {
    return shipments.find(shipmentId)
        .filter(parcel -> access.mayReadRequest(parcel.requestId(), user.getName()))
        .flatMap(parcel -> cards.cardOf(parcel.id()))
        .map(pdf -> ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("community-card.pdf").build().toString())
            .header("X-Content-Type-Options", "nosniff")
            .body(pdf))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
