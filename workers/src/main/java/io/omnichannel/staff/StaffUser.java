package io.omnichannel.staff;

import java.time.LocalDate;
import java.util.Set;

/**
 * A member of staff. {@code absentUntil} is the last day of an absence; an absence without an end
 * lasts until someone clears the flag.
 */
public record StaffUser(
    String username,
    String displayName,
    String email,
    String passwordHash,
    Set<StaffRole> roles,
    boolean absent,
    LocalDate absentUntil) {

  public StaffUser {
    roles = Set.copyOf(roles);
  }

  public boolean isAvailableOn(LocalDate day) {
    return !absent || (absentUntil != null && day.isAfter(absentUntil));
  }
}
