package io.omnichannel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmbeddedMailServerTest {

  @Test
  void aMailSentBySmtpToTheServiceMailboxIsReadableOverImap() throws MessagingException {
    var settings = new EmbeddedRuntimeProperties.Mail(true, 0, 0, "service@shop.example", "s3cret");
    try (EmbeddedMailServer server = EmbeddedMailServer.start(settings)) {
      Properties smtp = new Properties();
      smtp.put("mail.smtp.host", EmbeddedMailServer.HOST);
      smtp.put("mail.smtp.port", String.valueOf(server.smtpPort()));
      MimeMessage mail = new MimeMessage(Session.getInstance(smtp));
      mail.setFrom(new InternetAddress("customer@example.com"));
      mail.setRecipient(Message.RecipientType.TO, new InternetAddress("service@shop.example"));
      mail.setSubject("Manual for my oven, please");
      mail.setText("Type number HBG 7341");
      Transport.send(mail);

      Store store = Session.getInstance(new Properties()).getStore("imap");
      store.connect(EmbeddedMailServer.HOST, server.imapPort(), "service@shop.example", "s3cret");
      try {
        Folder inbox = store.getFolder("INBOX");
        inbox.open(Folder.READ_ONLY);
        Message[] messages = inbox.getMessages();
        assertThat(messages).hasSize(1);
        assertThat(messages[0].getSubject()).isEqualTo("Manual for my oven, please");
        assertThat(messages[0].getFrom()[0].toString()).isEqualTo("customer@example.com");
        inbox.close(false);
      } finally {
        store.close();
      }
    }
  }
}
