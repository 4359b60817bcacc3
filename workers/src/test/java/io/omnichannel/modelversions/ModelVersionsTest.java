package io.omnichannel.modelversions;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.workerstest.ServiceCoreTest;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The record of deployed versions on real PostgreSQL (V32): one row per engine version, newest first, the last classpath file's checksum. */
class ModelVersionsTest extends ServiceCoreTest {

  @Autowired ModelVersions versions;

  @Test
  void versionsAreRecordedOnce_readNewestFirst_andTheClasspathChecksumIsTheLastClasspathDeployments() {
    String process = "p-" + System.nanoTime();
    long key = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
    Instant start = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(versions.record(key, process, 1, process + ".bpmn", "<v1/>", start, "system", ModelSource.CLASSPATH, null)).isTrue();
    assertThat(versions.record(key, process, 1, process + ".bpmn", "<v1/>", start, "system", ModelSource.CLASSPATH, null))
        .as("the engine found the model unchanged: no second row").isFalse();
    versions.record(key + 1, process, 2, "mine.bpmn", "<v2/>", start.plusSeconds(60), "paul", ModelSource.UPLOAD, null);
    versions.record(key + 2, process, 3, process + ".bpmn", "<v1/>", start.plusSeconds(120), "paul", ModelSource.ROLLBACK, 1);

    assertThat(versions.versions(process)).extracting(ModelVersion::version).containsExactly(3, 2, 1);
    ModelVersion latest = versions.latest(process).orElseThrow();
    assertThat(latest.deployedBy()).isEqualTo("paul");
    assertThat(latest.source()).isEqualTo(ModelSource.ROLLBACK);
    assertThat(latest.rolledBackFrom()).isEqualTo(1);
    assertThat(latest.checksum()).isEqualTo(ModelVersions.checksum("<v1/>"));
    assertThat(versions.xml(process, 2)).contains("<v2/>");
    assertThat(versions.lastClasspathChecksum(process + ".bpmn")).contains(ModelVersions.checksum("<v1/>"));
    assertThat(versions.lastClasspathChecksum("mine.bpmn")).as("an upload is not a classpath deployment").isEmpty();
    assertThat(versions.processIds()).contains(process);
  }
}
