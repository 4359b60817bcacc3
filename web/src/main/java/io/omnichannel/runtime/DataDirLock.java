package io.omnichannel.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure only one running application uses a data directory: two PostgreSQL or Zeebe servers
 * on the same files would corrupt them. The operating system releases the lock when the process
 * dies, even on {@code kill -9}, so a crashed run never blocks the next one.
 */
final class DataDirLock implements AutoCloseable {

  private static final String LOCK_FILE = "orchestrator.lock";

  /**
   * Directories locked by this JVM. File locks belong to the process, and closing any channel on
   * a locked file may release the lock, so a second attempt from this JVM must not touch the file.
   */
  private static final Set<Path> LOCKED_HERE = ConcurrentHashMap.newKeySet();

  private final Path dataDir;
  private final FileChannel channel;

  private DataDirLock(Path dataDir, FileChannel channel) {
    this.dataDir = dataDir;
    this.channel = channel;
  }

  static DataDirLock acquire(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (!LOCKED_HERE.add(dir)) {
      throw inUse(dir, String.valueOf(ProcessHandle.current().pid()));
    }
    try {
      Files.createDirectories(dir);
      Path file = dir.resolve(LOCK_FILE);
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        String owner = Files.readString(file, StandardCharsets.UTF_8).trim();
        channel.close();
        throw inUse(dir, owner);
      }
      channel.truncate(0);
      channel.write(StandardCharsets.UTF_8.encode(String.valueOf(ProcessHandle.current().pid())), 0);
      channel.force(false);
      return new DataDirLock(dir, channel);
    } catch (IOException | RuntimeException e) {
      LOCKED_HERE.remove(dir);
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new UncheckedIOException("could not lock the data directory " + dir, (IOException) e);
    }
  }

  private static EmbeddedRuntimeException inUse(Path dir, String owner) {
    return new EmbeddedRuntimeException(
        "The data directory "
            + dir
            + " is in use by another running instance of this application"
            + (owner.isEmpty() ? "" : " (pid " + owner + ")")
            + ".",
        "Stop the other instance, or give this one its own directory with orchestrator.data-dir.");
  }

  @Override
  public void close() {
    try {
      channel.close(); // releases the lock
    } catch (IOException ignored) {
      // the lock goes away with the process anyway
    } finally {
      LOCKED_HERE.remove(dataDir);
    }
  }
}
