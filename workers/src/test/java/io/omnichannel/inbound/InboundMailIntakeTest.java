package io.omnichannel.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.processes.ManualRequestProcess;
import io.omnichannel.conversation.CustomerConversation;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestStatus;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.requests.TimelineEntry;
import io.omnichannel.testsupport.TestInfrastructure;
import io.omnichannel.workerstest.ServiceCoreTest;
import io.omnichannel.workerstest.TestFiles;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mails delivered over real SMTP into a real IMAP mailbox (GreenMail), read by the poller: new
 * mails open requests, replies join theirs and answer the open question, each mail exactly once,
 * and no HTML gets through.
 */
class InboundMailIntakeTest extends ServiceCoreTest {

  @Autowired InboundMailIntake intake;
  @Autowired InboundMails inboundMails;
  @Autowired CustomerConversation progress;
  @Autowired RequestTracking tracking;
  @Autowired JdbcClient jdbc;

  private String mailbox;
  private InboundMailPoller poller;

  @BeforeEach
  void anIntakeMailboxOfItsOwn() {
    // GreenMail creates the mailbox on first delivery, with the address as login and password
    mailbox = "intake-" + unique() + "@shop.example";
    var greenMail = TestInfrastructure.greenMail();
    poller = new InboundMailPoller(intake, new ImapProperties("127.0.0.1", greenMail.getImap().getPort(), mailbox, mailbox));
  }

  @Test
  void aNewMailAskingForAManual_opensARequestFromTheEmailChannel() throws Exception {
    String customer = "new-" + unique() + "@example.com";
    send(customer, "Manual for my stand mixer", "Hello, I lost the manual of my KM-5500. Could you send it?\nMaria");

    assertThat(poller.pollOnce()).isEqualTo(1);

    InboundMail mail = mailFrom(customer);
    assertThat(mail.state()).isEqualTo(InboundMailState.OPENED);
    RequestDetails request = tracking.findById(mail.requestId()).orElseThrow();
    assertThat(request.channel()).isEqualTo("EMAIL");
    assertThat(request.typeNumber()).isEqualTo("KM-5500");
    assertThat(request.contactEmail()).isEqualTo(customer);
    assertThat(request.message()).contains("I lost the manual");
    assertThat(outboxMessages(request.id())).containsExactly(ManualRequestProcess.START_MESSAGE);
  }

  @Test
  void aReplyWithTheReference_joinsThatRequest_andAnswersTheOpenQuestionOnce() throws Exception {
    String customer = "reply-" + unique() + "@example.com";
    SubmittedRequest request = manualRequest(customer);
    progress.askCustomer(request.id(), "Which colour is the type plate under the bowl?", "question:" + unique());
    assertThat(tracking.findById(request.id()).orElseThrow().status()).isEqualTo(RequestStatus.WAITING_FOR_CUSTOMER);

    sendWithAttachment(
        customer, "Re: A question about your request " + request.reference(), "It is silver, photo attached.", TestFiles.png());
    poller.pollOnce();

    InboundMail mail = mailFrom(customer);
    assertThat(mail.state()).isEqualTo(InboundMailState.APPENDED);
    assertThat(mail.requestId()).isEqualTo(request.id());
    RequestDetails details = tracking.findById(request.id()).orElseThrow();
    assertThat(details.status()).isEqualTo(RequestStatus.IN_PROGRESS);
    assertThat(customerMessages(details)).singleElement().satisfies(e -> assertThat(e.summary()).contains("It is silver"));
    assertThat(details.attachments()).extracting(RequestDetails.Attachment::mediaType).contains("image/png");
    assertThat(jdbc.sql("SELECT message_id FROM process_outbox WHERE request_id = ? AND message_name = ?")
            .params(request.id(), ManualRequestProcess.CUSTOMER_ANSWERED_MESSAGE)
            .query(String.class)
            .list())
        .containsExactly(mail.id().toString());
  }

  @Test
  void theSameMailReadTwice_isTakenInOnce() throws Exception {
    String customer = "twice-" + unique() + "@example.com";
    SubmittedRequest request = manualRequest(customer);
    byte[] raw = raw(message(customer, "Re: your request " + request.reference(), "Here is the order number: W-2026-7781"));

    assertThat(intake.take(raw)).isEqualTo(InboundMailIntake.Outcome.APPENDED);
    assertThat(intake.take(raw)).isEqualTo(InboundMailIntake.Outcome.ALREADY_TAKEN);

    assertThat(customerMessages(tracking.findById(request.id()).orElseThrow())).hasSize(1);
    assertThat(inboundMails.all()).filteredOn(m -> customer.equals(m.sender())).hasSize(1);
  }

  @Test
  void htmlWithScript_isStoredAsSanitisedText() throws Exception {
    String customer = "html-" + unique() + "@example.com";
    SubmittedRequest request = manualRequest(customer);
    MimeMessage html = message(customer, "Re: " + request.reference(), null);
    html.setContent(
        "<html><body><p>The plate says <b>KM-5500</b>.</p><script>alert('x')</script>"
            + "<img src=x onerror=\"steal()\"><a href=\"javascript:evil()\">click</a></body></html>",
        "text/html; charset=UTF-8");
    html.saveChanges();
    Transport.send(html);

    poller.pollOnce();

    String summary = customerMessages(tracking.findById(request.id()).orElseThrow()).getFirst().summary();
    assertThat(summary).contains("The plate says KM-5500.").contains("click");
    assertThat(summary).doesNotContain("<", "script", "alert", "onerror", "steal", "javascript");
  }

  @Test
  void aMailThatIsNeitherAReplyNorAManualRequest_opensAGeneralQuestion() throws Exception {
    String customer = "other-" + unique() + "@example.com";
    send(customer, "Opening hours", "Are you open on Sunday?");

    poller.pollOnce();
    poller.pollOnce(); // seen mails are not read again

    assertThat(inboundMails.needingAPerson()).filteredOn(m -> customer.equals(m.sender())).isEmpty();
    var mail = inboundMails.all().stream().filter(m -> customer.equals(m.sender())).toList();
    assertThat(mail).singleElement().satisfies(m -> assertThat(m.state()).isEqualTo(InboundMailState.OPENED));
    RequestDetails request = tracking.findById(mail.getFirst().requestId()).orElseThrow();
    assertThat(request.type()).isEqualTo("GENERAL_QUESTION");
    assertThat(request.channel()).isEqualTo("EMAIL");
    assertThat(request.contactEmail()).isEqualTo(customer);
    assertThat(request.subject()).isEqualTo("Opening hours");
    assertThat(request.message()).contains("Are you open on Sunday?");
    var start =
        jdbc.sql("SELECT message_name, variables::text AS variables FROM process_outbox WHERE request_id = :id")
            .param("id", request.id())
            .query()
            .singleRow();
    assertThat(start.get("message_name")).isEqualTo("CustomerRequestReceived");
    assertThat((String) start.get("variables")).contains("\"team\": \"service-centre\"");
  }

  @Test
  void aReplyNamingAnUnknownReference_opensAGeneralQuestionToo() {
    String customer = "unknown-" + unique() + "@example.com";
    byte[] raw =
        ("From: " + customer + "\r\nTo: " + mailbox + "\r\nSubject: Re: SR-1999-000001\r\nMessage-ID: <" + unique()
                + "@example.com>\r\n\r\nStill waiting for an answer.\r\n")
            .getBytes();

    assertThat(intake.take(raw)).isEqualTo(InboundMailIntake.Outcome.OPENED);

    assertThat(inboundMails.all()).filteredOn(m -> customer.equals(m.sender()))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.state()).isEqualTo(InboundMailState.OPENED);
          assertThat(m.error()).isEqualTo("unknown reference SR-1999-000001");
          assertThat(tracking.findById(m.requestId()).orElseThrow().type()).isEqualTo("GENERAL_QUESTION");
        });
  }

  @Test
  void aMailWithoutSender_isKeptAsFailed() {
    byte[] raw = ("Subject: no sender\r\nMessage-ID: <" + unique() + "@nowhere>\r\n\r\nhello\r\n").getBytes();

    assertThat(intake.take(raw)).isEqualTo(InboundMailIntake.Outcome.FAILED);
    assertThat(intake.take(raw)).isEqualTo(InboundMailIntake.Outcome.ALREADY_TAKEN);
    assertThat(inboundMails.needingAPerson()).filteredOn(m -> "no sender".equals(m.subject()))
        .singleElement()
        .satisfies(m -> {
          assertThat(m.state()).isEqualTo(InboundMailState.FAILED);
          assertThat(m.error()).contains("no sender");
        });
  }

  private SubmittedRequest manualRequest(String customer) {
    return submit("manual", manualRequest("Maria Keller", customer, null, null, "KM-5500", "Please send the manual."));
  }

  private InboundMail mailFrom(String customer) {
    return inboundMails.all().stream().filter(m -> customer.equals(m.sender())).findFirst().orElseThrow();
  }

  private static List<TimelineEntry> customerMessages(RequestDetails details) {
    return details.events().stream().filter(e -> e.kind().equals("CUSTOMER_MESSAGE")).toList();
  }

  private List<String> outboxMessages(UUID requestId) {
    return jdbc.sql("SELECT message_name FROM process_outbox WHERE request_id = ?").param(requestId).query(String.class).list();
  }

  private void send(String from, String subject, String text) throws MessagingException {
    Transport.send(message(from, subject, text));
  }

  private void sendWithAttachment(String from, String subject, String text, byte[] png) throws MessagingException {
    MimeMessage message = message(from, subject, null);
    var body = new MimeBodyPart();
    body.setText(text, "UTF-8");
    var file = new MimeBodyPart();
    file.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
    file.setFileName("plate.png");
    message.setContent(new MimeMultipart(body, file));
    message.saveChanges();
    Transport.send(message);
  }

  private MimeMessage message(String from, String subject, String text) throws MessagingException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", "127.0.0.1");
    properties.put("mail.smtp.port", String.valueOf(TestInfrastructure.greenMail().getSmtp().getPort()));
    MimeMessage message = new MimeMessage(Session.getInstance(properties));
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailbox));
    message.setSubject(subject);
    if (text != null) {
      message.setText(text, "UTF-8");
    }
    return message;
  }

  private static byte[] raw(MimeMessage message) throws Exception {
    message.saveChanges();
    var out = new java.io.ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }

}
