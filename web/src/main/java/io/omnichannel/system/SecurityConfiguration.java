package io.omnichannel.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Customers need no account: the portal and their secret tracking links are public. Everything
 * staff-side needs a login; CSRF protection stays on for every form. Sign-ins are throttled
 * ({@link LoginThrottle}).
 */
@Configuration
class SecurityConfiguration {

  static final String[] STAFF_ROLES = {"AGENT", "TEAM_LEAD", "PROCESS_OWNER", "ADMIN"};

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/", "/requests/**", "/track/**", "/login", "/error",
                        "/css/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    .requestMatchers("/staff/watchdog/**")
                    .hasAnyRole("TEAM_LEAD", "PROCESS_OWNER", "ADMIN")
                    // every customer's mail and tracking link: admins of a demo or development installation only
                    .requestMatchers("/dev/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/staff/**")
                    .hasAnyRole(STAFF_ROLES)
                    .anyRequest()
                    .authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff/tasks", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
    return http.build();
  }

  /** The password check of staff sign-ins, behind the throttle: the one way staff authenticate. */
  @Bean
  AuthenticationProvider staffSignIn(UserDetailsService staff, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(staff);
    passwords.setPasswordEncoder(passwordEncoder);
    return new ThrottledAuthenticationProvider(passwords, throttle);
  }

  /**
   * No observation around each security filter, authentication and authorization: nothing exports
   * them, and they were about 5 % of the application's CPU at 30 requests a second
   * (docs/benchmarks.md). HTTP requests are still observed ({@code http.server.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }
}
