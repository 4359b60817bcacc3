package io.omnichannel.devmail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReceivedMailTest {

  @Test
  void showsTheTextBodyAndNamesAndSizesOfAttachments() throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("service@shop.example"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("maria.keller@example.com"));
    message.setSubject("Your manual for the KM-5500");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Dear Ms Keller, here is your manual.");
    MimeBodyPart pdf = new MimeBodyPart();
    pdf.setDataHandler(
        new jakarta.activation.DataHandler(new ByteArrayDataSource(new byte[1234], "application/pdf")));
    pdf.setFileName("KM-5500-manual.pdf");
    message.setContent(new MimeMultipart(text, pdf));
    message.saveChanges();

    ReceivedMail mail = ReceivedMail.of(3, message);

    assertThat(mail.index()).isEqualTo(3);
    assertThat(mail.from()).isEqualTo("service@shop.example");
    assertThat(mail.to()).containsExactly("maria.keller@example.com");
    assertThat(mail.subject()).isEqualTo("Your manual for the KM-5500");
    assertThat(mail.text()).isEqualTo("Dear Ms Keller, here is your manual.");
    assertThat(mail.attachments())
        .containsExactly(new ReceivedMail.Attachment("KM-5500-manual.pdf", "application/pdf", 1234));
  }

  @Test
  void aMultipartWithoutItsBoundaryKeepsItsHeadersAndSaysWhatCouldNotBeRead() throws Exception {
    byte[] raw =
        ("From: service@shop.example\r\nTo: maria.keller@example.com\r\nSubject: Broken\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed\r\n\r\nno parts at all\r\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    ReceivedMail mail = ReceivedMail.of(7, new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(raw)));

    assertThat(mail.subject()).isEqualTo("Broken");
    assertThat(mail.from()).isEqualTo("service@shop.example");
    assertThat(mail.unreadable()).isTrue();
    assertThat(mail.problem()).startsWith("the content could not be read");
    assertThat(mail.text()).isEmpty();
  }
}
