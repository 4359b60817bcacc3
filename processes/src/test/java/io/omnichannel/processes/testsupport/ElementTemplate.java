package io.omnichannel.processes.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** One Camunda Modeler element template file from {@code processes/element-templates/}. */
public record ElementTemplate(Path file, JsonNode json) {

  /** Relative to the module directory, which is the working directory of the tests. */
  public static final Path FOLDER = Path.of("element-templates");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public static List<ElementTemplate> all() {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().map(ElementTemplate::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ElementTemplate read(Path file) {
    try {
      return new ElementTemplate(file, MAPPER.readTree(file.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("not valid JSON: " + file, e);
    }
  }

  public String text(String field) {
    return json.path(field).asText("");
  }

  public List<JsonNode> properties() {
    return StreamSupport.stream(json.path("properties").spliterator(), false).toList();
  }

  /** Properties bound to the given binding type, e.g. {@code zeebe:input}. */
  public List<JsonNode> propertiesBoundTo(String bindingType) {
    return properties().stream().filter(p -> p.path("binding").path("type").asText().equals(bindingType)).toList();
  }

  /** Properties bound to one attribute of the task definition: {@code type} or {@code retries}. */
  public List<JsonNode> taskDefinition(String attribute) {
    return propertiesBoundTo("zeebe:taskDefinition").stream()
        .filter(p -> p.path("binding").path("property").asText().equals(attribute))
        .toList();
  }

  /** The job type the template's hidden task-definition binding sets, or empty when it sets none. */
  public String jobType() {
    return taskDefinition("type").stream().map(p -> p.path("value").asText()).findFirst().orElse("");
  }

  @Override
  public String toString() {
    return file.getFileName().toString();
  }
}
