package io.omnichannel.system;

import io.omnichannel.demo.StaffDemoData;
import io.omnichannel.integrations.ApiKeys;
import io.omnichannel.integrations.DemoApiKeys;
import io.omnichannel.platform.StartupLock;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A real installation (demo data off) starts only with credentials of its own. With no staff
 * account at all, it creates the first admin from {@code orchestrator.admin.initial-password}, or
 * refuses to start and says how to give one. While any staff account still has the demo's password
 * or the demo's API keys still work (a database that once ran the demo), it refuses to start and
 * names them. Runs before the web server takes its first request.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "false", matchIfMissing = true)
class InstallationCheck implements SmartInitializingSingleton {

  static final int MIN_PASSWORD_LENGTH = 12;
  static final String FIRST_ADMIN = "admin";

  private static final Logger log = LoggerFactory.getLogger(InstallationCheck.class);
  private static final String KEEP_THE_DEMO =
      "To keep trying the demo instead, start with the demo profile (--spring.profiles.active=demo) or orchestrator.demo-data.enabled=true.";

  private final StaffUsers users;
  private final ApiKeys keys;
  private final PasswordEncoder passwords;
  private final AdminProperties admin;
  private final StartupLock startupLock;

  InstallationCheck(StaffUsers users, ApiKeys keys, PasswordEncoder passwords, AdminProperties admin, StartupLock startupLock) {
    this.startupLock = startupLock;
    this.users = users;
    this.keys = keys;
    this.passwords = passwords;
    this.admin = admin;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(this::createTheFirstAdmin);
    refuseTheDemosCredentials();
  }

  private void createTheFirstAdmin() {
    String password = admin.initialPassword();
    boolean given = password != null && !password.isBlank();
    if (users.count() > 0) {
      if (given) {
        log.info("orchestrator.admin.initial-password is not used: staff accounts exist (it creates the first admin only). You may remove it.");
      }
      return;
    }
    if (!given) {
      throw new InsecureInstallationException(
          "There is no staff account yet, so nobody could sign in, and no password for the first admin was given.",
          "Set the first admin's password, e.g. the environment variable ORCHESTRATOR_ADMIN_INITIAL_PASSWORD (property"
              + " orchestrator.admin.initial-password; at least " + MIN_PASSWORD_LENGTH + " characters), and start again: the"
              + " account '" + FIRST_ADMIN + "' is created with it once. " + KEEP_THE_DEMO);
    }
    refuseWeak(password);
    users.save(new StaffUser(FIRST_ADMIN, "Administrator", admin.initialEmail(), passwords.encode(password), Set.of(StaffRole.ADMIN), false, null));
    log.info("Created the first admin account '{}' from orchestrator.admin.initial-password. It is used only this once: you may remove it now.", FIRST_ADMIN);
  }

  static void refuseWeak(String password) {
    if (password.length() < MIN_PASSWORD_LENGTH || password.equalsIgnoreCase(StaffDemoData.PASSWORD)) {
      throw new InsecureInstallationException(
          "The password for the first admin (orchestrator.admin.initial-password) is too short.",
          "Give a password of at least " + MIN_PASSWORD_LENGTH + " characters, e.g. a few words, and start again.");
    }
  }

  private void refuseTheDemosCredentials() {
    List<String> demoPasswords =
        users.all().stream().filter(this::hasTheDemoPassword).map(StaffUser::username).toList();
    List<String> demoKeys =
        DemoApiKeys.INTEGRATIONS.stream().filter(integration -> keys.authenticate(DemoApiKeys.keyOf(integration)).isPresent()).toList();
    if (demoPasswords.isEmpty() && demoKeys.isEmpty()) {
      return;
    }
    List<String> found = new ArrayList<>();
    List<String> fixes = new ArrayList<>();
    if (!demoPasswords.isEmpty()) {
      found.add("staff accounts with the demo password '" + StaffDemoData.PASSWORD + "': " + String.join(", ", demoPasswords));
      fixes.add(
          "give each of these accounts a password of its own, in SQL: CREATE EXTENSION IF NOT EXISTS pgcrypto; UPDATE staff_users"
              + " SET password_hash = crypt('<a new password>', gen_salt('bf', 10)) WHERE username = '<name>';");
    }
    if (!demoKeys.isEmpty()) {
      found.add(
          "API keys of the demo: "
              + demoKeys.stream().map(i -> "integration '" + i + "' (" + DemoApiKeys.keyOf(i) + ")").collect(Collectors.joining(", ")));
      fixes.add(
          "revoke the demo keys: UPDATE api_keys SET revoked_at = now() WHERE name IN ("
              + demoKeys.stream().map(i -> "'" + i + "'").collect(Collectors.joining(", "))
              + "); and issue keys of your own (docs/api.md)");
    }
    throw new InsecureInstallationException(
        "This installation runs without demo data (orchestrator.demo-data.enabled is off), but it still has the demo's"
            + " published credentials, with which anyone who read the README could sign in or call the API:\n  - "
            + String.join("\n  - ", found),
        "Before starting it again, " + String.join("; and ", fixes) + " " + KEEP_THE_DEMO);
  }

  private boolean hasTheDemoPassword(StaffUser user) {
    String hash = user.passwordHash();
    // the column holds a plain bcrypt hash, as StaffUserDetailsService reads it
    return passwords.matches(StaffDemoData.PASSWORD, hash.startsWith("{") ? hash : "{bcrypt}" + hash);
  }
}
