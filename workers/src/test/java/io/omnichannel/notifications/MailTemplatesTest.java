package io.omnichannel.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every mail template renders with sample data: the HTML names every value it was given, the text
 * alternative says the same in plain words, links keep their address, and no template is missing here.
 */
class MailTemplatesTest {

  private static final String LINK = "https://shop.example/track/SeCrEt";

  /** Sample data per template; a new template needs its row here, or this test fails. */
  private static final Map<String, Map<String, Object>> SAMPLES =
      Map.ofEntries(
          Map.entry("mail/acknowledgement", common(Map.of("about", "your request for the manual of KM-5500", "promise", "answer", "expectedBy", "Friday 28 November, 17:00"))),
          Map.entry("mail/answer", common(Map.of("answer", MailTemplates.paragraphs("We have no manual for XX-1.\n\nHere is how to descale it:\n1. Fill\n2. Run")))),
          Map.entry("mail/question", common(Map.of("question", MailTemplates.paragraphs("Which colour is the type plate?")))),
          Map.entry("mail/question-reminder", common(Map.of("question", MailTemplates.paragraphs("Which colour is the type plate?")))),
          Map.entry("journeys/manualrequest/mail/manual", common(Map.of("title", "KitchenMaster 5500 stand mixer", "typeNumber", "KM-5500"))),
          Map.entry("journeys/reservation/mail/pickup-code", common(pickup())),
          Map.entry("journeys/reservation/mail/pickup-reminder", common(pickup())),
          Map.entry("journeys/reservation/mail/reservation-ended", common(Map.of(
              "reason", "STORE_DECLINED", "productName", "Verona velvet sofa, green", "storeName", "Store Berlin",
              "storeNote", "The last one has a scratch", "storesWithStock", List.of("Store Hamburg (Hamburg): 2 available")))),
          Map.entry("journeys/orderfulfilment/mail/split-notice", common(Map.of("orderNumber", "W-2026-9001", "stores", List.of("Online shop warehouse", "Store Berlin")))),
          Map.entry("journeys/orderfulfilment/mail/backorder-offer", common(Map.of("orderNumber", "W-2026-9001", "lines", List.of("1 × Spinning reel 2500")))),
          Map.entry("journeys/orderfulfilment/mail/parcel-problem", common(Map.of("lost", false, "from", "Store Berlin", "trackingNumber", "00340434161094042557"))),
          Map.entry("orders/mail/review-invitation", common(Map.of("orderNumber", "W-2026-9001"))),
          Map.entry("journeys/clickandcollect/mail/order-confirmed", common(Map.of(
              "orderNumber", "W-2026-9002", "lines", List.of("1 × Chrono 40 automatic watch"), "storeName", "Uhrenhaus am Jungfernstieg",
              "storeCity", "Hamburg", "pickupDate", "Friday 4 December, 09:00", "suggestions", List.of("Leather watch strap 20 mm, brown")))),
          Map.entry("journeys/clickandcollect/mail/pickup-date-changed", common(Map.of(
              "earlier", true, "orderNumber", "W-2026-9002", "storeName", "Uhrenhaus am Jungfernstieg",
              "pickupDate", "Thursday 3 December, 09:00", "promisedDate", "Friday 4 December, 09:00"))));

  private final MailTemplates templates = new MailTemplates();

  @Test
  void everyTemplateOnTheClasspathHasSampleData() throws IOException {
    assertThat(templatesOnTheClasspath()).containsExactlyInAnyOrderElementsOf(SAMPLES.keySet());
  }

  @Test
  void everyTemplateRendersTheValuesItIsGiven_inHtmlAndInItsTextAlternative() {
    SAMPLES.forEach((template, variables) -> {
      MailBody body = templates.render(template, variables);
      assertThat(body.html()).as(template).contains("<p>Dear Maria Keller,</p>").contains("href=\"" + LINK + "\"").doesNotContain("${");
      assertThat(body.text()).as(template).startsWith("Dear Maria Keller,\n\n").contains(LINK).endsWith("Kind regards\nCustomer Service\n");
      // the subject is the mail's, the reference is in it; a reason chooses the wording
      variables.entrySet().stream()
          .filter(variable -> !List.of("subject", "reference", "reason").contains(variable.getKey()))
          .filter(variable -> variable.getValue() instanceof String)
          .forEach(variable -> assertThat(body.text()).as(template + " names " + variable.getKey()).contains((String) variable.getValue()));
    });
  }

  @Test
  void theAcknowledgementReadsAsBeforeInPlainText() {
    MailBody body = templates.render("mail/acknowledgement", SAMPLES.get("mail/acknowledgement"));

    assertThat(body.text())
        .isEqualTo(
            """
            Dear Maria Keller,

            thank you for your request for the manual of KM-5500. Your reference is SR-2026-000042.

            We expect to answer by Friday 28 November, 17:00.

            You can follow your request at any time here:
            https://shop.example/track/SeCrEt

            Kind regards
            Customer Service
            """);
  }

  @Test
  void aColleaguesTextKeepsItsParagraphsAndLines_andIsEscapedInHtml() {
    MailBody body =
        templates.render("mail/answer", common(Map.of("answer", MailTemplates.paragraphs("First <b>line</b>\nsecond line\n\nNew paragraph"))));

    assertThat(body.html()).contains("First &lt;b&gt;line&lt;/b&gt;<br>second line").doesNotContain("<b>line</b>");
    assertThat(body.text()).contains("First <b>line</b>\nsecond line\n\nNew paragraph");
  }

  @Test
  void theReasonAReservationEndedIsSaid_withTheStoresThatHaveIt() {
    MailBody body = templates.render("journeys/reservation/mail/reservation-ended", SAMPLES.get("journeys/reservation/mail/reservation-ended"));

    assertThat(body.text())
        .contains("could not set your Verona velvet sofa, green aside: The last one has a scratch")
        .contains("These stores have it in stock right now:\n\n- Store Hamburg (Hamburg): 2 available");
  }

  private static Map<String, Object> common(Map<String, Object> own) {
    var all = new java.util.HashMap<String, Object>(own);
    all.put("subject", "Your request SR-2026-000042");
    all.put("name", "Maria Keller");
    all.put("reference", "SR-2026-000042");
    all.put("trackingLink", LINK);
    return all;
  }

  private static Map<String, Object> pickup() {
    return Map.of(
        "code", "K7M2QX", "storeName", "Store Berlin", "productName", "Verona velvet sofa, green", "holdUntil", "Friday 28 November, 18:00");
  }

  /** The mails: every template under mail/ and journeys/*\/mail/, but the shared layout and fragments. */
  private static TreeSet<String> templatesOnTheClasspath() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    TreeSet<String> names = new TreeSet<>();
    for (String pattern : List.of("classpath*:templates/mail/*.html", "classpath*:templates/*/mail/*.html", "classpath*:templates/journeys/*/mail/*.html")) {
      Arrays.stream(resolver.getResources(pattern)).map(MailTemplatesTest::name).forEach(names::add);
    }
    names.removeAll(List.of("mail/layout", "mail/paragraphs"));
    return names;
  }

  private static String name(Resource resource) {
    try {
      String path = resource.getURL().toString();
      return path.substring(path.indexOf("templates/") + "templates/".length(), path.length() - ".html".length());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
