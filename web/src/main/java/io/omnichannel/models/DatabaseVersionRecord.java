package io.omnichannel.models;

import io.omnichannel.modelversions.ModelSource;
import io.omnichannel.modelversions.ModelVersions;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The record of versions in PostgreSQL, as the start-up deployment uses it. */
@Component
class DatabaseVersionRecord implements VersionRecord {

  private final ModelVersions versions;

  DatabaseVersionRecord(ModelVersions versions) {
    this.versions = versions;
  }

  @Override
  public Optional<String> lastClasspathChecksum(String resourceName) {
    return versions.lastClasspathChecksum(resourceName);
  }

  @Override
  public Optional<Recorded> latest(String bpmnProcessId) {
    return versions.latest(bpmnProcessId)
        .map(v -> new Recorded(v.version(), v.resourceName(), versions.xml(bpmnProcessId, v.version()).orElseThrow(), v.source()));
  }

  @Override
  public void record(long key, String bpmnProcessId, int version, String resourceName, String xml, Instant at, String by, ModelSource source) {
    versions.record(key, bpmnProcessId, version, resourceName, xml, at, by, source, null);
  }
}
