package io.omnichannel.demo;

import io.omnichannel.platform.StartupLock;
import io.omnichannel.sla.BusinessCalendar;
import io.omnichannel.sla.BusinessCalendars;
import io.omnichannel.sla.GermanPublicHolidays;
import io.omnichannel.sla.OpeningHours;
import io.omnichannel.sla.SlaPolicies;
import io.omnichannel.sla.SlaPolicy;
import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUser;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.staff.Team;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff, teams, the store calendar and the SLA policies of the demo, written once into an empty
 * database. Every demo account has the password {@value #PASSWORD}.
 */
@Component
@ConditionalOnProperty(name = "orchestrator.demo-data.enabled", havingValue = "true")
public class StaffDemoData implements SmartInitializingSingleton {

  public static final String PASSWORD = "demo";
  public static final String CALENDAR = "store-hours-de";
  public static final String SERVICE_CENTRE = "service-centre";
  public static final String STORE_MUNICH = "store-munich";
  public static final String MANUAL_REQUEST = "MANUAL_REQUEST";
  public static final String COMPLAINTS = "complaints";
  public static final String STORE_BERLIN = "store-berlin";
  public static final String STORE_HAMBURG = "store-hamburg";
  /** The team of the partner store that hands over click and collect orders (journey 4). */
  public static final String PARTNER_TEAM = "partner-uhrenhaus";
  /** The SLA step of a store confirming a reservation's set-aside. */
  public static final String SET_ASIDE = "SET_ASIDE";
  /** The SLA step of a store calling a customer about a split order. */
  public static final String SPLIT_CALL = "SPLIT_CALL";

  private static final Logger log = LoggerFactory.getLogger(StaffDemoData.class);

  private final StaffUsers users;
  private final StaffDirectory directory;
  private final BusinessCalendars calendars;
  private final SlaPolicies policies;
  private final StartupLock startupLock;
  private final TransactionTemplate transaction;

  public StaffDemoData(
      StaffUsers users,
      StaffDirectory directory,
      BusinessCalendars calendars,
      SlaPolicies policies,
      StartupLock startupLock,
      TransactionTemplate transaction) {
    this.startupLock = startupLock;
    this.transaction = transaction;
    this.users = users;
    this.directory = directory;
    this.calendars = calendars;
    this.policies = policies;
  }

  @Override
  public void afterSingletonsInstantiated() {
    startupLock.run(() -> transaction.executeWithoutResult(status -> load()));
  }

  /** Runs before the web server takes the first request, so no request meets a half-seeded database. */
  @Transactional
  public void load() {
    if (users.count() > 0) {
      customerRequests();
      reservations();
      orders();
      return;
    }
    storeCalendar();
    String hash = new BCryptPasswordEncoder().encode(PASSWORD);
    user("anna", "Anna Albers", hash, StaffRole.AGENT);
    user("ben", "Ben Brandt", hash, StaffRole.AGENT);
    user("lena", "Lena Lorenz", hash, StaffRole.TEAM_LEAD, StaffRole.AGENT);
    user("paul", "Paul Peters", hash, StaffRole.PROCESS_OWNER);
    user("admin", "Administrator", hash, StaffRole.ADMIN);
    user("sophie", "Sophie Sommer", hash, StaffRole.AGENT);
    directory.saveTeam(new Team(SERVICE_CENTRE, "Service centre", "lena", CALENDAR));
    directory.saveTeam(new Team(STORE_MUNICH, "Store Munich", "lena", CALENDAR));
    List.of("anna", "ben", "lena").forEach(u -> directory.addMember(SERVICE_CENTRE, u));
    directory.addMember(STORE_MUNICH, "sophie");
    policies.save(new SlaPolicy(MANUAL_REQUEST, SlaPolicy.RESOLUTION, CALENDAR, 16 * 60, 75));
    policies.save(new SlaPolicy(MANUAL_REQUEST, SlaPolicy.REVIEW, CALENDAR, 8 * 60, 75));
    customerRequests();
    reservations();
    orders();
    log.info("demo staff written: anna, ben (service centre), lena (team lead), paul, admin; password '{}'", PASSWORD);
  }

  /**
   * Questions, complaints and callbacks (issue 3): the complaints team and the policies of the three
   * types. Also added to a database seeded before they existed; never overwrites edited policies.
   */
  private void customerRequests() {
    if (directory.team(COMPLAINTS).isPresent()) {
      return;
    }
    directory.saveTeam(new Team(COMPLAINTS, "Complaints", "lena", CALENDAR));
    List.of("lena", "ben").forEach(u -> directory.addMember(COMPLAINTS, u));
    policies.save(new SlaPolicy("GENERAL_QUESTION", SlaPolicy.RESOLUTION, CALENDAR, 16 * 60, 75));
    policies.save(new SlaPolicy("GENERAL_QUESTION", SlaPolicy.REVIEW, CALENDAR, 16 * 60, 75));
    policies.save(new SlaPolicy("COMPLAINT", SlaPolicy.RESOLUTION, CALENDAR, 8 * 60, 75));
    policies.save(new SlaPolicy("COMPLAINT", SlaPolicy.REVIEW, CALENDAR, 4 * 60, 50));
    policies.save(new SlaPolicy("CALLBACK", SlaPolicy.RESOLUTION, CALENDAR, 4 * 60, 75));
    policies.save(new SlaPolicy("CALLBACK", SlaPolicy.REVIEW, CALENDAR, 4 * 60, 75));
    log.info("demo complaints team (lena lead, ben) and SLA policies of questions, complaints and callbacks written");
  }

  /**
   * Journey 3 (reservations): two more stores with their own teams, and the SLA of a set-aside (two
   * business hours). Also added to a database seeded before they existed.
   */
  private void reservations() {
    if (directory.team(STORE_BERLIN).isPresent()) {
      return;
    }
    String hash = new BCryptPasswordEncoder().encode(PASSWORD);
    user("mia", "Mia Winter", hash, StaffRole.AGENT);
    user("tom", "Tom Hansen", hash, StaffRole.AGENT);
    directory.saveTeam(new Team(STORE_BERLIN, "Store Berlin", "lena", CALENDAR));
    directory.saveTeam(new Team(STORE_HAMBURG, "Store Hamburg", "lena", CALENDAR));
    directory.addMember(STORE_BERLIN, "mia");
    directory.addMember(STORE_HAMBURG, "tom");
    policies.save(new SlaPolicy("RESERVATION", SlaPolicy.RESOLUTION, CALENDAR, 2 * 60, 75));
    policies.save(new SlaPolicy("RESERVATION", SET_ASIDE, CALENDAR, 2 * 60, 75));
    log.info("demo stores Berlin (mia) and Hamburg (tom) and the reservation SLA written");
  }

  /**
   * Journeys 2 and 4 (orders): the partner store's team (Jan, led by Lena), the split call's SLA (90
   * business minutes on the calling store's calendar) and click and collect's. Also added to a
   * database seeded before they existed.
   */
  private void orders() {
    if (directory.team(PARTNER_TEAM).isPresent()) {
      return;
    }
    user("jan", "Jan Petersen", new BCryptPasswordEncoder().encode(PASSWORD), StaffRole.AGENT);
    directory.saveTeam(new Team(PARTNER_TEAM, "Uhrenhaus (partner store)", "lena", CALENDAR));
    directory.addMember(PARTNER_TEAM, "jan");
    policies.save(new SlaPolicy("ORDER", SlaPolicy.RESOLUTION, CALENDAR, 5 * 9 * 60, 75));
    policies.save(new SlaPolicy("ORDER", SPLIT_CALL, CALENDAR, 90, 75));
    policies.save(new SlaPolicy("CLICK_AND_COLLECT", SlaPolicy.RESOLUTION, CALENDAR, 2 * 9 * 60, 75));
    log.info("demo partner store team (jan), the split call's and click and collect's SLA policies written");
  }

  private void storeCalendar() {
    OpeningHours weekday = OpeningHours.of("09:00", "18:00");
    Map<DayOfWeek, List<OpeningHours>> week =
        Map.of(
            DayOfWeek.MONDAY, List.of(weekday),
            DayOfWeek.TUESDAY, List.of(weekday),
            DayOfWeek.WEDNESDAY, List.of(weekday),
            DayOfWeek.THURSDAY, List.of(weekday),
            DayOfWeek.FRIDAY, List.of(weekday),
            DayOfWeek.SATURDAY, List.of(OpeningHours.of("10:00", "14:00")));
    calendars.save(CALENDAR, "Store hours Germany", new BusinessCalendar(CALENDAR, ZoneId.of("Europe/Berlin"), week, Set.of()));
    for (int year : new int[] {2026, 2027}) {
      GermanPublicHolidays.nationwide(year).forEach((date, name) -> calendars.addHoliday(CALENDAR, date, name));
    }
  }

  private void user(String username, String name, String hash, StaffRole... roles) {
    users.save(new StaffUser(username, name, username + "@staff.shop.example", hash, Set.of(roles), false, null));
  }
}
