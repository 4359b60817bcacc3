package io.omnichannel.runtime;

import io.omnichannel.platform.Links;
import io.omnichannel.runtime.EmbeddedRuntime.Mode;
import io.omnichannel.runtime.EmbeddedRuntime.Service;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One block in the log, once the application is ready: where to go, how to log in, what runs. With
 * the demo data on, every demo login is listed as the database has it, with its roles and teams;
 * without, the staff accounts are the installation's own (no password is shown). The dev mailbox is
 * named only when it is on (the demo profile, with the embedded mail server).
 */
@Component
class StartupBanner {

  private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

  private final EmbeddedRuntime runtime;
  private final Links links;
  private final StaffUsers users;
  private final StaffDirectory teams;
  private final boolean demoData;
  private final boolean devMailbox;

  StartupBanner(
      EmbeddedRuntime runtime,
      Links links,
      StaffUsers users,
      StaffDirectory teams,
      @Value("${orchestrator.demo-data.enabled:false}") boolean demoData,
      @Value("${orchestrator.dev-mailbox.enabled:false}") boolean devMailbox) {
    this.runtime = runtime;
    this.links = links;
    this.users = users;
    this.teams = teams;
    this.demoData = demoData;
    this.devMailbox = devMailbox;
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
    text.append("  UI            ").append(links.page("/")).append('\n');
    if (demoData) {
      text.append("  Logins        password 'demo' for each (demo data is on; see README)\n");
      for (StaffUser user : users.all()) {
        text.append(String.format("    %-10s  %s%n", user.username(), describe(user)));
      }
    } else {
      text.append("  Logins        ").append(users.count()).append(" staff accounts of this installation (demo data is off)\n");
    }
    if (devMailbox && runtime.mailServer().isPresent()) {
      text.append("  Dev mailbox   ").append(links.page("/dev/mail")).append(" (admins)\n");
    }
    text.append("  Health        ").append(links.page("/actuator/health")).append('\n');
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

  /** e.g. "agent · service-centre, complaints" */
  private String describe(StaffUser user) {
    String roles = user.roles().stream().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted().collect(Collectors.joining(", "));
    List<String> memberOf = teams.teamsOf(user.username());
    return memberOf.isEmpty() ? roles : roles + " · " + String.join(", ", memberOf);
  }

  private static String label(Mode mode) {
    return switch (mode) {
      case EMBEDDED -> "embedded";
      case EXTERNAL -> "external";
      case NONE -> "-";
    };
  }
}
