package io.omnichannel.models;

import io.omnichannel.modelversions.ModelSource;
import java.time.Instant;
import java.util.Optional;

/**
 * What the start-up deployment needs of the record of versions ({@code modelversions}): an interface
 * of its own, so the deployment is tested against an engine without a database.
 */
interface VersionRecord {

  /** The checksum of the file last deployed from the classpath under this name. */
  Optional<String> lastClasspathChecksum(String resourceName);

  /** The latest recorded version of a process: its resource name and XML. */
  Optional<Recorded> latest(String bpmnProcessId);

  void record(long key, String bpmnProcessId, int version, String resourceName, String xml, Instant at, String by, ModelSource source);

  record Recorded(int version, String resourceName, String xml, ModelSource source) {}
}
