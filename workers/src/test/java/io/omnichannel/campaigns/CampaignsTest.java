package io.omnichannel.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.inventory.StockHolds;
import io.omnichannel.inventory.StockLocation;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.purchases.PurchaseRecords;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Campaigns on real PostgreSQL: the form's checks, scans without personal data, the first touch, the funnel over real rows. */
class CampaignsTest extends ServiceCoreTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));

  @Autowired Campaigns campaigns;
  @Autowired CampaignReach reach;
  @Autowired CampaignStock campaignStock;
  @Autowired StockLocations locations;
  @Autowired StockHolds holds;
  @Autowired PurchaseRecords products;
  @Autowired JdbcClient jdbc;

  private String unique;
  private String sofa;
  private String store;

  @BeforeEach
  void aStoreWithTwoVelvetSofas() {
    unique = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    sofa = "VS-" + unique;
    store = "store-" + unique.toLowerCase();
    products.addProduct(sofa, "Verona velvet sofa " + unique, "Casa Nova");
    locations.saveLocation(new StockLocation(store, "Store " + unique, "Berlin", StockLocation.Kind.STORE, store));
    locations.setOnHand(store, sofa, 2);
  }

  private CampaignDraft draft(String code, LocalDate from, LocalDate to) {
    return new CampaignDraft(code, "Velvet week " + unique, "Sit in it this week.", List.of(sofa), List.of(store), from.toString(), to.toString());
  }

  private Campaign running(String prefix) {
    return campaigns.create(draft(prefix + unique, TODAY.minusDays(3), TODAY.plusDays(3)), "paul");
  }

  @Test
  void aFormWithEveryFieldWrong_getsAMessagePerField_andWritesNothing() {
    var wrong = new CampaignDraft("ve lvet!", " ", "", List.of("NO-SUCH-" + unique), List.of("web-warehouse-" + unique), "tomorrow", "");

    assertThatThrownBy(() -> campaigns.create(wrong, "paul"))
        .isInstanceOfSatisfying(InvalidCampaignException.class, invalid -> assertThat(invalid.fieldErrors())
            .containsEntry("code", "A code has 3 to 20 capital letters, digits or hyphens, e.g. VELVET.")
            .containsEntry("name", "Please give the campaign a name.")
            .containsEntry("offerText", "Please write the offer the poster makes.")
            .containsEntry("typeNumbers", "We do not stock the product NO-SUCH-" + unique + ".")
            .containsEntry("storeIds", "web-warehouse-" + unique + " is not one of our stores.")
            .containsEntry("validFrom", "Please give a date like 2026-05-31.")
            .containsEntry("validTo", "Please give the last day of the campaign."));
    var backwards = draft("BACK" + unique, TODAY, TODAY.minusDays(1));
    assertThatThrownBy(() -> campaigns.create(backwards, "paul"))
        .isInstanceOfSatisfying(InvalidCampaignException.class, invalid -> assertThat(invalid.fieldErrors())
            .containsOnlyKeys("validTo")
            .containsEntry("validTo", "The last day cannot be before the first."));
    assertThat(campaigns.find("BACK" + unique)).isEmpty();
  }

  @Test
  void aCodeIsReadInCapitals_isTakenOnce_andStaysWhenTheCampaignChanges() {
    Campaign created = campaigns.create(draft("velvet-" + unique.toLowerCase(), TODAY, TODAY.plusDays(7)), "paul");
    assertThat(created.code()).isEqualTo("VELVET-" + unique);
    assertThat(campaigns.find("Velvet-" + unique)).contains(created);

    assertThatThrownBy(() -> campaigns.create(draft("VELVET-" + unique, TODAY, TODAY), "paul"))
        .isInstanceOfSatisfying(InvalidCampaignException.class, invalid -> assertThat(invalid.fieldErrors())
            .containsOnly(Map.entry("code", "This code is taken by the campaign Velvet week " + unique + ".")));

    var changed = new CampaignDraft("OTHER", "Velvet fortnight", "Two weeks now.", List.of(sofa), List.of(store), TODAY.toString(), TODAY.plusDays(14).toString());
    Campaign updated = campaigns.update(created.code(), changed, "paul");
    assertThat(updated.code()).isEqualTo(created.code());
    assertThat(campaigns.find(created.code()).orElseThrow())
        .satisfies(c -> {
          assertThat(c.name()).isEqualTo("Velvet fortnight");
          assertThat(c.validTo()).isEqualTo(TODAY.plusDays(14));
          assertThat(c.typeNumbers()).containsExactly(sofa);
          assertThat(c.storeIds()).containsExactly(store);
        });
    assertThat(campaigns.find("OTHER")).isEmpty();
  }

  @Test
  void whetherTheLandingPageIsOpen_followsTheDaysInclusive() {
    Campaign campaign = new Campaign("DAYS", "n", "o", List.of(sofa), List.of(store), TODAY, TODAY.plusDays(1));
    assertThat(campaign.on(TODAY.minusDays(1))).isEqualTo(Campaign.Availability.NOT_STARTED);
    assertThat(campaign.on(TODAY)).isEqualTo(Campaign.Availability.RUNNING);
    assertThat(campaign.on(TODAY.plusDays(1))).isEqualTo(Campaign.Availability.RUNNING);
    assertThat(campaign.on(TODAY.plusDays(2))).isEqualTo(Campaign.Availability.EXPIRED);
  }

  @Test
  void scansAreCountedPerDay_withNothingAboutThePerson() {
    Campaign campaign = running("SCAN");

    reach.countScan(campaign);
    reach.countScan(campaign);

    assertThat(reach.scansByDay(campaign.code())).containsExactly(Map.entry(TODAY, 2));
    assertThat(jdbc.sql("SELECT count(*) FROM campaign_scans WHERE campaign_code = ?").param(campaign.code()).query(Long.class).single())
        .isEqualTo(1);
  }

  @Test
  void aRequestIsAttributedOnce_toTheFirstRunningCampaign_andJoinsTheTimelineAsItsFirstTouch() {
    Campaign velvet = running("FIRST");
    Campaign other = running("SECOND");
    SubmittedRequest question = question();

    assertThat(reach.attribute(question.id(), "GENERAL_QUESTION", velvet.code().toLowerCase(), IntakeChannel.WEB)).contains(velvet);
    reach.attribute(question.id(), "GENERAL_QUESTION", velvet.code(), IntakeChannel.WEB); // a repeat
    reach.attribute(question.id(), "GENERAL_QUESTION", other.code(), IntakeChannel.phone("anna"));

    assertThat(reach.campaignOf(question.id())).contains(velvet.code());
    assertThat(jdbc.sql("SELECT channel || ' ' || summary FROM customer_timeline WHERE request_id = ? AND kind = 'CAMPAIGN_FIRST_TOUCH'")
            .param(question.id()).query(String.class).list())
        .containsExactly("CAMPAIGN Came through the campaign Velvet week " + unique + " (" + velvet.code() + ")");
  }

  @Test
  void staffNamingTheCampaign_isOnTheTimelineWithWhoTookIt() {
    Campaign velvet = running("PHONE");
    SubmittedRequest question = question();

    reach.attribute(question.id(), "GENERAL_QUESTION", velvet.code(), IntakeChannel.phone("anna"));

    assertThat(jdbc.sql("SELECT summary FROM customer_timeline WHERE request_id = ? AND kind = 'CAMPAIGN_FIRST_TOUCH'")
            .param(question.id()).query(String.class).single())
        .isEqualTo("Came through the campaign Velvet week " + unique + " (" + velvet.code() + "), named on the phone to anna");
  }

  @Test
  void anUnknownExpiredOrFutureCode_attributesNothing() {
    Campaign expired = campaigns.create(draft("OLD" + unique, TODAY.minusDays(30), TODAY.minusDays(1)), "paul");
    Campaign future = campaigns.create(draft("NEW" + unique, TODAY.plusDays(1), TODAY.plusDays(30)), "paul");
    SubmittedRequest question = question();

    assertThat(reach.attribute(question.id(), "GENERAL_QUESTION", expired.code(), IntakeChannel.WEB)).isEmpty();
    assertThat(reach.attribute(question.id(), "GENERAL_QUESTION", future.code(), IntakeChannel.WEB)).isEmpty();
    assertThat(reach.attribute(question.id(), "GENERAL_QUESTION", "NOPE" + unique, IntakeChannel.WEB)).isEmpty();
    assertThat(reach.attribute(question.id(), "GENERAL_QUESTION", "not a code at all", IntakeChannel.WEB)).isEmpty();

    assertThat(reach.campaignOf(question.id())).isEmpty();
    assertThat(campaigns.runningToday()).extracting(Campaign::code).doesNotContain(expired.code(), future.code());
  }

  @Test
  void theFunnelCountsScans_requests_reservations_andTheirPickups() {
    Campaign velvet = running("FUNNEL");
    reach.countScan(velvet);
    reach.countScan(velvet);
    reach.countScan(velvet);
    SubmittedRequest question = question();
    SubmittedRequest pickedUp = reservation();
    SubmittedRequest stillHeld = reservation();
    SubmittedRequest notAttributed = reservation();
    reach.attribute(question.id(), "GENERAL_QUESTION", velvet.code(), IntakeChannel.WEB);
    reach.attribute(pickedUp.id(), "RESERVATION", velvet.code(), IntakeChannel.WEB);
    reach.attribute(stillHeld.id(), "RESERVATION", velvet.code(), IntakeChannel.phone("anna"));
    Instant now = Instant.now();
    holds.hold(pickedUp.id(), store, sofa, now);
    holds.confirm(pickedUp.id(), "mia", now.plusSeconds(86_400), now);
    holds.pickUp(pickedUp.id(), "mia", now.plusSeconds(60));
    holds.hold(stillHeld.id(), store, sofa, now);

    CampaignFunnel funnel = reach.funnels().stream().filter(f -> f.campaign().code().equals(velvet.code())).findFirst().orElseThrow();

    assertThat(funnel).extracting(CampaignFunnel::scans, CampaignFunnel::requests, CampaignFunnel::reservations, CampaignFunnel::pickups)
        .containsExactly(3L, 3L, 2L, 1L);
    assertThat(reach.campaignOf(notAttributed.id())).isEmpty();
  }

  @Test
  void theLandingPageShowsTheChosenStoreFirst_thenTheOthersOfTheCampaign() {
    String hamburg = "store-hh-" + unique.toLowerCase();
    locations.saveLocation(new StockLocation(hamburg, "Store HH " + unique, "Hamburg", StockLocation.Kind.STORE, hamburg));
    locations.setOnHand(hamburg, sofa, 0);
    Campaign campaign = campaigns.create(
        new CampaignDraft("NEAR" + unique, "Near", "Offer", List.of(sofa), List.of(store, hamburg), TODAY.toString(), TODAY.toString()), "paul");

    assertThat(campaignStock.stockNear(campaign, hamburg)).extracting(l -> l.location().id(), l -> l.available())
        .containsExactly(org.assertj.core.groups.Tuple.tuple(hamburg, 0), org.assertj.core.groups.Tuple.tuple(store, 2));
    assertThat(campaignStock.storesNear(campaign, store)).extracting(StockLocation::id).containsExactly(store, hamburg);
  }

  private SubmittedRequest question() {
    return submit("question", Map.of("name", "Maria Keller", "email", "campaign+" + UUID.randomUUID() + "@example.com", "message", "Is it soft?"));
  }

  private SubmittedRequest reservation() {
    return submit("reservation", Map.of(
        "name", "Maria Keller", "email", "campaign+" + UUID.randomUUID() + "@example.com", "typeNumber", sofa, "storeId", store));
  }
}
