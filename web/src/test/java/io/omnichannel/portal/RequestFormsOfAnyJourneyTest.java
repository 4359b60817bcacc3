package io.omnichannel.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.omnichannel.journeys.IntakeField;
import io.omnichannel.journeys.IntakeForm;
import io.omnichannel.journeys.Journey;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestDescription;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestSummary;
import io.omnichannel.requests.SubmittedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hamcrest.Matchers;
import io.omnichannel.campaigns.CampaignAttribution;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal serves whatever journeys are registered, with no code of its own per journey: here a
 * journey the product does not ship (gift wrapping, one field of its own) gets its card on the home
 * page, its form, its intake and its errors. A web slice: the portal's controllers, the templates
 * and the registry, nothing else of the application.
 */
@WebMvcTest(
    // a slice is not recognised as a test by the embedded runtime, which would start a database and a broker
    properties = "orchestrator.embedded.enabled=false",
    controllers = RequestFormController.class,
    includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "io\\.omnichannel\\.system\\.HomeController"))
@AutoConfigureMockMvc(addFilters = false)
@Import({Journeys.class, RequestFormsOfAnyJourneyTest.GiftWrapping.class})
class RequestFormsOfAnyJourneyTest {

  @Autowired MockMvc mvc;
  @Autowired GiftWrapping giftWrapping;
  /** Outside the slice: attribution to a campaign is the campaigns feature's, tested end to end in CampaignJourneyTest. */
  @MockitoBean CampaignAttribution campaigns;

  @Test
  void theNewJourneysTypeHasItsCardAndItsForm() throws Exception {
    mvc.perform(get("/"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("href=\"/requests/gift-wrapping/new\"")))
        .andExpect(content().string(Matchers.containsString("We wrap it in the store")));

    mvc.perform(get("/requests/gift-wrapping/new").param("giftNote", "Happy birthday"))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("<h1>Wrap a gift</h1>")))
        .andExpect(content().string(Matchers.containsString("name=\"giftNote\" type=\"text\" value=\"Happy birthday\"")))
        .andExpect(content().string(Matchers.containsString("red, gold")))
        .andExpect(content().string(Matchers.containsString(">Wrap it</button>")));
  }

  @Test
  void aSentFormGoesToTheJourneysIntake_andThenToTheStatusPage() throws Exception {
    mvc.perform(post("/requests/gift-wrapping").param("name", "Maria Keller").param("email", "maria@example.com").param("giftNote", "For Jonas"))
        .andExpect(status().is3xxRedirection())
        .andExpect(redirectedUrl("/track/gift-token"));

    assertThat(giftWrapping.received).singleElement().satisfies(input -> {
      assertThat(input.field("giftNote")).isEqualTo("For Jonas");
      assertThat(input.field("name")).isEqualTo("Maria Keller");
    });
  }

  @Test
  void aRefusedFormComesBackWithItsValuesAndAMessagePerField() throws Exception {
    mvc.perform(post("/requests/gift-wrapping").param("name", "Maria Keller").param("giftNote", "x".repeat(61)))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().string(Matchers.containsString("value=\"Maria Keller\"")))
        .andExpect(content().string(Matchers.containsString("The note fits 60 characters.")))
        .andExpect(content().string(Matchers.containsString("Please give us your e-mail address.")));
  }

  @Test
  void aTypeNoJourneyServesIsNotFound() throws Exception {
    mvc.perform(get("/requests/teleport/new")).andExpect(status().isNotFound());
  }

  /** A journey as a new package would declare it; its intake records what it was given. */
  @TestConfiguration
  static class GiftWrapping implements IntakeForm {

    final List<IntakeInput> received = new ArrayList<>();

    @Bean
    Journey giftWrappingJourney() {
      return new Journey(
          "gift-wrapping",
          new Journey.JourneyProcess("gift-wrapping", "bpmn/gift-wrapping.bpmn", "GiftWrappingRequested"),
          List.of(new RequestType(
              "GIFT_WRAPPING", "gift-wrapping", "Gift wrapping",
              new RequestType.PortalPage("Wrap a gift", "We wrap it in the store, you pick it up.", "Tell us what to wrap.", "Wrap it"),
              this,
              new RequestDescription() {
                @Override
                public String about(RequestSummary request) {
                  return "your gift wrapping";
                }

                @Override
                public String promise(RequestSummary request) {
                  return "wrap it";
                }
              })),
          List.of(),
          List.of(),
          Optional.empty(),
          List.of());
    }

    @Override
    public SubmittedRequest submit(IntakeInput input, IntakeChannel via) {
      if (input.field("email") == null || input.field("giftNote") != null && input.field("giftNote").length() > 60) {
        throw new InvalidSubmissionException(Map.of(
            "email", "Please give us your e-mail address.", "giftNote", "The note fits 60 characters."));
      }
      received.add(input);
      return new SubmittedRequest(UUID.randomUUID(), "SR-2026-000001", "gift-token", Instant.now());
    }

    @Override
    public String fragment() {
      return "testjourney/intake :: fields";
    }

    @Override
    public Map<String, Object> model(Map<String, String> values) {
      return Map.of("colours", List.of("red", "gold"));
    }

    @Override
    public List<IntakeField> fields() {
      return List.of(IntakeField.optional("giftNote", "A note for the card", "Happy birthday", 60));
    }
  }
}
