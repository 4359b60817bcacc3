package io.omnichannel;

import com.tngtech.archunit.base.DescribedPredicate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
  void writesTheModuleDocumentation() throws IOException {
    new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml()
        .writeModuleCanvases();
    sortRelations();
  }

  private static final Path DOCS = Path.of("../docs/modules");

  /** The documenter lists a diagram's relations in hash order: sorted, an unchanged model leaves the files unchanged. */
  private static void sortRelations() throws IOException {
    try (Stream<Path> diagrams = Files.list(DOCS)) {
      for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
        List<String> lines = Files.readAllLines(diagram);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        int first = lines.indexOf(lines.stream().filter(line -> line.startsWith("Rel(")).findFirst().orElse(null));
        if (first < 0) {
          continue;
        }
        List<String> sorted = new ArrayList<>(lines.stream().filter(line -> !line.startsWith("Rel(")).toList());
        sorted.addAll(first, relations);
        String text = String.join("\n", sorted);
        Files.writeString(diagram, text);
      }
    }
  }
}
