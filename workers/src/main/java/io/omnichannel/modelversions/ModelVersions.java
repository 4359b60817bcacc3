package io.omnichannel.modelversions;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Writes and reads the record of deployed model versions (table {@code model_versions}). */
@Service
public class ModelVersions {

  private static final String COLUMNS =
      "process_definition_key, bpmn_process_id, version, resource_name, checksum, deployed_at, deployed_by, source, rolled_back_from";

  private final JdbcClient jdbc;

  ModelVersions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** SHA-256 (hex) of a model's XML, as recorded with each version. */
  public static String checksum(String xml) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Records a version the engine returned for a deployment.
   *
   * @return false when this version (its engine key) was recorded before: the engine found the model unchanged
   */
  public boolean record(
      long processDefinitionKey,
      String bpmnProcessId,
      int version,
      String resourceName,
      String xml,
      Instant deployedAt,
      String deployedBy,
      ModelSource source,
      Integer rolledBackFrom) {
    return jdbc.sql(
                """
                insert into model_versions (%s, xml) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing"""
                    .formatted(COLUMNS))
            .params(
                processDefinitionKey, bpmnProcessId, version, resourceName, checksum(xml), Timestamp.from(deployedAt),
                deployedBy, source.column(), rolledBackFrom, xml)
            .update()
        == 1;
  }

  /** The checksum of the file last deployed from the classpath under this name, if it ever was. */
  public Optional<String> lastClasspathChecksum(String resourceName) {
    return jdbc.sql(
            """
            select checksum from model_versions where source = 'classpath' and resource_name = ?
            order by deployed_at desc, version desc limit 1""")
        .param(resourceName)
        .query(String.class)
        .optional();
  }

  /** The process ids with at least one recorded version, alphabetically. */
  public List<String> processIds() {
    return jdbc.sql("select distinct bpmn_process_id from model_versions order by bpmn_process_id").query(String.class).list();
  }

  /** Every recorded version of a process, newest first. */
  public List<ModelVersion> versions(String bpmnProcessId) {
    return jdbc.sql("select %s from model_versions where bpmn_process_id = ? order by version desc".formatted(COLUMNS))
        .param(bpmnProcessId)
        .query(ModelVersions::version)
        .list();
  }

  public Optional<ModelVersion> latest(String bpmnProcessId) {
    return versions(bpmnProcessId).stream().findFirst();
  }

  public Optional<ModelVersion> version(String bpmnProcessId, int version) {
    return jdbc.sql("select %s from model_versions where bpmn_process_id = ? and version = ?".formatted(COLUMNS))
        .params(bpmnProcessId, version)
        .query(ModelVersions::version)
        .optional();
  }

  /** The XML a version was deployed with. */
  public Optional<String> xml(String bpmnProcessId, int version) {
    return jdbc.sql("select xml from model_versions where bpmn_process_id = ? and version = ?")
        .params(bpmnProcessId, version)
        .query(String.class)
        .optional();
  }

  private static ModelVersion version(ResultSet row, int rowNum) throws SQLException {
    return new ModelVersion(
        row.getLong("process_definition_key"),
        row.getString("bpmn_process_id"),
        row.getInt("version"),
        row.getString("resource_name"),
        row.getString("checksum"),
        row.getTimestamp("deployed_at").toInstant(),
        row.getString("deployed_by"),
        ModelSource.of(row.getString("source")),
        (Integer) row.getObject("rolled_back_from"));
  }
}
