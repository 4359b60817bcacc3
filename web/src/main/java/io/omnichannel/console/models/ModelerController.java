package io.omnichannel.console.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.api.command.ClientException;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.models.InvalidModelException;
import io.omnichannel.models.ModelDeployer;
import io.omnichannel.models.ModelValidator;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersion;
import io.omnichannel.modelversions.ModelVersions;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The modeler: bpmn-js with our element templates (served here as JSON, from the processes'
 * {@code element-templates}), a model validated and compared on the server ({@code check}) and
 * deployed ({@code deploy}, refused with 422 and the problems per element when invalid). Errors are
 * RFC 9457 problem details.
 */
@Controller
@RequestMapping(ModelsConsole.PATH)
class ModelerController {

  static final String TEMPLATES = "classpath*:/element-templates/*.json";
  private static final URI INVALID_MODEL = URI.create("/problems/invalid-model");

  private final ModelVersions versions;
  private final ModelDeployer deployer;
  private final ConsoleAudit audit;
  private final ObjectMapper json;

  ModelerController(ModelVersions versions, ModelDeployer deployer, ConsoleAudit audit, ObjectMapper json) {
    this.versions = versions;
    this.deployer = deployer;
    this.audit = audit;
    this.json = json;
  }

  /** What the browser sends: the model's XML, its file name, and whether it was edited or uploaded. */
  record Candidate(String xml, String fileName, String source) {}

  @GetMapping("/{processId}/edit")
  String edit(@PathVariable String processId, Model model) {
    ModelVersion latest = versions.latest(processId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no process " + processId));
    model.addAttribute("latest", latest);
    model.addAttribute("audit", audit.latest(ModelDeployer.AUDIT_AREA, processId, 10));
    model.addAttribute("maxKb", ModelValidator.MAX_BYTES / 1024);
    return "console/models/modeler";
  }

  /** Our element templates, one per job type, sorted by name. */
  @GetMapping(path = "/element-templates", produces = "application/json")
  @ResponseBody
  List<JsonNode> elementTemplates() throws IOException {
    List<JsonNode> templates = new ArrayList<>();
    for (Resource resource : new PathMatchingResourcePatternResolver().getResources(TEMPLATES)) {
      try (InputStream in = resource.getInputStream()) {
        templates.add(json.readTree(in));
      }
    }
    templates.sort(Comparator.comparing(t -> t.path("name").asText()));
    return templates;
  }

  @PostMapping(path = "/check", consumes = "application/json", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> check(@RequestBody Candidate candidate, HttpServletRequest request) {
    ProblemDetail refused = refuse(candidate, request);
    if (refused != null) {
      return ResponseEntity.of(refused).build();
    }
    return ResponseEntity.ok(deployer.check(candidate.xml().getBytes(StandardCharsets.UTF_8)));
  }

  @PostMapping(path = "/deploy", consumes = "application/json", produces = "application/json")
  @ResponseBody
  ResponseEntity<?> deploy(@RequestBody Candidate candidate, Principal user, HttpServletRequest request) {
    ProblemDetail refused = refuse(candidate, request);
    if (refused != null) {
      return ResponseEntity.of(refused).build();
    }
    ModelSource source = "upload".equals(candidate.source()) ? ModelSource.UPLOAD : ModelSource.MODELER;
    String fileName = candidate.fileName() == null || candidate.fileName().isBlank() ? "model.bpmn" : candidate.fileName();
    if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".bpmn")) {
      fileName = fileName + ".bpmn";
    }
    try {
      var deployed = deployer.deploy(candidate.xml().getBytes(StandardCharsets.UTF_8), ModelCatalogueController.safeName(fileName), user.getName(), source);
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("deployed", deployed, "message", ModelCatalogueController.describe(deployed)));
    } catch (InvalidModelException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The model has problems and was not deployed.");
      problem.setType(INVALID_MODEL);
      problem.setTitle("Invalid model");
      problem.setProperty("problems", e.problems());
      return ResponseEntity.of(problem).build();
    } catch (ClientException e) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The engine refused the model: " + e.getMessage());
      problem.setTitle("Refused by the engine");
      return ResponseEntity.of(problem).build();
    }
  }

  private static ProblemDetail refuse(Candidate candidate, HttpServletRequest request) {
    if (candidate == null || candidate.xml() == null || candidate.xml().isBlank()) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Send the model's XML in the field xml.");
      problem.setTitle("No model");
      return problem;
    }
    if (candidate.xml().getBytes(StandardCharsets.UTF_8).length > ModelValidator.MAX_BYTES) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "The model is larger than %d KB.".formatted(ModelValidator.MAX_BYTES / 1024));
      problem.setTitle("Model too large");
      return problem;
    }
    return null;
  }
}
