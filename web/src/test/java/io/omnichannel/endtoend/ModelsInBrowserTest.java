package io.omnichannel.endtoend;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import io.omnichannel.models.ModelDeployer;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersion;
import io.omnichannel.modelversions.ModelVersions;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's model pages in headless Chromium under their Content-Security-Policy: the catalogue
 * renders every diagram with the bpmn.io watermark; in the modeler Paul picks one of our steps for a
 * task, validates, sees the difference and deploys; a broken model's problems are marked on the diagram.
 */
@EndToEndTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsInBrowserTest {

  private static final String PROCESS = "manual-request";

  @LocalServerPort int port;
  @Autowired ModelVersions versions;
  @Autowired ModelDeployer deployer;

  private Browser browser;

  @BeforeAll
  void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  void closeBrowser() {
    browser.close();
  }

  @Test
  void theCatalogueRendersEveryDiagramWithTheWatermark() {
    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = signIn(paul);
      page.navigate("/staff/console/models");
      assertThat(page.locator("h1")).hasText("Models");
      var diagram = page.locator("#process-" + PROCESS + " .diagram");
      assertThat(diagram).hasAttribute("data-rendered", "true");
      assertThat(diagram.locator("svg [data-element-id='UserTask_ReviewManualRequest']").first()).isVisible();
      assertThat(diagram.locator(".bjs-powered-by")).isVisible();
      assertThat(page.locator(".diagram[data-rendered='failed']")).hasCount(0);
    }
  }

  @Test
  void paulPicksOneOfOurStepsForATask_validates_seesTheDifference_andDeploys() {
    ModelVersion before = versions.latest(PROCESS).orElseThrow();
    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = signIn(paul);
      page.navigate("/staff/console/models/" + PROCESS + "/edit");
      assertThat(page.locator("#modeler-page")).hasAttribute("data-ready", "true");
      assertThat(page.locator(".bjs-powered-by")).isVisible();

      page.locator("#canvas [data-element-id='ServiceTask_RemindTeam']").first().click();
      assertThat(page.locator("#element-panel h3")).hasText("ServiceTask_RemindTeam");
      page.locator("#template-select").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Escalate to team lead"));
      assertThat(page.locator("#template-details .template-description")).not().isEmpty();
      page.locator("#apply-template").click();
      assertThat(page.locator("#element-panel .current-step")).hasText("Step: escalate-to-team-lead");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();
      assertThat(page.locator("#modeler-status")).containsText("The model is valid");
      assertThat(page.locator("#diff")).containsText("job type: remind-team → escalate-to-team-lead");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).click();
      assertThat(page.locator("#modeler-status")).containsText("as version " + (before.version() + 1));
      ModelVersion deployed = versions.latest(PROCESS).orElseThrow();
      assertThat(deployed.version()).isEqualTo(before.version() + 1);
      assertThat(deployed.source()).isEqualTo(ModelSource.MODELER);
      assertThat(deployed.deployedBy()).isEqualTo("paul");
      assertThat(versions.xml(PROCESS, deployed.version()).orElseThrow())
          .contains("type=\"escalate-to-team-lead\"")
          .contains("zeebe:modelerTemplate=\"io.omnichannel.escalate-to-team-lead\"");
    } finally {
      if (versions.latest(PROCESS).orElseThrow().version() != before.version()) {
        deployer.rollBack(PROCESS, before.version(), "paul");
      }
    }
  }

  @Test
  void aBrokenModelsProblemsAreListedAndMarkedOnTheDiagram_andItIsNotDeployed() throws Exception {
    ModelVersion before = versions.latest(PROCESS).orElseThrow();
    String broken = versions.xml(PROCESS, before.version()).orElseThrow().replace("type=\"send-manual\"", "type=\"send-manuel\"");
    try (BrowserContext paul = browser.newPerson(port)) {
      Page page = signIn(paul);
      page.navigate("/staff/console/models/" + PROCESS + "/edit");
      assertThat(page.locator("#modeler-page")).hasAttribute("data-ready", "true");
      page.locator("#open-file").setInputFiles(new FilePayload("broken.bpmn", "application/xml", broken.getBytes(StandardCharsets.UTF_8)));
      assertThat(page.locator("#modeler-status")).containsText("Opened broken.bpmn");

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();
      assertThat(page.locator("#problems li[data-element='ServiceTask_SendManual']")).containsText("send-manuel");
      assertThat(page.locator("#canvas .djs-element.has-problem[data-element-id='ServiceTask_SendManual']")).hasCount(1);

      page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deploy")).click();
      assertThat(page.locator("#modeler-status")).containsText(Pattern.compile("not deployed.*422"));
    }
    assertThat(versions.latest(PROCESS).orElseThrow().version()).isEqualTo(before.version());
  }

  private static Page signIn(BrowserContext person) {
    Page page = person.newPage();
    page.navigate("/login");
    page.getByLabel("User name").fill("paul");
    page.getByLabel("Password").fill("demo");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    assertThat(page).hasURL(Pattern.compile(".*/staff/.*"));
    return page;
  }
}
