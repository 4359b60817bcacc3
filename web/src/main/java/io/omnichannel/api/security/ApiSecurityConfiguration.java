package io.omnichannel.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.omnichannel.api.ApiProblems;
import io.omnichannel.integrations.ApiKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API's own filter chain, ahead of the one for pages: stateless, a key per integration
 * instead of a login, no CSRF (no cookies are involved that a browser would send on its own),
 * and problem details instead of a login page.
 */
@Configuration
class ApiSecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeys keys, ObjectMapper json) throws Exception {
    ProblemResponses problems = new ProblemResponses(json);
    http.securityMatcher("/api/**")
        .csrf(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .httpBasic(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // JSON only: nothing in an answer may run, load or be framed, and no referrer leaves
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .addFilterAfter(new ApiBodyLimitFilter(problems), SecurityContextHolderFilter.class)
        .addFilterBefore(new ApiKeyAuthenticationFilter(keys), AnonymousAuthenticationFilter.class)
        .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ApiKeyAuthenticationFilter.ROLE))
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, e) -> {
                          response.setHeader("WWW-Authenticate", "ApiKey header=\"X-API-Key\"");
                          boolean rejected = request.getAttribute(ApiKeyAuthenticationFilter.KEY_REJECTED) != null;
                          problems.write(
                              request,
                              response,
                              HttpStatus.UNAUTHORIZED,
                              ApiProblems.UNAUTHORIZED,
                              "API key required",
                              rejected
                                  ? "The key in the X-API-Key header is not known or was revoked."
                                  : "Send your integration's key in the X-API-Key header.");
                        })
                    .accessDeniedHandler(
                        (request, response, e) ->
                            problems.write(
                                request, response, HttpStatus.FORBIDDEN, ApiProblems.FORBIDDEN, "Forbidden", "This key may not do this.")));
    return http.build();
  }
}
