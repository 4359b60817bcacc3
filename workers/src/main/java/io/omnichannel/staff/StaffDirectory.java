package io.omnichannel.staff;

import io.omnichannel.platform.BusinessDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Who belongs to which team, and who leads it. */
@Service
public class StaffDirectory {

  private final JdbcClient jdbc;
  private final BusinessDate date;

  public StaffDirectory(JdbcClient jdbc, BusinessDate date) {
    this.jdbc = jdbc;
    this.date = date;
  }

  public Optional<Team> team(String teamId) {
    return jdbc.sql("select id, name, lead_username, calendar_id from teams where id = ?")
        .param(teamId)
        .query(Team.class)
        .optional();
  }

  /** The ids of the teams a user belongs to; the candidate groups of tasks are team ids. */
  public List<String> teamsOf(String username) {
    return jdbc.sql("select team_id from team_members where username = ? order by team_id")
        .param(username)
        .query(String.class)
        .list();
  }

  public List<StaffUser> membersOf(String teamId) {
    return jdbc.sql(
            "select " + StaffUsers.COLUMNS
                + " from staff_users u join team_members m on m.username = u.username"
                + " where m.team_id = ? order by u.username")
        .param(teamId)
        .query(StaffUsers::map)
        .list();
  }

  /** Members who are at work today: the ones a reminder should reach. */
  public List<StaffUser> availableMembersOf(String teamId) {
    LocalDate today = date.today();
    return membersOf(teamId).stream().filter(u -> u.isAvailableOn(today)).toList();
  }

  public Optional<StaffUser> leadOf(String teamId) {
    return jdbc.sql(
            "select " + StaffUsers.COLUMNS
                + " from staff_users u join teams t on t.lead_username = u.username where t.id = ?")
        .param(teamId)
        .query(StaffUsers::map)
        .optional();
  }

  /** The ids of the teams this user leads. */
  public List<String> teamsLedBy(String username) {
    return jdbc.sql("select id from teams where lead_username = ? order by id").param(username).query(String.class).list();
  }

  public boolean isMember(String username, String teamId) {
    return jdbc.sql("select exists (select 1 from team_members where username = ? and team_id = ?)")
        .params(username, teamId)
        .query(Boolean.class)
        .single();
  }

  public void saveTeam(Team team) {
    jdbc.sql(
            """
            insert into teams (id, name, lead_username, calendar_id) values (?, ?, ?, ?)
            on conflict (id) do update set name = excluded.name, lead_username = excluded.lead_username,
              calendar_id = excluded.calendar_id""")
        .params(team.id(), team.name(), team.leadUsername(), team.calendarId())
        .update();
  }

  public void addMember(String teamId, String username) {
    jdbc.sql("insert into team_members (team_id, username) values (?, ?) on conflict do nothing")
        .params(teamId, username)
        .update();
  }
}
