package io.omnichannel.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address, and locks either for a while once
 * it had too many: the lock grows with each repeat ({@link LoginThrottleProperties}). A name that
 * does not exist is counted and locked exactly like one that does, so the answers never tell which
 * accounts exist. Kept in memory: a restart forgets, and with several instances each counts its
 * own sign-ins.
 */
@Component
class LoginThrottle {

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

  private final LoginThrottleProperties settings;
  private final Clock clock;
  private final Map<String, Counter> accounts = new ConcurrentHashMap<>();
  private final Map<String, Counter> addresses = new ConcurrentHashMap<>();

  LoginThrottle(LoginThrottleProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** How long this sign-in must wait; empty when it may be tried now. */
  Optional<Duration> locked(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (Counter counter : new Counter[] {accounts.get(key(username)), address == null ? null : addresses.get(address)}) {
      if (counter != null && counter.isLocked(now)) {
        Duration left = Duration.between(now, counter.lockedUntil);
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /**
   * Counts a wrong password.
   *
   * @return how long the name or the address is locked now, when this failure locked either
   */
  Optional<Duration> failed(String username, String address) {
    Instant now = clock.instant();
    Optional<Duration> account = count(accounts, key(username), settings.failuresPerAccount(), now);
    Optional<Duration> client = address == null ? Optional.empty() : count(addresses, address, settings.failuresPerAddress(), now);
    account.ifPresent(lock -> log.warn("Sign-in for user name '{}' locked for {} after {} failures", username, lock, settings.failuresPerAccount()));
    client.ifPresent(lock -> log.warn("Sign-in from {} locked for {} after {} failures", address, lock, settings.failuresPerAddress()));
    return account.isPresent() || client.isPresent() ? locked(username, address) : Optional.empty();
  }

  /** A correct password ends the count for the name (not for the address: one known account must not reset a guesser). */
  void succeeded(String username) {
    accounts.remove(key(username));
  }

  private Optional<Duration> count(Map<String, Counter> counters, String key, int limit, Instant now) {
    if (!counters.containsKey(key) && counters.size() >= settings.maxTracked()) {
      forgetTheOldest(counters, now);
    }
    Counter counter = counters.computeIfAbsent(key, k -> new Counter());
    synchronized (counter) {
      return counter.failed(now, limit, settings);
    }
  }

  /** Keeps memory bounded: counters that lock nothing go first, then the longest unused. */
  private void forgetTheOldest(Map<String, Counter> counters, Instant now) {
    counters.entrySet().removeIf(entry -> entry.getValue().isStale(now, settings));
    int excess = counters.size() - settings.maxTracked() + 1;
    if (excess > 0) {
      record LastUse(String key, Instant at) {}
      counters.entrySet().stream()
          .map(entry -> new LastUse(entry.getKey(), entry.getValue().lastFailure))
          .toList()
          .stream()
          .sorted(Comparator.comparing(LastUse::at))
          .limit(excess)
          .forEach(oldest -> counters.remove(oldest.key()));
    }
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static final class Counter {
    private int failures;
    private int lockouts;
    private Instant firstFailure = Instant.EPOCH;
    private volatile Instant lastFailure = Instant.EPOCH;
    private volatile Instant lockedUntil = Instant.EPOCH;

    boolean isLocked(Instant now) {
      return now.isBefore(lockedUntil);
    }

    Optional<Duration> failed(Instant now, int limit, LoginThrottleProperties settings) {
      if (Duration.between(firstFailure, now).compareTo(settings.window()) > 0) {
        failures = 0; // failures long ago are forgiven
        firstFailure = now;
      }
      if (Duration.between(lockedUntil, now).compareTo(settings.maxLockout().plus(settings.window())) > 0) {
        lockouts = 0; // quiet for long enough after the last lock: the next starts small again
      }
      failures++;
      lastFailure = now;
      if (failures < limit) {
        return Optional.empty();
      }
      failures = 0;
      Duration lock = settings.firstLockout().multipliedBy(1L << Math.min(lockouts, 20));
      if (lock.compareTo(settings.maxLockout()) > 0) {
        lock = settings.maxLockout();
      }
      lockouts++;
      lockedUntil = now.plus(lock);
      return Optional.of(lock);
    }

    /** Nothing to remember: no lock, no recent failure, no lock recent enough to make the next one longer. */
    boolean isStale(Instant now, LoginThrottleProperties settings) {
      return Duration.between(lastFailure, now).compareTo(settings.window()) > 0
          && Duration.between(lockedUntil, now).compareTo(settings.maxLockout().plus(settings.window())) > 0;
    }
  }
}
