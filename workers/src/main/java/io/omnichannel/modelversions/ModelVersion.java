package io.omnichannel.modelversions;

import java.time.Instant;

/**
 * One version of a process in the engine, as the product deployed it.
 *
 * @param processDefinitionKey the engine's key of this version
 * @param resourceName the file name it was deployed under
 * @param checksum SHA-256 (hex) of the deployed XML
 * @param rolledBackFrom for a roll-back, the version whose XML was deployed again
 */
public record ModelVersion(
    long processDefinitionKey,
    String bpmnProcessId,
    int version,
    String resourceName,
    String checksum,
    Instant deployedAt,
    String deployedBy,
    ModelSource source,
    Integer rolledBackFrom) {}
