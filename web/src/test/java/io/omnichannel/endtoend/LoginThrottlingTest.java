package io.omnichannel.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import io.omnichannel.endtoend.WebSession.Page;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.net.InetAddress;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Guessing passwords: after a few wrong ones an account is locked for a while, from whatever
 * address, and so is an address that tries many accounts; the login page says so in the same
 * words whether the account exists or not. Each test signs in from a loopback address of its own
 * (127.0.0.x), so the locks it causes stay away from the other tests.
 */
@EndToEndTest
class LoginThrottlingTest {

  private static final String WRONG = "Unknown user name or wrong password.";
  private static final String LOCKED = "Too many failed sign-ins";

  @LocalServerPort int port;
  @Autowired StaffUsers users;

  @Test
  void fiveWrongPasswordsLockTheAccountEvenForTheRightPasswordFromElsewhere() throws Exception {
    String username = account("correct horse battery staple");
    WebSession guesser = new WebSession(port, InetAddress.getByName("127.0.0.11"));
    for (int attempt = 1; attempt <= 5; attempt++) {
      Page refused = guesser.trySignIn(username, "guess-" + attempt);
      assertThat(refused.uri().getPath()).isEqualTo("/login");
      assertThat(refused.body()).contains(attempt < 5 ? WRONG : LOCKED);
    }

    Page owner = new WebSession(port, InetAddress.getByName("127.0.0.12")).trySignIn(username, "correct horse battery staple");

    assertThat(owner.uri().getPath()).isEqualTo("/login");
    assertThat(owner.body()).contains(LOCKED).contains("minute").doesNotContain(WRONG);
  }

  @Test
  void anUnknownAccountIsLockedTheSameWaySoNoOneLearnsWhichAccountsExist() throws Exception {
    String known = account("a long and secret passphrase");
    String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    WebSession first = new WebSession(port, InetAddress.getByName("127.0.0.13"));
    WebSession second = new WebSession(port, InetAddress.getByName("127.0.0.14"));

    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(message(first.trySignIn(known, "guess"))).isEqualTo(message(second.trySignIn(unknown, "guess")));
    }
    String knownLocked = message(first.trySignIn(known, "guess"));
    String unknownLocked = message(second.trySignIn(unknown, "guess"));

    assertThat(knownLocked).contains(LOCKED);
    assertThat(unknownLocked).isEqualTo(knownLocked);
  }

  @Test
  void anAddressThatTriesManyAccountsIsLockedWhileOthersSignInAsUsual() throws Exception {
    WebSession sprayer = new WebSession(port, InetAddress.getByName("127.0.0.15"));
    Page last = null;
    for (int attempt = 1; attempt <= 20; attempt++) {
      last = sprayer.trySignIn("spray-" + attempt + "-" + UUID.randomUUID().toString().substring(0, 6), "password1");
    }
    assertThat(last.body()).contains(LOCKED);

    Page fromSprayer = sprayer.trySignIn("anna", "demo");
    WebSession colleague = new WebSession(port, InetAddress.getByName("127.0.0.16"));
    Page fromColleague = colleague.trySignIn("anna", "demo");

    assertThat(fromSprayer.uri().getPath()).isEqualTo("/login");
    assertThat(fromSprayer.body()).contains(LOCKED);
    assertThat(fromColleague.uri().getPath()).isEqualTo("/staff/tasks");
  }

  /** A staff account of this test's own, so locking it disturbs no other test. */
  private String account(String password) {
    String username = "probe-" + UUID.randomUUID().toString().substring(0, 8);
    users.save(new StaffUser(username, "Probe", username + "@staff.shop.example", new BCryptPasswordEncoder().encode(password), Set.of(StaffRole.AGENT), false, null));
    return username;
  }

  /** The login page's message, without the parts that differ between page loads (the CSRF token). */
  private static String message(Page page) {
    var matcher = java.util.regex.Pattern.compile("<p class=\"error\"[^>]*>([^<]*)</p>").matcher(page.body());
    return matcher.find() ? matcher.group(1).strip() : "(no message)";
  }
}
