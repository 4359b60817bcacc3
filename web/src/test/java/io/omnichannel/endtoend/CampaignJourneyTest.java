package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.omnichannel.campaigns.CampaignDraft;
import io.omnichannel.campaigns.Campaigns;
import io.omnichannel.demo.CampaignDemoData;
import io.omnichannel.demo.InventoryDemoData;
import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.platform.Links;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, journey 5, the first touch: a poster's QR code leads to the landing page, which counts
 * the scan once per browser and day; what she sends from there, and what staff take when she names
 * the campaign on the phone, is attributed to it and starts her timeline. The poster and its QR
 * code are printed by process owners, who also read the funnel.
 */
@EndToEndTest
class CampaignJourneyTest {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Berlin"));
  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">(SR-\\d{4}-\\d{6})<");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired Campaigns campaigns;
  @Autowired Links links;

  private String campaign(LocalDate from, LocalDate to) {
    String code = "E2E-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    campaigns.create(
        new CampaignDraft(code, "Spring " + code, "Armchairs for spring.", List.of(InventoryDemoData.ARMCHAIR),
            List.of(StaffDemoData.STORE_BERLIN, StaffDemoData.STORE_MUNICH), from.toString(), to.toString()),
        "paul");
    return code;
  }

  private long scans(String code) {
    return jdbc.sql("SELECT coalesce(sum(scans), 0) FROM campaign_scans WHERE campaign_code = ?").param(code).query(Long.class).single();
  }

  @Test
  void theLandingPageCountsAScanOncePerBrowser_andShowsTheOfferAndTheStockOfTheChosenStore() {
    String code = campaign(TODAY.minusDays(1), TODAY.plusDays(1));
    WebSession maria = new WebSession(port);
    WebSession jonas = new WebSession(port);

    Page first = maria.get("/p/" + code);
    maria.get("/p/" + code.toLowerCase()); // a reload, the code typed in small letters
    Page inBerlin = maria.get("/p/" + code + "?store=" + StaffDemoData.STORE_BERLIN);
    jonas.get("/p/" + code);

    assertThat(scans(code)).isEqualTo(2);
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.header("Set-Cookie")).startsWith("scanned-" + code + "=1").contains("HttpOnly").contains("Path=/p");
    assertThat(first.body()).contains("Spring " + code).contains("Armchairs for spring.").contains("Verona velvet armchair, green")
        .contains("/requests/question/new?campaign=" + code).contains("/requests/callback/new?campaign=" + code);
    assertThat(inBerlin.body()).contains("id=\"campaign-stock\"").contains("2 available").contains("your store")
        .contains("/requests/reservation/new?typeNumber=" + InventoryDemoData.ARMCHAIR + "&amp;storeId=" + StaffDemoData.STORE_BERLIN
            + "&amp;campaign=" + code);
    assertThat(jdbc.sql("SELECT count(*) FROM campaign_scans WHERE campaign_code = ?").param(code).query(Long.class).single())
        .as("one row per day, nothing about who").isEqualTo(1);
  }

  @Test
  void theDemoPosterCampaignIsThere() {
    Page velvet = new WebSession(port).get("/p/" + CampaignDemoData.VELVET);
    assertThat(velvet.status()).isEqualTo(200);
    assertThat(velvet.body()).contains("Velvet week").contains("Verona velvet sofa, 3 seats, green");
  }

  @Test
  void anUnknownOrExpiredCode_getsAFriendlyPage_andCountsNothing() {
    String expired = campaign(TODAY.minusDays(30), TODAY.minusDays(1));
    String future = campaign(TODAY.plusDays(1), TODAY.plusDays(30));
    WebSession visitor = new WebSession(port);

    Page unknown = visitor.get("/p/NO-SUCH-CAMPAIGN");
    Page gone = visitor.get("/p/" + expired);
    Page notYet = visitor.get("/p/" + future);
    Page garbage = visitor.get("/p/%3Cscript%3E");

    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("We could not find this offer").contains("Go to our service portal").doesNotContain("Whitelabel");
    assertThat(gone.status()).isEqualTo(410);
    assertThat(gone.body()).contains("This offer has ended").contains("Spring " + expired).contains("href=\"/\"");
    assertThat(notYet.status()).isEqualTo(404);
    assertThat(garbage.status()).isEqualTo(404);
    assertThat(garbage.body()).contains("We could not find this offer");
    assertThat(scans(expired) + scans(future)).isZero();
  }

  @Test
  void aQuestionSentFromTheLandingPage_isAttributed_andTheCampaignIsHerFirstTouch() {
    String code = campaign(TODAY, TODAY);
    WebSession maria = new WebSession(port);
    maria.get("/p/" + code);
    Page form = maria.get("/requests/question/new?campaign=" + code);
    assertThat(form.body()).contains("name=\"campaign\" value=\"" + code + "\"");
    assertThat(form.body().split("name=\"attachment\"", -1)).as("one file input, not one after every field").hasSizeLessThanOrEqualTo(2);
    String email = "campaign.question+" + System.nanoTime() + "@example.com";

    Page invalid = maria.postForm("/requests/question", Map.of("name", "Maria Keller", "email", email, "message", "", "campaign", code));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).as("the campaign stays on the corrected form").contains("name=\"campaign\" value=\"" + code + "\"");
    Page sent = maria.postForm("/requests/question", Map.of("name", "Maria Keller", "email", email, "message", "Is the armchair soft?", "campaign", code));

    assertThat(sent.uri().getPath()).startsWith("/track/");
    var request = jdbc.sql("SELECT id, customer_id FROM service_requests WHERE contact_email = ?").param(email).query().singleRow();
    assertThat(jdbc.sql("SELECT campaign_code || '/' || request_type || '/' || channel FROM campaign_attributions WHERE request_id = ?")
            .param(request.get("id")).query(String.class).single())
        .isEqualTo(code + "/GENERAL_QUESTION/WEB");
    assertThat(jdbc.sql("SELECT channel || ': ' || summary FROM customer_timeline WHERE customer_id = ? AND kind = 'CAMPAIGN_FIRST_TOUCH'")
            .param(request.get("customer_id")).query(String.class).list())
        .containsExactly("CAMPAIGN: Came through the campaign Spring " + code + " (" + code + ")");
  }

  @Test
  void anExpiredOrUnknownCampaignOnTheForm_neverBlocksTheRequest() {
    String expired = campaign(TODAY.minusDays(10), TODAY.minusDays(1));
    WebSession maria = new WebSession(port);
    maria.get("/requests/question/new?campaign=" + expired);
    String email = "campaign.expired+" + System.nanoTime() + "@example.com";
    String other = "campaign.unknown+" + System.nanoTime() + "@example.com";

    Page sent = maria.postForm("/requests/question", Map.of("name", "Maria Keller", "email", email, "message", "Still on?", "campaign", expired));
    maria.get("/requests/question/new");
    Page sentToo = maria.postForm("/requests/question", Map.of("name", "Jonas Berger", "email", other, "message", "Hello", "campaign", "NOPE\u0001"));

    assertThat(sent.uri().getPath()).startsWith("/track/");
    assertThat(sentToo.uri().getPath()).startsWith("/track/");
    assertThat(jdbc.sql("SELECT count(*) FROM campaign_attributions a JOIN service_requests r ON r.id = a.request_id WHERE r.contact_email IN (:e)")
            .param("e", List.of(email, other)).query(Long.class).single())
        .isZero();
  }

  @Test
  void annaTakesACallFromSomeoneWhoSawThePoster_andTheRequestIsAttributed() {
    String code = campaign(TODAY, TODAY.plusDays(3));
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    Page form = anna.get("/staff/requests/new?type=callback");
    assertThat(form.body()).contains("Campaign the customer names").contains("<option value=\"" + code + "\">Spring " + code + " (" + code + ")</option>");
    String email = "campaign.phone+" + System.nanoTime() + "@example.com";

    Page receipt = anna.postMultipart(
        "/staff/requests",
        Map.of("channel", "PHONE", "type", "QUESTION", "name", "Peter Novak", "email", email,
            "message", "Saw your poster at the station: is the armchair in Munich?", "campaign", code),
        null);

    assertThat(receipt.uri().getPath()).isEqualTo("/staff/requests/submitted");
    Matcher reference = REFERENCE.matcher(receipt.body());
    assertThat(reference.find()).isTrue();
    assertThat(jdbc.sql("""
            SELECT a.campaign_code || '/' || a.channel || '/' || a.attributed_by FROM campaign_attributions a
              JOIN service_requests r ON r.id = a.request_id WHERE r.reference = ?""")
            .param(reference.group(1)).query(String.class).single())
        .isEqualTo(code + "/PHONE/anna");
    assertThat(jdbc.sql("SELECT summary FROM customer_timeline WHERE reference = ? AND kind = 'CAMPAIGN_FIRST_TOUCH'")
            .param(reference.group(1)).query(String.class).single())
        .isEqualTo("Came through the campaign Spring " + code + " (" + code + "), named on the phone to anna");
    Object customer = jdbc.sql("SELECT customer_id FROM service_requests WHERE reference = ?").param(reference.group(1)).query().singleValue();
    assertThat(anna.get("/staff/customers/" + customer).body())
        .as("on the customer page she entered")
        .contains("data-kind=\"CAMPAIGN_FIRST_TOUCH\"")
        .contains("Came through the campaign Spring " + code);
  }

  @Test
  void processOwnersReadTheFunnelAndPrintThePoster_agentsMayNot() throws Exception {
    String code = campaign(TODAY, TODAY.plusDays(3));
    new WebSession(port).get("/p/" + code);
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");

    assertThat(anna.get("/staff/campaigns").status()).isEqualTo(403);
    assertThat(anna.download("/staff/campaigns/" + code + "/poster.pdf").status()).isEqualTo(403);
    assertThat(anna.get("/staff/tasks").body()).doesNotContain("href=\"/staff/campaigns\"");

    Page list = paul.get("/staff/campaigns");
    assertThat(list.status()).isEqualTo(200);
    assertThat(list.body()).contains("href=\"/staff/campaigns\"").contains("Spring " + code);
    Matcher row = Pattern.compile("data-campaign=\"" + code + "\">.*?class=\"scans\">(\\d+)<.*?class=\"requests\">(\\d+)<", Pattern.DOTALL)
        .matcher(list.body());
    assertThat(row.find()).isTrue();
    assertThat(row.group(1)).isEqualTo("1");
    assertThat(row.group(2)).isEqualTo("0");

    WebSession.Download qr = paul.download("/staff/campaigns/" + code + "/qr.png");
    assertThat(qr.status()).isEqualTo(200);
    assertThat(qr.contentType()).isEqualTo("image/png");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(qr.body()));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    String decoded = new QRCodeReader()
        .decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
        .getText();
    assertThat(decoded).isEqualTo(links.campaign(code)).endsWith("/p/" + code);

    WebSession.Download poster = paul.download("/staff/campaigns/" + code + "/poster.pdf");
    assertThat(poster.status()).isEqualTo(200);
    assertThat(poster.contentType()).isEqualTo("application/pdf");
    assertThat(new String(poster.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(paul.download("/staff/campaigns/NO-SUCH/qr.png").status()).isEqualTo(404);
  }

  @Test
  void aProcessOwnerSetsUpACampaign_andAWrongFormWritesNothing() {
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    String code = "FORM-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    assertThat(paul.get("/staff/campaigns/new").body()).contains("Set up a campaign");

    Page invalid = paul.postForm("/staff/campaigns", Map.of("code", code, "name", "", "offerText", "Sofas", "validFrom", TODAY.toString(), "validTo", "soon"));
    assertThat(invalid.status()).isEqualTo(422);
    assertThat(invalid.body()).contains("Please give the campaign a name.").contains("Please choose at least one product to feature.")
        .contains("Please choose at least one store the campaign runs in.").contains("Please give a date like 2026-05-31.")
        .contains("value=\"" + code + "\"");
    assertThat(campaigns.find(code)).isEmpty();

    paul.get("/staff/campaigns/new");
    Page created = paul.postForm("/staff/campaigns" + "?typeNumbers=" + InventoryDemoData.GREEN_SOFA + "&storeIds=" + StaffDemoData.STORE_HAMBURG,
        Map.of("code", code.toLowerCase(), "name", "Sofa days", "offerText", "Sofas", "validFrom", TODAY.toString(), "validTo", TODAY.toString()));
    assertThat(created.uri().getPath()).isEqualTo("/staff/campaigns");
    assertThat(created.body()).contains("Campaign Sofa days (" + code + ") is set up.");
    assertThat(campaigns.find(code).orElseThrow().storeIds()).containsExactly(StaffDemoData.STORE_HAMBURG);
  }
}
