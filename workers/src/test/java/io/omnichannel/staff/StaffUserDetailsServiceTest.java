package io.omnichannel.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnichannel.tasks.StaffContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class StaffUserDetailsServiceTest extends StaffContextTest {

  /** The encoder the web application configures. */
  private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

  @Autowired StaffUserDetailsService userDetails;
  @Autowired StaffDirectory directory;

  @Test
  void demoStaffLogInWithTheDemoPasswordAndTheirRoles() {
    UserDetails lena = userDetails.loadUserByUsername("lena");

    assertThat(encoder.matches("demo", lena.getPassword())).isTrue();
    assertThat(encoder.matches("wrong", lena.getPassword())).isFalse();
    assertThat(lena.getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactlyInAnyOrder("ROLE_TEAM_LEAD", "ROLE_AGENT");
    assertThat(userDetails.loadUserByUsername("paul").getAuthorities())
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_PROCESS_OWNER");
  }

  @Test
  void unknownUsersAreRefused() {
    assertThatThrownBy(() -> userDetails.loadUserByUsername("mallory")).isInstanceOf(UsernameNotFoundException.class);
  }

  @Test
  void theDirectoryKnowsTeamsMembersAndLeads() {
    assertThat(directory.teamsOf("anna")).containsExactly("service-centre");
    assertThat(directory.membersOf("service-centre")).extracting(StaffUser::username).contains("anna", "ben", "lena");
    assertThat(directory.leadOf("service-centre")).map(StaffUser::username).contains("lena");
    assertThat(directory.isMember("sophie", "service-centre")).isFalse();
  }
}
