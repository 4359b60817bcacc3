package io.omnichannel.runtime;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Zeebe broker distribution ({@code io.camunda:camunda-zeebe:<version>:tar.gz}), unpacked once
 * into the cache directory. Taken from the local Maven repository when it is there, otherwise
 * downloaded and checked against the SHA-1 published beside it.
 */
final class ZeebeDistribution {

  private static final Logger log = LoggerFactory.getLogger(ZeebeDistribution.class);
  private static final String COMPLETE_MARKER = ".unpacked";

  private final String version;
  private final URI repositoryUrl;
  private final Path cacheDir;
  private final Path localMavenRepository;

  ZeebeDistribution(String version, URI repositoryUrl, Path cacheDir, Path localMavenRepository) {
    this.version = version;
    this.repositoryUrl = repositoryUrl;
    this.cacheDir = cacheDir;
    this.localMavenRepository = localMavenRepository;
  }

  static ZeebeDistribution of(EmbeddedRuntimeProperties.Zeebe settings) {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    return new ZeebeDistribution(settings.version(), settings.repositoryUrl(), settings.cacheDir(), m2);
  }

  /** The unpacked distribution (holding {@code config/} and {@code lib/}). */
  Path home() {
    Path home = cacheDir.resolve(baseName());
    if (Files.exists(home.resolve(COMPLETE_MARKER))) {
      return home;
    }
    try {
      Files.createDirectories(cacheDir);
      // two applications starting at once must not unpack into the same directory
      try (FileChannel lock =
              FileChannel.open(
                  cacheDir.resolve(baseName() + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          var ignored = lock.lock()) {
        if (!Files.exists(home.resolve(COMPLETE_MARKER))) {
          unpack(archive(), home);
        }
      }
      return home;
    } catch (IOException e) {
      throw new EmbeddedRuntimeException(
          "Could not prepare the Zeebe " + version + " distribution in " + cacheDir + ": " + e,
          "Check the disk space and permissions of "
              + cacheDir
              + " (orchestrator.embedded.zeebe.cache-dir), or set camunda.client.grpc-address to an"
              + " external Zeebe.",
          e);
    }
  }

  private String baseName() {
    return "camunda-zeebe-" + version;
  }

  private String repositoryPath() {
    return "io/camunda/camunda-zeebe/" + version + "/" + baseName() + ".tar.gz";
  }

  private Path archive() throws IOException {
    Path fromMaven = localMavenRepository.resolve(repositoryPath());
    if (Files.isRegularFile(fromMaven)) {
      Path sha1 = fromMaven.resolveSibling(fromMaven.getFileName() + ".sha1");
      if (!Files.isRegularFile(sha1) || sha1Of(fromMaven).equals(firstWord(Files.readString(sha1)))) {
        return fromMaven;
      }
      log.warn("{} does not match its .sha1; downloading a fresh copy", fromMaven);
    }
    Path downloaded = cacheDir.resolve(baseName() + ".tar.gz");
    if (!Files.isRegularFile(downloaded)) {
      download(downloaded);
    }
    return downloaded;
  }

  private void download(Path target) throws IOException {
    URI archive = URI.create(repositoryUrl.toString().replaceAll("/+$", "") + "/" + repositoryPath());
    URI checksum = URI.create(archive + ".sha1");
    log.info("Downloading the Zeebe broker {} (about 300 MB, once) from {}", version, archive);
    HttpClient http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(30))
            .build();
    Path partial = target.resolveSibling(target.getFileName() + ".part");
    try {
      String expected = firstWord(fetch(http, checksum, HttpResponse.BodyHandlers.ofString()));
      fetch(http, archive, HttpResponse.BodyHandlers.ofFile(partial));
      String actual = sha1Of(partial);
      if (!actual.equals(expected)) {
        throw new IOException(
            "checksum mismatch for " + archive + ": expected " + expected + ", got " + actual);
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + archive, e);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  private static <T> T fetch(HttpClient http, URI uri, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<T> response = http.send(HttpRequest.newBuilder(uri).GET().build(), handler);
    if (response.statusCode() != 200) {
      throw new IOException("GET " + uri + " answered HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** Unpacks into a scratch directory first, so a crash never leaves a half-unpacked home. */
  private void unpack(Path archive, Path home) throws IOException {
    log.info("Unpacking {} into {}", archive, home);
    Path scratch = Files.createTempDirectory(cacheDir, baseName() + ".unpacking-");
    try (InputStream file = Files.newInputStream(archive);
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new GzipCompressorInputStream(new BufferedInputStream(file)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null) {
        Path target = scratch.resolve(entry.getName()).normalize();
        if (!target.startsWith(scratch)) {
          throw new IOException("archive entry outside the target directory: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(target);
        } else if (entry.isFile()) {
          Files.createDirectories(target.getParent());
          Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
      Path unpacked = scratch.resolve(baseName());
      if (!Files.isDirectory(unpacked.resolve("lib"))) {
        throw new IOException(archive + " does not contain " + baseName() + "/lib");
      }
      deleteRecursively(home);
      Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
      Files.createFile(home.resolve(COMPLETE_MARKER));
    } finally {
      deleteRecursively(scratch);
    }
  }

  static String sha1Of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-1");
      byte[] buffer = new byte[1 << 16];
      for (int read; (read = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstWord(String checksumFile) {
    return checksumFile.strip().split("\\s+")[0].toLowerCase();
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.compareTo(a)).forEach(ZeebeDistribution::delete);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
