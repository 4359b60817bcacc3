package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.endtoend.WebSession.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page carries a Content-Security-Policy that allows our own scripts and styles only (no
 * inline script), and a Referrer-Policy that keeps the secret tracking links on our site; the
 * session cookie is HttpOnly and SameSite=Lax.
 */
@EndToEndTest
class SecurityHeadersTest {

  @LocalServerPort int port;

  @Test
  void everyPageAndErrorHasAContentSecurityPolicyAndAReferrerPolicy() {
    WebSession anonymous = new WebSession(port);
    WebSession agent = new WebSession(port);
    agent.signIn("anna", "demo");

    for (Page page :
        List.of(
            anonymous.get("/"),
            anonymous.get("/requests/manual/new"),
            anonymous.get("/login"),
            anonymous.get("/track/no-such-token-at-all"),
            anonymous.get("/no/such/page"),
            agent.get("/staff/tasks"),
            agent.get("/staff/stock"))) {
      String policy = page.header("Content-Security-Policy");
      assertThat(policy).as(page.uri() + " Content-Security-Policy").isNotNull();
      assertThat(directive(policy, "default-src")).isEqualTo("default-src 'self'");
      assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
      assertThat(directive(policy, "object-src")).isEqualTo("object-src 'none'");
      assertThat(directive(policy, "frame-ancestors")).isEqualTo("frame-ancestors 'none'");
      assertThat(policy).doesNotContain("unsafe");
      assertThat(page.header("Referrer-Policy")).as(page.uri() + " Referrer-Policy").isEqualTo("same-origin");
    }
  }

  @Test
  void swaggerUiMayUseInlineStylesButNoScriptOfAnotherOrigin() {
    Page page = new WebSession(port).get("/swagger-ui/index.html");

    String policy = page.header("Content-Security-Policy");
    assertThat(directive(policy, "script-src")).isEqualTo("script-src 'self'");
    assertThat(directive(policy, "style-src")).isEqualTo("style-src 'self' 'unsafe-inline'");
  }

  @Test
  void theApiAnswersWithAPolicyThatAllowsNothingToRun() throws Exception {
    HttpResponse<String> response =
        send(HttpRequest.newBuilder(uri("/api/v1/requests/SR-2000-000000")).header("X-API-Key", "demo-shop-key").GET().build());

    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
    assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
    HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login")).GET().build());

    List<String> cookies = login.headers().allValues("Set-Cookie");
    assertThat(cookies).as("a session for the login form's CSRF token").anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    String session = cookies.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure");
  }

  private static String directive(String policy, String name) {
    for (String directive : policy.split(";")) {
      if (directive.strip().startsWith(name + " ")) {
        return directive.strip();
      }
    }
    return null;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    try (HttpClient client = HttpClient.newHttpClient()) {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
  }
}
