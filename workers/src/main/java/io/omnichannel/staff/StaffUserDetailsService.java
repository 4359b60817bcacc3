package io.omnichannel.staff;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Staff login against {@code staff_users}. The column holds a plain bcrypt hash; the {@code {bcrypt}}
 * prefix lets the application's delegating password encoder pick the right algorithm.
 */
@Service
public class StaffUserDetailsService implements UserDetailsService {

  private final StaffUsers users;

  public StaffUserDetailsService(StaffUsers users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    StaffUser user =
        users.find(username).orElseThrow(() -> new UsernameNotFoundException("no staff user " + username));
    String hash = user.passwordHash().startsWith("{") ? user.passwordHash() : "{bcrypt}" + user.passwordHash();
    return User.withUsername(user.username())
        .password(hash)
        .authorities(user.roles().stream().map(StaffRole::authority).sorted().toArray(String[]::new))
        .build();
  }
}
