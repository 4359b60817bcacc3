package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Paul opens the dashboard of what customers experience, reads its definitions and downloads its tables; no one else may. */
@EndToEndTest
class DashboardJourneyTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void paulSeesTheFiguresWithTheirDefinitionsAndDownloadsEveryTableAsCsv() {
    ScriptedHistory history = new ScriptedHistory(jdbc);
    // May 2012, on the demo's store calendar (Mon–Fri 09–18): a manual request answered after 2 business hours, closed
    // after 3; a complaint by phone still open
    UUID manual = history.request("MANUAL_REQUEST", "WEB", at("2012-05-08T10:00"), at("2012-05-08T13:00"));
    history.mail(manual, "ack:", at("2012-05-08T10:01"));
    history.mail(manual, "answer:", at("2012-05-08T12:00"));
    history.request("COMPLAINT", "PHONE", at("2012-05-09T09:00"), null);
    // =cmd|… as a request type would be a formula in a spreadsheet
    history.request("=HYPERLINK(\"http://e.vil\")", "API", at("2012-05-10T09:00"), null);

    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");
    assertThat(paul.get("/staff/console").body()).contains("href=\"/staff/console/dashboard\"").contains("What customers experience");

    WebSession.Page page = paul.get("/staff/console/dashboard?from=2012-05-01&to=2012-05-31");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<h1>What customers experience</h1>")
        .contains("id=\"figure-requests\">3</span>")
        .contains("Targets met ÷ targets ended in the period")
        .contains("submission to the first mail delivered to the customer")
        .contains("Not counted: the automatic")
        .contains("business hours")
        .contains("Store hours")
        .contains("data-chart=\"{&quot;type&quot;:&quot;bar&quot;,&quot;labels&quot;:[&quot;API&quot;,&quot;PHONE&quot;,&quot;WEB&quot;],"
            + "&quot;datasets&quot;:[{&quot;label&quot;:&quot;Requests&quot;,&quot;data&quot;:[1.0,1.0,1.0]}]")
        .containsPattern("/webjars/chart.js/[0-9.]+/dist/chart.umd.min.js")
        .contains("/staff/console/dashboard/first-response.csv?from=2012-05-01&amp;to=2012-05-31");

    WebSession.Download csv = paul.download("/staff/console/dashboard/first-response.csv?from=2012-05-01&to=2012-05-31");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("Request type,Answered,Median (business hours),90th percentile (business hours),No reply yet\r\n");
    assertThat(text).contains("MANUAL_REQUEST,1,2.00,2.00,0\r\n").contains("COMPLAINT,0,,,1\r\n").contains("All,1,2.00,2.00,2\r\n");
    assertThat(text).as("a formula is defused").contains("\"'=HYPERLINK(\"\"http://e.vil\"\")\",0,,,1\r\n");

    WebSession.Download channels = paul.download("/staff/console/dashboard/volume-channel.csv?from=2012-05-01&to=2012-05-31");
    assertThat(new String(channels.body(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("Channel,Requests,Share %\r\nAPI,1,33.3\r\nPHONE,1,33.3\r\nWEB,1,33.3\r\n");
  }

  @Test
  void aPeriodThatCannotBeShownIsExplainedPerField() {
    WebSession paul = new WebSession(port);
    paul.signIn("paul", "demo");

    WebSession.Page page = paul.get("/staff/console/dashboard?from=2012-05-31&to=2012-05-01");
    assertThat(page.status()).isEqualTo(400);
    assertThat(page.body()).contains("The last day must be on or after the first day (2012-05-31).").doesNotContain("id=\"figure-requests\"");
    assertThat(paul.get("/staff/console/dashboard?from=yesterday&to=2012-05-01").body()).contains("is not a date: please write it as yyyy-mm-dd.");

    WebSession.Page problem = paul.get("/staff/console/dashboard/backlog.csv?from=2012-05-01&to=2999-01-01");
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(problem.body()).contains("\"to\":\"Please choose today");
    assertThat(paul.get("/staff/console/dashboard/passwords.csv").status()).isEqualTo(404);
  }

  @Test
  void teamLeadsAndAgentsAreRefused() {
    for (String user : new String[] {"lena", "anna"}) {
      WebSession session = new WebSession(port);
      session.signIn(user, "demo");
      assertThat(session.get("/staff/console/dashboard").status()).as(user).isEqualTo(403);
      assertThat(session.get("/staff/console/dashboard/backlog.csv").status()).as(user).isEqualTo(403);
    }
    assertThat(new WebSession(port).get("/staff/console/dashboard/backlog.csv").body()).doesNotContain("Open requests");
  }

  private static java.time.Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }
}
