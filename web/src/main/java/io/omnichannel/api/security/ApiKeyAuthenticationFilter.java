package io.omnichannel.api.security;

import io.omnichannel.api.ApiDocumentation;
import io.omnichannel.integrations.ApiKeys;
import io.omnichannel.integrations.Integration;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an integration by the key in {@code X-API-Key}. Without a valid key the request
 * stays anonymous and the entry point answers 401; the attribute tells it which case it was.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

  static final String ROLE = "INTEGRATION";
  static final String KEY_REJECTED = ApiKeyAuthenticationFilter.class.getName() + ".rejected";

  private final ApiKeys keys;
  private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

  ApiKeyAuthenticationFilter(ApiKeys keys) {
    this.keys = keys;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(ApiDocumentation.API_KEY_HEADER);
    if (key != null) {
      Optional<Integration> integration = keys.authenticate(key);
      if (integration.isPresent()) {
        var authentication =
            new PreAuthenticatedAuthenticationToken(integration.get(), null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        var context = contexts.createEmptyContext();
        context.setAuthentication(authentication);
        contexts.setContext(context);
      } else {
        request.setAttribute(KEY_REJECTED, true);
      }
    }
    chain.doFilter(request, response);
  }
}
