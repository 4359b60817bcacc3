package io.omnichannel.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lock-out policy on a clock the test moves: how long, how it grows, what ends it. */
class LoginThrottleTest {

  private static final String HOME = "198.51.100.7";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofHours(1), 100), clock);

  @Test
  void theFifthWrongPasswordLocksTheNameForAMinute_andTheLockEndsByItself() {
    for (int i = 1; i <= 4; i++) {
      assertThat(throttle.failed("anna", HOME)).isEmpty();
    }

    assertThat(throttle.failed("anna", HOME)).contains(Duration.ofMinutes(1));
    assertThat(throttle.locked("anna", "203.0.113.9")).as("from any address").contains(Duration.ofMinutes(1));
    assertThat(throttle.locked("ANNA ", "203.0.113.9")).as("however it is spelt").isPresent();
    assertThat(throttle.locked("ben", HOME)).as("others from the same address").isEmpty();

    clock.advance(Duration.ofSeconds(61));
    assertThat(throttle.locked("anna", HOME)).isEmpty();
  }

  @Test
  void eachFurtherLockIsTwiceAsLongUpToTheMaximum() {
    Duration expected = Duration.ofMinutes(1);
    for (int round = 1; round <= 9; round++) {
      Optional<Duration> lock = Optional.empty();
      for (int i = 1; i <= 5; i++) {
        lock = throttle.failed("paul", HOME + round);
      }
      assertThat(lock).as("lock %d", round).contains(expected);
      clock.advance(expected.plusSeconds(1));
      expected = expected.multipliedBy(2).compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : expected.multipliedBy(2);
    }
  }

  @Test
  void aCorrectPasswordEndsTheCountForTheName_butNotForTheAddress() {
    for (int i = 1; i <= 4; i++) {
      throttle.failed("lena", HOME);
    }
    throttle.succeeded("lena");

    assertThat(throttle.failed("lena", HOME)).as("counting starts again").isEmpty();
  }

  @Test
  void failuresSpreadOverMoreThanTheWindowAreForgiven() {
    for (int i = 1; i <= 4; i++) {
      throttle.failed("tom", "203.0.113." + i);
    }
    clock.advance(Duration.ofMinutes(16));

    assertThat(throttle.failed("tom", HOME)).isEmpty();
  }

  @Test
  void anAddressTryingManyNamesIsLockedForEveryName() {
    for (int i = 1; i < 20; i++) {
      assertThat(throttle.failed("name-" + i, HOME)).isEmpty();
    }

    assertThat(throttle.failed("name-20", HOME)).contains(Duration.ofMinutes(1));
    assertThat(throttle.locked("anna", HOME)).isPresent();
    assertThat(throttle.locked("anna", "203.0.113.1")).isEmpty();
  }

  @Test
  void namesThatExistAndNamesThatDoNotAreCountedAlike() {
    // the throttle never learns whether a name exists: a test of the contract, spelt out
    for (int i = 1; i <= 5; i++) {
      throttle.failed("anna", "203.0.113.1");
      throttle.failed("no-such-person", "203.0.113.2");
    }

    assertThat(throttle.locked("anna", HOME)).isEqualTo(throttle.locked("no-such-person", HOME));
  }

  @Test
  void itRemembersABoundedNumberOfNames() {
    for (int i = 0; i < 1_000; i++) {
      throttle.failed("spray-" + i, "203.0.113." + (i % 200));
    }

    for (int i = 1; i <= 5; i++) {
      throttle.failed("anna", "192.0.2.1");
    }
    assertThat(throttle.locked("anna", "192.0.2.2")).as("a lock made after the spray is kept").isPresent();
  }

  @Test
  void theMessageSaysHowManyMinutesToWait() {
    assertThat(LoginThrottledException.message(Duration.ofSeconds(30))).isEqualTo("Too many failed sign-ins. Please wait 1 minute before you try again.");
    assertThat(LoginThrottledException.message(Duration.ofSeconds(61))).contains("wait 2 minutes");
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-03-02T09:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
