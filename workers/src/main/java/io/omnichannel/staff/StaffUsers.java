package io.omnichannel.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff accounts in PostgreSQL. */
@Repository
public class StaffUsers {

  static final String COLUMNS =
      "u.username, u.display_name, u.email, u.password_hash, u.roles, u.absent, u.absent_from, u.absent_until";

  private final JdbcClient jdbc;

  public StaffUsers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StaffUser> find(String username) {
    return jdbc.sql("select " + COLUMNS + " from staff_users u where u.username = ?")
        .param(username)
        .query(StaffUsers::map)
        .optional();
  }

  public long count() {
    return jdbc.sql("select count(*) from staff_users").query(Long.class).single();
  }

  public void save(StaffUser user) {
    jdbc.sql(
            """
            insert into staff_users (username, display_name, email, password_hash, roles, absent, absent_from,
              absent_until)
            values (:username, :displayName, :email, :passwordHash, cast(:roles as text[]), :absent, :absentFrom,
              :absentUntil)
            on conflict (username) do update set display_name = excluded.display_name, email = excluded.email,
              password_hash = excluded.password_hash, roles = excluded.roles, absent = excluded.absent,
              absent_from = excluded.absent_from, absent_until = excluded.absent_until""")
        .param("username", user.username())
        .param("displayName", user.displayName())
        .param("email", user.email())
        .param("passwordHash", user.passwordHash())
        .param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
        .param("absent", user.absent())
        .param("absentFrom", user.absentFrom())
        .param("absentUntil", user.absentUntil())
        .update();
  }

  public void markAbsent(String username, LocalDate until) {
    markAbsent(username, null, until, Instant.now());
  }

  /**
   * Records an absence from {@code from} (null: from now) to {@code until} (null: until further
   * notice). {@code notedAt} tells this absence from earlier ones.
   */
  public void markAbsent(String username, LocalDate from, LocalDate until, Instant notedAt) {
    jdbc.sql(
            """
            update staff_users set absent = true, absent_from = ?, absent_until = ?, absence_noted_at = ?
            where username = ?""")
        .params(from, until, Timestamp.from(notedAt), username)
        .update();
  }

  public void markBack(String username) {
    jdbc.sql(
            """
            update staff_users set absent = false, absent_from = null, absent_until = null, absence_noted_at = null
            where username = ?""")
        .param(username)
        .update();
  }

  /** When the current absence was recorded; empty when the user is not marked absent. */
  public Optional<Instant> absenceNotedAt(String username) {
    return jdbc.sql(
            "select coalesce(absence_noted_at, timestamptz 'epoch') from staff_users where username = ? and absent")
        .param(username)
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  /** Every account, by user name. */
  public List<StaffUser> all() {
    return jdbc.sql("select " + COLUMNS + " from staff_users u order by u.username").query(StaffUsers::map).list();
  }

  /** Everyone holding the role, e.g. the process owners an overdue complaint is reported to. */
  public List<StaffUser> withRole(StaffRole role) {
    return jdbc.sql("select " + COLUMNS + " from staff_users u where ? = any(u.roles) order by u.username")
        .param(role.name())
        .query(StaffUsers::map)
        .list();
  }

  /** Everyone whose absence covers {@code day}. */
  public List<StaffUser> absentOn(LocalDate day) {
    return jdbc.sql(
            "select " + COLUMNS + " from staff_users u where u.absent"
                + " and (u.absent_from is null or u.absent_from <= ?) and (u.absent_until is null or u.absent_until >= ?)"
                + " order by u.username")
        .params(day, day)
        .query(StaffUsers::map)
        .list();
  }

  static StaffUser map(ResultSet rs, int row) throws SQLException {
    return new StaffUser(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        roles(rs.getArray("roles")).stream().map(StaffRole::valueOf).collect(Collectors.toSet()),
        rs.getBoolean("absent"),
        rs.getObject("absent_from", LocalDate.class),
        rs.getObject("absent_until", LocalDate.class));
  }

  private static List<String> roles(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
