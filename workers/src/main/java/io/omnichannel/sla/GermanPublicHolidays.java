package io.omnichannel.sla;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.TreeMap;

/** The public holidays observed in all German states. */
public final class GermanPublicHolidays {

  private GermanPublicHolidays() {}

  public static Map<LocalDate, String> nationwide(int year) {
    LocalDate easter = easterSunday(year);
    Map<LocalDate, String> holidays = new TreeMap<>();
    holidays.put(LocalDate.of(year, Month.JANUARY, 1), "Neujahr");
    holidays.put(easter.minusDays(2), "Karfreitag");
    holidays.put(easter.plusDays(1), "Ostermontag");
    holidays.put(LocalDate.of(year, Month.MAY, 1), "Tag der Arbeit");
    holidays.put(easter.plusDays(39), "Christi Himmelfahrt");
    holidays.put(easter.plusDays(50), "Pfingstmontag");
    holidays.put(LocalDate.of(year, Month.OCTOBER, 3), "Tag der Deutschen Einheit");
    holidays.put(LocalDate.of(year, Month.DECEMBER, 25), "1. Weihnachtstag");
    holidays.put(LocalDate.of(year, Month.DECEMBER, 26), "2. Weihnachtstag");
    return holidays;
  }

  /** Gregorian Easter Sunday (the anonymous "Meeus/Jones/Butcher" algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
