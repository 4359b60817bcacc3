package io.omnichannel;

import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries, enforced: every module uses only the published API of the modules it
 * depends on (the public types of their base package), and no two modules depend on each other,
 * directly or around a cycle. The module documentation in {@code docs/modules} is written from the
 * same model, so it is as current as the last test run.
 */
class ModularityTest {

  /** The product's classes: not the tests, nor the workers' test support on this module's test classpath. */
  static final ApplicationModules MODULES =
      ApplicationModules.of(
          OrchestratorApplication.class,
          DescribedPredicate.describe(
              "test classes",
              type -> type.getSource().map(source -> source.getUri().toString()).filter(ModularityTest::isTestCode).isPresent()));

  private static boolean isTestCode(String location) {
    return location.contains("/test-classes/") || location.contains("-tests.jar");
  }

  @Test
  void modulesUseEachOthersPublishedApiOnly_andFormNoCycle() {
    MODULES.verify();
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("../docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
  }
}
