package io.omnichannel.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
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

  static final String COLUMNS = "u.username, u.display_name, u.email, u.password_hash, u.roles, u.absent, u.absent_until";

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
            insert into staff_users (username, display_name, email, password_hash, roles, absent, absent_until)
            values (:username, :displayName, :email, :passwordHash, cast(:roles as text[]), :absent, :absentUntil)
            on conflict (username) do update set display_name = excluded.display_name, email = excluded.email,
              password_hash = excluded.password_hash, roles = excluded.roles, absent = excluded.absent,
              absent_until = excluded.absent_until""")
        .param("username", user.username())
        .param("displayName", user.displayName())
        .param("email", user.email())
        .param("passwordHash", user.passwordHash())
        .param("roles", user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(",", "{", "}")))
        .param("absent", user.absent())
        .param("absentUntil", user.absentUntil())
        .update();
  }

  public void markAbsent(String username, LocalDate until) {
    jdbc.sql("update staff_users set absent = true, absent_until = ? where username = ?")
        .params(until, username)
        .update();
  }

  static StaffUser map(ResultSet rs, int row) throws SQLException {
    return new StaffUser(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"),
        rs.getString("password_hash"),
        roles(rs.getArray("roles")).stream().map(StaffRole::valueOf).collect(Collectors.toSet()),
        rs.getBoolean("absent"),
        rs.getObject("absent_until", LocalDate.class));
  }

  private static List<String> roles(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
