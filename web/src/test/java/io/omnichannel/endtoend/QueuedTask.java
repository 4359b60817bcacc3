package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.omnichannel.endtoend.WebSession.Upload;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A review task of the service centre, raised through the portal for a test of its own. */
record QueuedTask(String reference, String email, long jobKey, long processInstanceKey) {

  private static final Pattern REFERENCE = Pattern.compile("SR-\\d{4}-\\d{6}");

  /** A request the automation cannot finish (no manual for HB-12 in the library), waiting in the service centre's queue. */
  static QueuedTask raise(int port, JdbcClient jdbc, String customer) {
    String email = customer.toLowerCase().replace(' ', '.') + "+" + System.nanoTime() + "@example.com";
    WebSession session = new WebSession(port);
    session.get("/requests/manual/new");
    WebSession.Page status =
        session.postMultipart(
            "/requests/manual",
            Map.of("name", customer, "email", email, "customerNumber", "K-101342", "typeNumber", "HB-12"),
            (Upload) null);
    Matcher matcher = REFERENCE.matcher(status.body());
    assertThat(matcher.find()).as("a reference on the status page").isTrue();
    String reference = matcher.group();
    return await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> jdbc.sql("select job_key, process_instance_key from user_tasks where reference = ? and state = 'OPEN'")
                .param(reference)
                .query((rs, row) -> new QueuedTask(reference, email, rs.getLong(1), rs.getLong(2)))
                .optional()
                .orElse(null),
            t -> t != null);
  }
}
