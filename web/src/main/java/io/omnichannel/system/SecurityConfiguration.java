package io.omnichannel.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Customers need no account: the portal and their secret tracking links are public. Everything
 * staff-side needs a login; CSRF protection stays on for every form. Sign-ins are throttled
 * ({@link LoginThrottle}). Every page says where its scripts, styles and images may come from (our
 * own origin only: no inline script or style, no framing) and sends no referrer to other sites, so
 * a tracking link never leaves in a Referer header.
 */
@Configuration
class SecurityConfiguration {

  static final String[] STAFF_ROLES = {"AGENT", "TEAM_LEAD", "PROCESS_OWNER", "ADMIN"};

  /** Our scripts and styles are files of our own origin; images may also be data: URLs (Swagger UI's icons). */
  static final String CONTENT_SECURITY_POLICY = policy("style-src 'self'");

  /**
   * Swagger UI (springdoc's, for the API documentation) puts {@code <style>} elements into the page
   * from its script (its logo's SVG); there, and only there, inline styles are allowed. Scripts stay
   * our origin's files everywhere.
   */
  static final String SWAGGER_UI_POLICY = policy("style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

  /**
   * The console's model and instance pages (bpmn-js diagrams): its modeler builds SVG icons from markup with style
   * attributes, which only 'unsafe-inline' styles let through. Scripts stay our origin's files.
   */
  static final String MODELS_POLICY = policy("style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher MODEL_PAGES = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher("/staff/console/models/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/staff/console/instances/**"));

  private static String policy(String styles) {
    return "default-src 'self'; script-src 'self'; " + styles + "; img-src 'self' data:; object-src 'none';"
        + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  }

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/", "/requests/**", "/track/**", "/c/**", "/p/**", "/rate/**", "/login", "/error",
                        "/css/**", "/webjars/**", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/actuator/health/**", "/actuator/info")
                    .permitAll()
                    .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    // campaigns: process owners set them up and read their funnels; their posters are printed from there
                    .requestMatchers("/staff/campaigns/**")
                    .hasAnyRole("PROCESS_OWNER", "ADMIN")
                    // the process owners' console: models, SLA policies, calendars, instances, dashboard
                    .requestMatchers("/staff/console", "/staff/console/**")
                    .hasAnyRole("PROCESS_OWNER", "ADMIN")
                    .requestMatchers("/staff/complaints/ratings/**")
                    .hasAnyRole("TEAM_LEAD", "PROCESS_OWNER", "ADMIN")
                    .requestMatchers("/staff/watchdog/**")
                    .hasAnyRole("TEAM_LEAD", "PROCESS_OWNER", "ADMIN")
                    // every customer's mail and tracking link: admins of a demo or development installation only
                    .requestMatchers("/dev/**")
                    .hasRole("ADMIN")
                    .requestMatchers("/staff/**")
                    .hasAnyRole(STAFF_ROLES)
                    .anyRequest()
                    .authenticated())
        .headers(SecurityConfiguration::pageHeaders)
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff/tasks", false).permitAll())
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
    return http.build();
  }

  private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI, contentSecurityPolicy(SWAGGER_UI_POLICY)))
        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(MODEL_PAGES, contentSecurityPolicy(MODELS_POLICY)))
        .addHeaderWriter(
            new DelegatingRequestMatcherHeaderWriter(
                new NegatedRequestMatcher(new OrRequestMatcher(SWAGGER_UI, MODEL_PAGES)), contentSecurityPolicy(CONTENT_SECURITY_POLICY)))
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
  }

  private static HeaderWriter contentSecurityPolicy(String policy) {
    return new StaticHeadersWriter("Content-Security-Policy", policy);
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
