package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirLockTest {

  @TempDir Path dataDir;

  @Test
  void aSecondUserOfTheDataDirectoryIsRefusedUntilTheFirstLetsGo() {
    try (DataDirLock first = DataDirLock.acquire(dataDir)) {
      assertThatThrownBy(() -> DataDirLock.acquire(dataDir.resolve(".")))
          .isInstanceOf(EmbeddedRuntimeException.class)
          .hasMessageContaining("in use by another running instance")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }

    DataDirLock.acquire(dataDir).close();
  }
}
