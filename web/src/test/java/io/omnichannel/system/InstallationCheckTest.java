package io.omnichannel.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What the first admin's password must be (the rest of the check runs in {@code RealInstallationTest}). */
class InstallationCheckTest {

  @Test
  void aFirstAdminPasswordMustBeLongAndNotTheDemos() {
    assertThatThrownBy(() -> InstallationCheck.refuseWeak("demo")).isInstanceOf(InsecureInstallationException.class);
    assertThatThrownBy(() -> InstallationCheck.refuseWeak("short-pass")).hasMessageContaining("too short");
    InstallationCheck.refuseWeak("four words of my own");
  }
}
