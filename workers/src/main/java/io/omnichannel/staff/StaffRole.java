package io.omnichannel.staff;

/** What a staff member may do; Spring Security sees them as {@code ROLE_AGENT} etc. */
public enum StaffRole {
  AGENT,
  TEAM_LEAD,
  PROCESS_OWNER,
  ADMIN;

  public String authority() {
    return "ROLE_" + name();
  }
}
