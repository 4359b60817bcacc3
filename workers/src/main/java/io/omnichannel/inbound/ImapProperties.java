package io.omnichannel.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The intake mailbox, read over IMAP every {@code orchestrator.mail.imap.poll-interval} (10 s).
 *
 * @param host no host, no polling (the embedded runtime sets it to its own mail server)
 */
@ConfigurationProperties("orchestrator.mail.imap")
record ImapProperties(String host, @DefaultValue("143") int port, String user, String password) {

  boolean enabled() {
    return host != null && !host.isBlank();
  }
}
