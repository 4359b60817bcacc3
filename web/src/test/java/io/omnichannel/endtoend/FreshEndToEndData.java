package io.omnichannel.endtoend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * Empties the end-to-end data directory once per test JVM, before the shared application first
 * starts on it: a database left by an earlier run may hold migrations or rows this run does not
 * expect. Before the first test instance is constructed, because Spring starts the application when
 * it prepares that instance (for per-class lifecycles, even before any before-all callback).
 */
final class FreshEndToEndData implements TestInstancePreConstructCallback {

  static final String DIRECTORY = "target/end-to-end-data";

  private static boolean emptied;

  @Override
  public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
    synchronized (FreshEndToEndData.class) {
      if (!emptied) {
        delete(Path.of(DIRECTORY));
        emptied = true;
      }
    }
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(FreshEndToEndData::deleteOne);
    } catch (IOException e) {
      throw new UncheckedIOException("could not empty " + directory, e);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + path, e);
    }
  }
}
