package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The tracking page's step list comes from the process model and follows the real request: the
 * branch it took is shown, the one it did not take is not.
 */
@EndToEndTest
class TrackingStepsJourneyTest {

  private static final Duration JOURNEY_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern STEP =
      Pattern.compile("<li class=\"step step-(done|current|next)\"[^>]*>\\s*<span class=\"step-mark\">[^<]*</span>\\s*<span class=\"step-label\">([^<]+)</span>");

  @LocalServerPort int port;

  @Test
  void automaticallyAnsweredRequestShowsEveryStepItTookAsDone() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Maria Keller", "email", "steps+" + System.nanoTime() + "@example.com",
                "customerNumber", "K-100234", "typeNumber", "KM-5500"),
            null);
    String path = status.uri().getPath();

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(steps(customer.get(path).body()))
            .isEqualTo(
                "done:We received your request|done:We confirm your request by e-mail|done:We check your purchase"
                    + "|done:We look for your manual in our library|done:We send you the manual|done:Our e-mail reaches you"
                    + "|done:Your request is closed"));
  }

  @Test
  void requestWithAColleagueShowsTheReviewAsCurrentWithTheExpectedTime() {
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");
    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Sam Unknown", "email", "steps+" + System.nanoTime() + "@example.com", "typeNumber", "KM-5500"),
            new WebSession.Upload("attachment", "receipt.png", "image/png", TestImages.png()));
    String path = status.uri().getPath();

    await().atMost(JOURNEY_TIMEOUT).untilAsserted(
        () -> assertThat(steps(customer.get(path).body()))
            .isEqualTo(
                "done:We received your request|done:We confirm your request by e-mail|done:We check your purchase"
                    + "|current:A colleague looks at your request|next:We send you our answer"));
    String body = customer.get(path).body();
    assertThat(body).contains("aria-current=\"step\"");
    assertThat(body.substring(body.indexOf("step-current"))).containsPattern("expected by\\s*<time>");
    assertThat(body).doesNotContain("We look for your manual in our library");
  }

  /** The step list as "state:label|…", in page order. */
  private static String steps(String html) {
    Matcher matcher = STEP.matcher(html);
    StringBuilder steps = new StringBuilder();
    while (matcher.find()) {
      steps.append(steps.isEmpty() ? "" : "|").append(matcher.group(1)).append(':').append(matcher.group(2).strip());
    }
    return steps.toString();
  }
}
