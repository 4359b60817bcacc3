package io.omnichannel.devmail;

import com.icegreen.greenmail.util.GreenMail;
import io.omnichannel.runtime.EmbeddedRuntime;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the dev mailbox is on: only for trying the product ({@code orchestrator.dev-mailbox.enabled},
 * which the {@code demo} profile sets) and only with the embedded mail server, whose mail it shows.
 * It holds every customer's mail and tracking link, so only admins read it.
 */
@Component("devMailbox")
public class DevMailbox {

  private final Optional<GreenMail> mailServer;

  DevMailbox(EmbeddedRuntime runtime, @Value("${orchestrator.dev-mailbox.enabled:false}") boolean enabled) {
    this.mailServer = enabled ? runtime.mailServer() : Optional.empty();
  }

  /** For the staff navigation: whether to offer the link. */
  public boolean isOn() {
    return mailServer.isPresent();
  }

  Optional<GreenMail> mailServer() {
    return mailServer;
  }
}
