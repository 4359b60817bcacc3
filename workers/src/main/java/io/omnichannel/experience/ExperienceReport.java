package io.omnichannel.experience;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Every figure of the dashboard for one period, on one business calendar.
 *
 * @param backlogAt the instant the backlog is counted at: the end of the period, or now when that is earlier
 * @param bucket the length of one step of {@code overTime}: day, week or month
 */
public record ExperienceReport(
    ExperiencePeriod period,
    String calendarId,
    String calendarName,
    ZoneId zone,
    Instant backlogAt,
    List<Count> byChannel,
    List<Count> byType,
    List<TeamVolume> byTeam,
    String bucket,
    List<Count> overTime,
    List<Durations> firstResponse,
    List<Durations> resolution,
    List<Attainment> sla,
    List<Count> backlog,
    List<Reopens> reopens,
    Satisfaction satisfaction) {

  /** What the rows of a figure sum up to, or its "All" row. */
  public static final String ALL = "All";

  public record Count(String label, long count) {}

  /** @param requests distinct requests among the tasks */
  public record TeamVolume(String teamId, String team, long tasks, long requests) {}

  /**
   * @param type a request type or {@link #ALL}
   * @param count the requests measured
   * @param medianHours null when none was measured
   * @param pending the requests of the period not measured yet (no first reply yet; for resolution none)
   */
  public record Durations(String type, long count, Double medianHours, Double p90Hours, long pending) {}

  /** @param team a team id or {@link #ALL} (a task offered to two teams counts once there) */
  public record Attainment(String team, long met, long ended) {
    public Double share() {
      return ended == 0 ? null : (double) met / ended;
    }
  }

  public record Reopens(String type, long closed, long reopened) {
    public Double rate() {
      return closed == 0 ? null : (double) reopened / closed;
    }
  }

  /** @param distribution ratings 1 to 5, index 0 for 1 */
  public record Satisfaction(long count, Double average, Double shareFourOrFive, List<Long> distribution) {}

  public long requests() {
    return byChannel.stream().mapToLong(Count::count).sum();
  }

  public Durations firstResponseOverall() {
    return overall(firstResponse);
  }

  public Durations resolutionOverall() {
    return overall(resolution);
  }

  public Attainment slaOverall() {
    return sla.stream().filter(a -> a.team().equals(ALL)).findFirst().orElse(new Attainment(ALL, 0, 0));
  }

  public Reopens reopensOverall() {
    return reopens.stream().filter(r -> r.type().equals(ALL)).findFirst().orElse(new Reopens(ALL, 0, 0));
  }

  private static Durations overall(List<Durations> rows) {
    return rows.stream().filter(d -> d.type().equals(ALL)).findFirst().orElse(new Durations(ALL, 0, null, null, 0));
  }
}
