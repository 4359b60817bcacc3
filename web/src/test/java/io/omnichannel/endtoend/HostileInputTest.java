package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.endtoend.WebSession.Upload;
import io.omnichannel.workerstest.TestFiles;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a hostile customer sends through the anonymous portal: taken in, bounded, and handed to a person. */
@EndToEndTest
class HostileInputTest {

  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  @LocalServerPort int port;

  @Autowired JdbcClient jdbc;

  @Test
  void aReceiptThatUnpacksTo200MegabytesIsTakenInAndLeftToTheTeamWithTheReason() {
    byte[] bomb = TestFiles.packedPdf(200);
    WebSession customer = new WebSession(port);
    customer.get("/requests/manual/new");

    Page status =
        customer.postMultipart(
            "/requests/manual",
            Map.of("name", "Eve Hostile", "email", "eve+" + System.nanoTime() + "@example.com", "typeNumber", "KM-5500"),
            new Upload("attachment", "receipt.pdf", "application/pdf", bomb));

    assertThat(status.status()).isEqualTo(200);
    assertThat(status.uri().getPath()).startsWith("/track/");
    String reference = reference(status.body());
    long jobKey =
        await()
            .atMost(Duration.ofSeconds(60))
            .until(
                () -> jdbc.sql("select job_key from user_tasks where reference = ? and state = 'OPEN'").param(reference).query(Long.class).optional().orElse(null),
                key -> key != null);
    WebSession anna = new WebSession(port);
    anna.signIn("anna", "demo");
    Page task = anna.get("/staff/tasks/" + jobKey);
    assertThat(task.body())
        .contains("The receipt PDF could not be read automatically (it unpacks to more than 32 MB); please check it by eye.")
        .contains("Not read automatically: it unpacks to more than 32 MB. Open the file to check it.");
  }

  private static String reference(String page) {
    Matcher matcher = REFERENCE.matcher(page);
    assertThat(matcher.find()).as("a reference number on the page").isTrue();
    return matcher.group();
  }
}
