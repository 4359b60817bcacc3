package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.endtoend.WebSession.Page;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dev mailbox of the demo: a mail it cannot parse is listed as unreadable while every other
 * mail still shows, and only admins read it (it holds every customer's mail and tracking link).
 */
@EndToEndTest
class DevMailboxTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;

  @Value("${spring.mail.host}")
  String smtpHost;

  @Value("${spring.mail.port}")
  int smtpPort;

  @Test
  void malformedMailsAreListedAsUnreadableAndTheOthersStillShow() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    send("Subject: No boundary " + tag + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed\r\n\r\nno parts at all\r\n");
    send("Subject: Unknown charset " + tag + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nhello\r\n");
    send("From: <<<@@@>>>\r\nSubject: Bad sender " + tag + "\r\nContent-Type: text/plain\r\n\r\nhello\r\n");
    send("Subject: Fine " + tag + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nA mail that reads well.\r\n");
    WebSession admin = new WebSession(port);
    admin.signIn("admin", "demo");

    Page list = admin.get("/dev/mail");
    Page json = admin.get("/dev/mail.json");

    assertThat(list.status()).as(list.body()).isEqualTo(200);
    assertThat(list.body()).contains("Fine " + tag).contains("No boundary " + tag).contains("Unknown charset " + tag).contains("Bad sender " + tag);
    assertThat(list.body()).contains("unreadable");
    assertThat(json.status()).isEqualTo(200);
    JsonNode mails = JSON.readTree(json.body());
    JsonNode broken = find(mails, "No boundary " + tag);
    assertThat(broken.get("problem").asText()).isNotBlank();
    assertThat(find(mails, "Fine " + tag).get("problem").isNull()).isTrue();
    assertThat(find(mails, "Fine " + tag).get("text").asText()).contains("A mail that reads well.");

    Page shown = admin.get("/dev/mail/" + broken.get("index").asInt());
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.body()).contains("could not be read");
    ControlCharactersTest.assertNoInternals(shown.body());
    assertThat(admin.get("/dev/mail/" + find(mails, "Bad sender " + tag).get("index").asInt()).status()).isEqualTo(200);
    assertThat(admin.get("/dev/mail/" + find(mails, "Unknown charset " + tag).get("index").asInt()).status()).isEqualTo(200);
  }

  @Test
  void onlyAdminsReadTheDevMailbox() {
    WebSession agent = new WebSession(port);
    agent.signIn("anna", "demo");
    WebSession teamLead = new WebSession(port);
    teamLead.signIn("lena", "demo");
    WebSession anonymous = new WebSession(port);

    assertThat(agent.get("/dev/mail").status()).isEqualTo(403);
    assertThat(agent.get("/dev/mail.json").status()).isEqualTo(403);
    assertThat(agent.get("/dev/mail/0").status()).isEqualTo(403);
    assertThat(agent.get("/staff/tasks").body()).doesNotContain("Dev mailbox");
    assertThat(teamLead.get("/dev/mail").status()).isEqualTo(403);
    assertThat(anonymous.get("/dev/mail").uri().getPath()).isEqualTo("/login");
  }

  private static JsonNode find(JsonNode mails, String subject) {
    for (JsonNode mail : mails) {
      if (subject.equals(mail.get("subject").asText())) {
        return mail;
      }
    }
    throw new AssertionError("no mail with subject " + subject + " in " + mails);
  }

  /** Hands a raw message to the embedded SMTP server, byte for byte, as a broken mailer would. */
  private void send(String message) throws IOException {
    try (Socket socket = new Socket(smtpHost, smtpPort)) {
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = socket.getOutputStream();
      expect(in, "220");
      command(out, in, "HELO test.example", "250");
      command(out, in, "MAIL FROM:<broken@test.example>", "250");
      command(out, in, "RCPT TO:<devmail@shop.example>", "250");
      command(out, in, "DATA", "354");
      out.write((message + "\r\n.\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      expect(in, "250");
      command(out, in, "QUIT", "221");
    }
  }

  private static void command(OutputStream out, BufferedReader in, String line, String expected) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    expect(in, expected);
  }

  private static void expect(BufferedReader in, String code) throws IOException {
    String line;
    do {
      line = in.readLine();
      assertThat(line).as("SMTP answer").isNotNull().startsWith(code);
    } while (line.charAt(3) == '-');
  }
}
