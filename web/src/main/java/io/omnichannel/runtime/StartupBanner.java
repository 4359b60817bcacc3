package io.omnichannel.runtime;

import io.omnichannel.runtime.EmbeddedRuntime.Mode;
import io.omnichannel.runtime.EmbeddedRuntime.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** One block in the log, once the application is ready: where to go, how to log in, what runs. */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final EmbeddedRuntime runtime;
  private final String baseUrl;
  private final String logins;

  StartupBanner(
      EmbeddedRuntime runtime,
      @Value("${orchestrator.public-base-url:http://localhost:8080}") String baseUrl,
      @Value(
              "${orchestrator.demo.banner-logins:staff anna, ben (agents), lena (team lead), paul,"
                  + " admin; password 'demo' (see README)}")
          String logins) {
    this.runtime = runtime;
    this.baseUrl = baseUrl.replaceAll("/+$", "");
    this.logins = logins;
  }

  @EventListener(ApplicationReadyEvent.class)
  void printBanner() {
    log.info("\n{}", text());
  }

  String text() {
    StringBuilder text = new StringBuilder();
    String rule = "=".repeat(72);
    text.append(rule).append('\n');
    text.append("  Omnichannel orchestrator is ready\n\n");
    text.append("  UI            ").append(baseUrl).append('\n');
    text.append("  Logins        ").append(logins).append('\n');
    if (runtime.mailServer().isPresent()) {
      text.append("  Dev mailbox   ").append(baseUrl).append("/dev/mail\n");
    }
    text.append("  Health        ").append(baseUrl).append("/actuator/health\n");
    if (runtime.anyEmbedded()) {
      text.append("  Data          ").append(runtime.dataDir()).append(" (delete it to reset)\n");
    }
    text.append('\n');
    for (Service service : runtime.services()) {
      text.append(String.format("  %-17s %-9s %s%n", service.name(), label(service.mode()), service.endpoint()));
    }
    text.append(rule);
    return text.toString();
  }

  private static String label(Mode mode) {
    return switch (mode) {
      case EMBEDDED -> "embedded";
      case EXTERNAL -> "external";
      case NONE -> "-";
    };
  }
}
