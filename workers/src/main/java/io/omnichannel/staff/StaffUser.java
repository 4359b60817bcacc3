package io.omnichannel.staff;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member of staff. An absence runs from {@code absentFrom} (null: it has begun) to the last day
 * {@code absentUntil} (null: until the person says they are back).
 */
public record StaffUser(
    String username,
    String displayName,
    String email,
    String passwordHash,
    Set<StaffRole> roles,
    boolean absent,
    LocalDate absentFrom,
    LocalDate absentUntil) {

  public StaffUser {
    roles = Set.copyOf(roles);
  }

  /** An account without a planned start of absence: absent from now on when {@code absent} is set. */
  public StaffUser(
      String username,
      String displayName,
      String email,
      String passwordHash,
      Set<StaffRole> roles,
      boolean absent,
      LocalDate absentUntil) {
    this(username, displayName, email, passwordHash, roles, absent, null, absentUntil);
  }

  public boolean isAvailableOn(LocalDate day) {
    return !isAbsentOn(day);
  }

  public boolean isAbsentOn(LocalDate day) {
    return absent
        && (absentFrom == null || !day.isBefore(absentFrom))
        && (absentUntil == null || !day.isAfter(absentUntil));
  }

  public boolean hasRole(StaffRole role) {
    return roles.contains(role);
  }
}
