package io.omnichannel.endtoend;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's headless Chromium driven by Playwright for Java, without Playwright's own browser
 * download (these machines reach no browser download site). Every page any test opens is watched
 * for Content-Security-Policy violations (a blocked inline script or style, an eval, a resource
 * from elsewhere); {@link #close} fails the test class when there was one.
 */
final class Browser implements AutoCloseable {

  private static final String REPORT_VIOLATIONS =
      "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective"
          + " + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

  private static final Path CHROMIUM =
      Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final com.microsoft.playwright.Browser browser;
  private final List<String> policyViolations = new CopyOnWriteArrayList<>();

  Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "browser tests need Chromium at " + CHROMIUM + " (apt-get install chromium, or set CHROMIUM_PATH)");
    }
    playwright =
        Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  /** A fresh browser profile: its own cookies, as a second person at another desk. */
  BrowserContext newPerson(int port) {
    BrowserContext person = browser.newContext(new NewContextOptions().setBaseURL("http://localhost:" + port));
    person.addInitScript(REPORT_VIOLATIONS);
    person.onConsoleMessage(
        message -> {
          if (message.text().startsWith("CSP violation")) {
            policyViolations.add(message.text() + " on " + message.page().url());
          }
        });
    return person;
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
    if (!policyViolations.isEmpty()) {
      throw new AssertionError("pages broke their Content-Security-Policy:\n" + String.join("\n", policyViolations));
    }
  }
}
