package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Only process owners and admins reach the console; the others are refused, not shown an empty page. */
@EndToEndTest
class ConsoleAccessTest {

  @LocalServerPort int port;

  @Test
  void processOwnersAndAdminsReachTheConsole_agentsAndTeamLeadsDoNot() {
    for (String user : new String[] {"paul", "admin"}) {
      WebSession session = new WebSession(port);
      session.signIn(user, "demo");
      WebSession.Page start = session.get("/staff/console");
      assertThat(start.status()).as(user).isEqualTo(200);
      assertThat(start.body()).as(user).contains("<h1>Console</h1>").contains("href=\"/staff/console\"");
    }
    for (String user : new String[] {"anna", "lena"}) {
      WebSession session = new WebSession(port);
      session.signIn(user, "demo");
      assertThat(session.get("/staff/console").status()).as(user).isEqualTo(403);
      assertThat(session.get("/staff/console/anything").status()).as(user).isEqualTo(403);
      assertThat(session.get("/staff/tasks").body()).as(user).doesNotContain("href=\"/staff/console\"");
    }
  }
}
