package io.omnichannel.journeys.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.conversation.CustomerConversation;
import io.omnichannel.inbound.InboundMailIntake;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.SubmittedRequest;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import io.omnichannel.tasks.TaskMirror;
import io.omnichannel.tasks.UserTaskJob;
import io.omnichannel.tasks.UserTasks;
import io.omnichannel.workerstest.ServiceCoreTest;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A complaint case by e-mail and its escalations, on real PostgreSQL: the mail rule, replies, priority and the team lead's mail. */
class ComplaintCaseTest extends ServiceCoreTest {

  @Autowired InboundMailIntake inbound;
  @Autowired CustomerConversation conversation;
  @Autowired RequestTracking tracking;
  @Autowired ComplaintEscalations escalations;
  @Autowired ComplaintDigest digest;
  @Autowired io.omnichannel.requests.RequestLedger ledger;
  @Autowired TaskMirror mirror;
  @Autowired UserTasks tasks;
  @Autowired StaffDirectory directory;
  @Autowired StaffUsers users;
  @Autowired JdbcClient jdbc;
  @Autowired io.omnichannel.notifications.MailDispatcher mailDispatcher;

  /** The mails a test enqueued go out, so no later test of the shared context finds a backlog in its batch. */
  @org.junit.jupiter.api.AfterEach
  void deliverTheMailsEnqueued() {
    while (mailDispatcher.sendDue(java.time.Instant.now()) > 0) {
      // the next batch
    }
  }

  @Test
  void aMailWithWordsOfComplaint_opensAComplaint_andAReplyNamingItsReference_isARepeatedContact() throws Exception {
    String customer = "mail-" + unique() + "@example.com";
    assertThat(inbound.take(mail(customer, "Beschwerde: Tisch", "Der Tisch kam zerkratzt und kaputt an."))).isEqualTo(InboundMailIntake.Outcome.OPENED);
    UUID id = requestOf(customer);
    var complaint = tracking.findById(id).orElseThrow();
    assertThat(complaint.type()).isEqualTo("COMPLAINT");
    assertThat(complaint.channel()).isEqualTo("EMAIL");

    // a reply that is not the answer to a question: a repeated contact
    assertThat(inbound.take(mail(customer, "Re: " + complaint.reference(), "Hello? Nobody answers."))).isEqualTo(InboundMailIntake.Outcome.APPENDED);
    assertThat(messages(id)).containsExactly("ComplaintReceived", "ComplaintRepeated");

    // staff ask her a question: her answer moves the case on and is no repeated contact
    conversation.askCustomer(id, "Which order number was the table delivered with?", "question:" + unique());
    assertThat(inbound.take(mail(customer, "Re: " + complaint.reference(), "Order W-2026-1234."))).isEqualTo(InboundMailIntake.Outcome.APPENDED);
    assertThat(messages(id)).containsExactly("ComplaintReceived", "ComplaintRepeated", "CustomerAnswered");

    // a new mail without the reference, but with words of complaint, joins the open case too
    assertThat(inbound.take(mail(customer, "Unacceptable", "Still waiting for my refund."))).isEqualTo(InboundMailIntake.Outcome.OPENED);
    assertThat(jdbc.sql("SELECT count(*) FROM service_requests WHERE contact_email = ?").param(customer).query(Long.class).single()).isEqualTo(1);
    assertThat(messages(id)).containsExactly("ComplaintReceived", "ComplaintRepeated", "CustomerAnswered", "ComplaintRepeated");
  }

  @Test
  void aRepeatedContact_raisesTheTasksPriority_andTellsTheTeamLeadOnce() {
    String lead = leadOfTheComplaintsTeam();
    SubmittedRequest complaint = submit("complaint", ComplaintIntakeTest.complaint(unique() + "@example.com", "The lamp flickers."));
    long jobKey = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 4);
    mirror.mirror(handleComplaintJob(jobKey, complaint));
    assertThat(tasks.find(jobKey).orElseThrow().priority()).isEqualTo(50);

    assertThat(escalations.repeated(complaint.id(), 2).priority()).isEqualTo(65);
    assertThat(escalations.repeated(complaint.id(), 2).priority()).isEqualTo(65);

    assertThat(tasks.find(jobKey).orElseThrow().priority()).isEqualTo(65);
    assertThat(mailsTo(lead, complaint.id())).singleElement().satisfies(subject -> assertThat(subject).contains("contact #2"));
    assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE dedup_key = ?").param("repeated-complaint-ack:" + complaint.id() + ":2")
        .query(Long.class).single()).isEqualTo(1);
    assertThat(tracking.findById(complaint.id()).orElseThrow().events())
        .filteredOn(e -> e.kind().equals("REPEATED_CONTACT_ESCALATED"))
        .singleElement()
        .satisfies(e -> assertThat(e.summary()).isEqualTo("Repeated contact #2: priority raised to 65, the team lead was told at once."));

    escalations.repeated(complaint.id(), 3);
    assertThat(tasks.find(jobKey).orElseThrow().priority()).isEqualTo(80);
    assertThat(mailsTo(lead, complaint.id())).hasSize(2);
  }

  @Test
  void theEscalationOfOneContact_catchesUpWithTheNextOnes_whoseMessagesTheEngineDidNotCorrelate() {
    String lead = leadOfTheComplaintsTeam();
    String email = unique() + "@example.com";
    SubmittedRequest complaint = submit("complaint", ComplaintIntakeTest.complaint(email, "The lamp flickers."));
    submit("complaint", ComplaintIntakeTest.complaint(email, "Hello?"));
    var post = new java.util.HashMap<>(ComplaintIntakeTest.complaint(email, "Posted about it."));
    post.put("publicUrl", "https://social.example.com/lamp");
    submit("complaint", io.omnichannel.requests.IntakeInput.of(post), io.omnichannel.requests.IntakeChannel.PUBLIC);

    // only contact #2's message reached the process: its job handles #3 too
    var escalated = escalations.repeated(complaint.id(), 2);

    assertThat(escalated.priority()).isEqualTo(80);
    assertThat(escalated.inPublic()).isTrue();
    assertThat(mailsTo(lead, complaint.id())).hasSize(2).anySatisfy(s -> assertThat(s).contains("contact #3"));
    // #3's own job, should its message arrive after all, sends nothing twice
    escalations.repeated(complaint.id(), 3);
    assertThat(mailsTo(lead, complaint.id())).hasSize(2);
  }

  @Test
  void aPublicComplaint_tellsTheTeamLeadAndEveryProcessOwnerOnce() {
    String lead = leadOfTheComplaintsTeam();
    String owner = "owner-" + unique();
    users.save(new StaffUser(owner, "Olga Owner", owner + "@staff.shop.example", "x", Set.of(StaffRole.PROCESS_OWNER), false, null));
    var fields = new java.util.HashMap<>(ComplaintIntakeTest.complaint(unique() + "@example.com", "Torn sofa, see my review."));
    fields.put("publicUrl", "https://reviews.example.com/shop/99");
    SubmittedRequest complaint = submit("complaint", io.omnichannel.requests.IntakeInput.of(fields), io.omnichannel.requests.IntakeChannel.PUBLIC);

    escalations.alertPublic(complaint.id());
    escalations.alertPublic(complaint.id());

    assertThat(mailsTo(lead, complaint.id())).singleElement().satisfies(s -> assertThat(s).startsWith("Public complaint " + complaint.reference()));
    assertThat(mailsTo(owner, complaint.id())).hasSize(1);
    assertThat(jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key = ?").param("public-complaint:" + complaint.id() + ":" + owner)
        .query(String.class).single()).contains("https://reviews.example.com/shop/99");
  }

  @Test
  void theDailyDigest_listsTheComplaintsPastTheirPromise_onceADay_andIsNotSentWhenNoneIsLate() {
    String owner = "digest-owner-" + unique();
    users.save(new StaffUser(owner, "Olga Owner", owner + "@staff.shop.example", "x", Set.of(StaffRole.PROCESS_OWNER), false, null));
    LocalDate quietDay = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(30_000));
    assertThat(digest.send(quietDay)).isZero();
    assertThat(digestsTo(owner)).isEmpty();

    SubmittedRequest late = submit("complaint", ComplaintIntakeTest.complaint(unique() + "@example.com", "The lamp flickers."));
    jdbc.sql("UPDATE service_requests SET expected_by = now() - interval '1 hour' WHERE id = ?").param(late.id()).update();
    try {
      LocalDate day = quietDay.plusDays(1);
      assertThat(digest.send(day)).isPositive();
      assertThat(digest.send(day)).isZero();

      assertThat(digestsTo(owner)).singleElement().satisfies(body -> assertThat(body).contains(late.reference()).contains("Tom Painter"));
    } finally {
      ledger.close(late.id());
    }
  }

  private List<String> digestsTo(String username) {
    return jdbc.sql("SELECT body FROM mail_outbox WHERE dedup_key LIKE 'complaint-digest:%' AND recipient = ?")
        .param(users.find(username).orElseThrow().email()).query(String.class).list();
  }

  private String leadOfTheComplaintsTeam() {
    return directory.team("complaints").map(Team::leadUsername).orElseGet(() -> {
      String lead = "lead-" + unique();
      users.save(new StaffUser(lead, "Lena Lead", lead + "@staff.shop.example", "x", Set.of(StaffRole.TEAM_LEAD), false, null));
      directory.saveTeam(new Team("complaints", "Complaints", lead, null));
      return lead;
    });
  }

  private List<String> mailsTo(String username, UUID requestId) {
    String email = users.find(username).orElseThrow().email();
    return jdbc.sql("SELECT subject FROM mail_outbox WHERE request_id = ? AND recipient = ? ORDER BY created_at")
        .params(requestId, email).query(String.class).list();
  }

  private static UserTaskJob handleComplaintJob(long jobKey, SubmittedRequest complaint) {
    return new UserTaskJob(
        jobKey, jobKey + 1_000_000, jobKey + 2_000_000, "complaint", "UserTask_HandleComplaint",
        Map.of(UserTaskJob.HEADER_CANDIDATE_GROUPS, "[\"complaints\"]", UserTaskJob.HEADER_FORM_KEY, "complaint-reply"),
        Map.of("requestId", complaint.id().toString(), "reference", complaint.reference()),
        Instant.now().plus(Duration.ofMinutes(10)));
  }

  private UUID requestOf(String customer) {
    return jdbc.sql("SELECT id FROM service_requests WHERE contact_email = ?").param(customer).query(UUID.class).single();
  }

  private List<String> messages(UUID requestId) {
    return jdbc.sql("SELECT message_name FROM process_outbox WHERE request_id = ? ORDER BY created_at, id").param(requestId)
        .query(String.class).list();
  }

  private static byte[] mail(String from, String subject, String text) throws Exception {
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress(from, "Tom Painter"));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress("service@shop.example"));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@example.com>");
    message.saveChanges();
    message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@example.com>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }
}
