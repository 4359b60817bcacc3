package io.omnichannel.system;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused without looking at the password: too many failed ones for this user name or
 * from this address. The message is what the login page shows, the same for every name.
 */
class LoginThrottledException extends LockedException {

  LoginThrottledException(Duration wait) {
    super(message(wait));
  }

  static String message(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return "Too many failed sign-ins. Please wait " + minutes + (minutes == 1 ? " minute" : " minutes") + " before you try again.";
  }
}
