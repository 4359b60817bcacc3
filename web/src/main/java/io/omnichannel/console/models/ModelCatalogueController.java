package io.omnichannel.console.models;

import io.camunda.client.api.command.ClientException;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.models.InvalidModelException;
import io.omnichannel.models.ModelDeployer;
import io.omnichannel.models.ModelProblem;
import io.omnichannel.models.ModelValidator;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersion;
import io.omnichannel.modelversions.ModelVersions;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue of deployed models: every process with all its versions (who deployed, when, from
 * which file, which is the latest), each diagram rendered in the browser; a version's XML for the
 * viewer; roll-back to an earlier version; and the upload of a {@code .bpmn} file, checked (problems
 * and differences shown) or deployed.
 */
@Controller
@RequestMapping(ModelsConsole.PATH)
class ModelCatalogueController {

  private static final int AUDIT_SHOWN = 20;

  private final ModelVersions versions;
  private final ModelDeployer deployer;
  private final ConsoleAudit audit;
  private final WaitFigures figures;
  private final Clock clock;

  ModelCatalogueController(ModelVersions versions, ModelDeployer deployer, ConsoleAudit audit, WaitFigures figures, Clock clock) {
    this.versions = versions;
    this.deployer = deployer;
    this.audit = audit;
    this.figures = figures;
    this.clock = clock;
  }

  /** A process and its versions, newest first. */
  public record CatalogueEntry(String processId, List<ModelVersion> versions) {

    public ModelVersion latest() {
      return versions.getFirst();
    }
  }

  @GetMapping
  String catalogue(Model model) {
    model.addAttribute("processes", versions.processIds().stream().map(id -> new CatalogueEntry(id, versions.versions(id))).toList());
    model.addAttribute("audit", audit.latest(ModelDeployer.AUDIT_AREA, null, AUDIT_SHOWN));
    model.addAttribute("maxKb", ModelValidator.MAX_BYTES / 1024);
    return "console/models/catalogue";
  }

  @GetMapping("/{processId}")
  String process(
      @PathVariable String processId,
      @RequestParam(required = false) Integer version,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "false") boolean allVersions,
      Model model) {
    List<ModelVersion> all = versions.versions(processId);
    if (all.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no process " + processId);
    }
    ModelVersion shown = version == null ? all.getFirst() : all.stream().filter(v -> v.version() == version).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, processId + " has no version " + version));
    model.addAttribute("entry", new CatalogueEntry(processId, all));
    model.addAttribute("shown", shown);
    model.addAttribute("audit", audit.latest(ModelDeployer.AUDIT_AREA, processId, AUDIT_SHOWN));
    FiguresPeriod period = FiguresPeriod.of(from, to, clock);
    model.addAttribute("period", period);
    model.addAttribute("allVersions", allVersions);
    model.addAttribute("figures", figures.of(
        new WaitFigures.Scope(processId, allVersions ? null : shown.version(), period.start(), period.end())));
    return "console/models/process";
  }

  @GetMapping(path = "/{processId}/versions/{version}.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
  ResponseEntity<String> xml(@PathVariable String processId, @PathVariable int version) {
    return versions.xml(processId, version)
        .map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, processId + " has no version " + version));
  }

  @PostMapping("/{processId}/versions/{version}/roll-back")
  String rollBack(@PathVariable String processId, @PathVariable int version, Principal user, RedirectAttributes redirect) {
    try {
      var deployed = deployer.rollBack(processId, version, user.getName());
      var mine = deployed.stream().filter(d -> d.processId().equals(processId)).findFirst().orElseThrow();
      redirect.addFlashAttribute("notice", mine.created()
          ? "Rolled back: version " + version + "'s model now runs as version " + mine.version() + " for new requests; running ones keep their version."
          : "Version " + version + "'s model is the running one already; nothing was deployed.");
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    } catch (InvalidModelException e) {
      redirect.addFlashAttribute("problems", e.problems());
      redirect.addFlashAttribute("notice", "Version " + version + " no longer passes today's checks (see the problems); it was not deployed.");
    } catch (ClientException e) {
      redirect.addFlashAttribute("notice", "The engine refused the model: " + e.getMessage());
    }
    return "redirect:" + ModelsConsole.PATH + "/" + processId;
  }

  /**
   * A {@code .bpmn} file: {@code action=check} shows its problems and differences; {@code action=deploy}
   * deploys it when it is valid. An invalid file is answered 422 with its problems per element.
   */
  @PostMapping("/upload")
  String upload(
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(defaultValue = "check") String action,
      Principal user,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect)
      throws IOException {
    Map<String, String> errors = new LinkedHashMap<>();
    String name = file == null ? "" : String.valueOf(file.getOriginalFilename());
    if (file == null || file.isEmpty()) {
      errors.put("file", "Please choose a .bpmn file.");
    } else if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".bpmn")) {
      errors.put("file", "Only .bpmn files are taken.");
    } else if (file.getSize() > ModelValidator.MAX_BYTES) {
      errors.put("file", "The file is larger than %d KB.".formatted(ModelValidator.MAX_BYTES / 1024));
    }
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("errors", errors);
      return catalogue(model);
    }
    String resourceName = safeName(name);
    byte[] xml = file.getBytes();
    ModelDeployer.Check check = deployer.check(xml);
    model.addAttribute("fileName", resourceName);
    model.addAttribute("check", check);
    if (!check.valid()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return "console/models/checked";
    }
    if (!"deploy".equals(action)) {
      return "console/models/checked";
    }
    try {
      var deployed = deployer.deploy(xml, resourceName, user.getName(), ModelSource.UPLOAD);
      redirect.addFlashAttribute("notice", describe(deployed));
      return "redirect:" + ModelsConsole.PATH + "/" + deployed.getFirst().processId();
    } catch (InvalidModelException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("check", new ModelDeployer.Check(e.problems(), check.diffs()));
      return "console/models/checked";
    } catch (ClientException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("check", new ModelDeployer.Check(List.of(new ModelProblem(null, "engine", "The engine refused the model: " + e.getMessage())), check.diffs()));
      return "console/models/checked";
    }
  }

  static String describe(List<ModelDeployer.Deployed> deployed) {
    return String.join(" ", deployed.stream()
        .map(d -> d.created()
            ? "Deployed " + d.processId() + " as version " + d.version() + " (" + d.diffSummary() + "); new requests start on it, running ones keep their version."
            : d.processId() + " is unchanged: the engine runs it as version " + d.version() + " already.")
        .toList());
  }

  /** The file name as the engine will know it: its last path segment, with anything unusual replaced. */
  static String safeName(String original) {
    String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
    String stem = base.substring(0, base.length() - ".bpmn".length()).replaceAll("[^A-Za-z0-9._-]", "-");
    stem = stem.replaceAll("^[^A-Za-z0-9]+", "");
    if (stem.isEmpty()) {
      stem = "model";
    }
    return (stem.length() > 90 ? stem.substring(0, 90) : stem) + ".bpmn";
  }
}
