package io.omnichannel.models;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.omnichannel.audit.ConsoleAudit;
import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersion;
import io.omnichannel.modelversions.ModelVersions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks and deploys a process owner's model: validated first (an invalid model never reaches the
 * engine), compared with the running version, deployed through the engine's client, and recorded
 * with the user and an audit entry (area {@value #AUDIT_AREA}) in one transaction. Running instances
 * keep their version; the new version serves new starts. A roll-back deploys an earlier version's XML
 * again, as a new version.
 */
@Service
public class ModelDeployer {

  public static final String AUDIT_AREA = "model";
  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,98}\\.bpmn");

  private final CamundaClient client;
  private final ModelValidator validator;
  private final ModelVersions versions;
  private final ConsoleAudit audit;
  private final TransactionTemplate transactions;
  private final Clock clock;

  ModelDeployer(
      CamundaClient client, ModelValidator validator, ModelVersions versions, ConsoleAudit audit, TransactionTemplate transactions, Clock clock) {
    this.client = client;
    this.validator = validator;
    this.versions = versions;
    this.audit = audit;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** A candidate model: its problems and, per process it holds, what it changes against the running version. */
  public record Check(List<ModelProblem> problems, List<ProcessDiff> diffs) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /** @param runningVersion the latest recorded version, or null for a process new to the engine */
  public record ProcessDiff(String processId, Integer runningVersion, ModelDiff.Result diff) {}

  /** One process version a deployment made (or found unchanged). */
  public record Deployed(String processId, int version, boolean created, String diffSummary) {}

  public Check check(byte[] xml) {
    ModelValidator.Validation validation = validator.validate(xml);
    List<ProcessDiff> diffs = new ArrayList<>();
    if (validation.model() != null) {
      for (String processId : validation.processIds()) {
        var running = versions.latest(processId);
        BpmnModelInstance runningModel = running.flatMap(v -> versions.xml(processId, v.version())).map(ModelDeployer::parse).orElse(null);
        diffs.add(new ProcessDiff(processId, running.map(ModelVersion::version).orElse(null), ModelDiff.between(runningModel, validation.model(), processId)));
      }
    }
    return new Check(validation.problems(), diffs);
  }

  /**
   * Deploys a valid model.
   *
   * @param resourceName the file name, e.g. {@code manual-request.bpmn}
   * @throws InvalidModelException when the model has problems; nothing is deployed
   * @throws IllegalArgumentException when the file name is not a plain {@code .bpmn} name
   */
  public List<Deployed> deploy(byte[] xml, String resourceName, String username, ModelSource source) {
    return deploy(xml, resourceName, username, source, null);
  }

  /** Deploys the XML of an earlier version again, as a new version; audited as "rolled back to vN". */
  public List<Deployed> rollBack(String processId, int version, String username) {
    ModelVersion earlier = versions.version(processId, version).orElseThrow(() -> new NoSuchElementException(processId + " has no version " + version));
    byte[] xml = versions.xml(processId, version).orElseThrow().getBytes(StandardCharsets.UTF_8);
    return deploy(xml, earlier.resourceName(), username, ModelSource.ROLLBACK, version);
  }

  private List<Deployed> deploy(byte[] xml, String resourceName, String username, ModelSource source, Integer rolledBackFrom) {
    if (resourceName == null || !RESOURCE_NAME.matcher(resourceName).matches()) {
      throw new IllegalArgumentException("The file name must end in .bpmn and hold only letters, digits, dots, dashes and underscores.");
    }
    Check check = check(xml);
    if (!check.valid()) {
      throw new InvalidModelException(check.problems());
    }
    Map<String, ProcessDiff> diffs = new LinkedHashMap<>();
    check.diffs().forEach(d -> diffs.put(d.processId(), d));
    DeploymentEvent event = client.newDeployResourceCommand().addResourceBytes(xml, resourceName).send().join();
    String text = new String(xml, StandardCharsets.UTF_8);
    return transactions.execute(tx -> {
      List<Deployed> deployed = new ArrayList<>();
      for (Process process : event.getProcesses()) {
        boolean created = versions.record(
            process.getProcessDefinitionKey(), process.getBpmnProcessId(), process.getVersion(), resourceName, text,
            clock.instant(), username, source, rolledBackFrom);
        ProcessDiff diff = diffs.get(process.getBpmnProcessId());
        String summary = diff == null ? "" : diff.diff().summary();
        if (created) {
          Map<String, Object> detail = new LinkedHashMap<>();
          detail.put("process", process.getBpmnProcessId());
          detail.put("version", process.getVersion());
          detail.put("source", source.name().toLowerCase(java.util.Locale.ROOT));
          detail.put("resource", resourceName);
          detail.put("diff", summary);
          if (diff != null && diff.runningVersion() != null) {
            detail.put("previousVersion", diff.runningVersion());
          }
          String action = rolledBackFrom == null ? "deployed v" + process.getVersion() : "rolled back to v" + rolledBackFrom + " (as v" + process.getVersion() + ")";
          audit.record(username, AUDIT_AREA, process.getBpmnProcessId(), action, detail);
        }
        deployed.add(new Deployed(process.getBpmnProcessId(), process.getVersion(), created, summary));
      }
      return deployed;
    });
  }

  static BpmnModelInstance parse(String xml) {
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
