package io.omnichannel.system;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Staff sign-in with the password check behind the {@link LoginThrottle}: a locked name or address
 * is refused before its password is checked; a wrong password is counted, and the one that reaches
 * the limit is answered with the lock already. Unknown names fail exactly as wrong passwords do
 * (the delegate hides which it was and spends the same time on both).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

  private final AuthenticationProvider passwords;
  private final LoginThrottle throttle;

  ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
    this.passwords = passwords;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String username = attempt.getName();
    String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    throttle.locked(username, address).ifPresent(wait -> {
      throw new LoginThrottledException(wait);
    });
    try {
      Authentication authenticated = passwords.authenticate(attempt);
      throttle.succeeded(username);
      return authenticated;
    } catch (BadCredentialsException wrong) {
      throttle.failed(username, address).ifPresent(wait -> {
        throw new LoginThrottledException(wait);
      });
      throw wrong;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return passwords.supports(authentication);
  }
}
