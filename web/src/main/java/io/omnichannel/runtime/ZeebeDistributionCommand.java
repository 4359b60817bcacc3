package io.omnichannel.runtime;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * Fetches and unpacks the Zeebe broker distribution the embedded runtime uses, then prints its
 * directory: for a machine that must not download at first start, and for test harnesses that run
 * brokers of their own (the scale-out drill of {@code bench/}). Takes the same settings as the
 * application, {@code --orchestrator.embedded.zeebe.version=…}, {@code …cache-dir=…}, {@code
 * …repository-url=…}:
 *
 * <pre>java -cp omnichannel-orchestrator.jar -Dloader.main=io.omnichannel.runtime.ZeebeDistributionCommand \
 *     org.springframework.boot.loader.launch.PropertiesLauncher</pre>
 */
public final class ZeebeDistributionCommand {

  private ZeebeDistributionCommand() {}

  public static void main(String[] args) {
    Map<String, String> settings = new HashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        System.err.println("usage: [--orchestrator.embedded.zeebe.<setting>=<value>]... ; not understood: " + arg);
        System.exit(2);
      }
      settings.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    EmbeddedRuntimeProperties.Zeebe zeebe =
        new Binder(new MapConfigurationPropertySource(settings))
            .bindOrCreate("orchestrator.embedded.zeebe", EmbeddedRuntimeProperties.Zeebe.class);
    System.out.println(ZeebeDistribution.of(zeebe).home().toAbsolutePath());
  }
}
