package io.omnichannel.runtime;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP and IMAP server (GreenMail) on 127.0.0.1. Every mail the application sends lands in
 * it, whatever the recipient, and can be read in the dev mailbox; the intake mailbox
 * ({@code service@shop.example}) is readable over IMAP for inbound requests.
 */
final class EmbeddedMailServer implements AutoCloseable {

  static final String HOST = "127.0.0.1";

  private final GreenMail greenMail;
  private final String user;
  private final String password;

  private EmbeddedMailServer(GreenMail greenMail, String user, String password) {
    this.greenMail = greenMail;
    this.user = user;
    this.password = password;
  }

  static EmbeddedMailServer start(EmbeddedRuntimeProperties.Mail settings) {
    int smtp = Ports.claim(settings.smtpPort(), "embedded SMTP", "orchestrator.embedded.mail.smtp-port");
    int imap = Ports.claim(settings.imapPort(), "embedded IMAP", "orchestrator.embedded.mail.imap-port");
    GreenMail greenMail =
        new GreenMail(
            new ServerSetup[] {
              patientSetup(smtp, HOST, ServerSetup.PROTOCOL_SMTP),
              patientSetup(imap, HOST, ServerSetup.PROTOCOL_IMAP)
            });
    greenMail.start();
    greenMail.setUser(settings.user(), settings.user(), settings.password());
    return new EmbeddedMailServer(greenMail, settings.user(), settings.password());
  }

  GreenMail greenMail() {
    return greenMail;
  }

  int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  int imapPort() {
    return greenMail.getImap().getPort();
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  @Override
  public void close() {
    greenMail.stop();
  }

  /** GreenMail's default of 2 s to start is too short on a busy two-core machine. */
  private static ServerSetup patientSetup(int port, String host, String protocol) {
    ServerSetup setup = new ServerSetup(port, host, protocol);
    setup.setServerStartupTimeout(30_000);
    return setup;
  }
}
