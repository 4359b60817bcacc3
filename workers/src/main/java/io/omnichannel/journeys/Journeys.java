package io.omnichannel.journeys;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The registered journeys: every list of request types, every lookup by type, path, process or
 * form, and the order of the mail intakes come from here. Two journeys may not claim the same
 * name, request type, path or process.
 */
@Component
public class Journeys {

  private final List<Journey> journeys;

  public Journeys(List<Journey> journeys) {
    this.journeys = journeys.stream().sorted(Comparator.comparing(Journey::name)).toList();
    unique("journey name", this.journeys.stream().map(Journey::name).toList());
    unique("process id", this.journeys.stream().map(j -> j.process().processId()).toList());
    unique("request type", requestTypes().stream().map(RequestType::name).toList());
    unique("request type path", requestTypes().stream().map(RequestType::path).toList());
  }

  public List<Journey> all() {
    return journeys;
  }

  /** Every request type of every journey, in the journeys' order. */
  public List<RequestType> requestTypes() {
    return journeys.stream().flatMap(j -> j.requestTypes().stream()).toList();
  }

  /** The types taken in by forms (portal, staff intake, {@code POST /api/v1/requests/{path}}), in the journeys' order. */
  public List<RequestType> formTypes() {
    return requestTypes().stream().filter(RequestType::takesForms).toList();
  }

  public Optional<RequestType> type(String name) {
    return find(RequestType::name, name);
  }

  /** The form type at {@code /requests/{path}} and {@code /api/v1/requests/{path}}. */
  public Optional<RequestType> typeAt(String path) {
    return find(RequestType::path, path).filter(RequestType::takesForms);
  }

  /** The journey that serves a request type. */
  public Optional<Journey> journeyOf(String requestType) {
    return journeys.stream().filter(j -> j.requestTypes().stream().anyMatch(t -> t.name().equals(requestType))).findFirst();
  }

  public Optional<Journey> byProcessId(String processId) {
    return journeys.stream().filter(j -> j.process().processId().equals(processId)).findFirst();
  }

  /** The journeys' own staff pages, for the staff navigation. */
  public List<Journey.StaffPage> staffPages() {
    return journeys.stream().flatMap(j -> j.staffPages().stream()).toList();
  }

  /** Every journey's mail intake, in the order they are asked. */
  public List<MailIntake> mailIntakes() {
    return journeys.stream().flatMap(j -> j.mailIntakes().stream()).sorted(Comparator.comparingInt(MailIntake::order)).toList();
  }

  private Optional<RequestType> find(Function<RequestType, String> key, String value) {
    return value == null ? Optional.empty() : requestTypes().stream().filter(t -> key.apply(t).equals(value)).findFirst();
  }

  private static void unique(String what, List<String> values) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      if (!seen.add(value)) {
        throw new IllegalStateException("two journeys claim the " + what + " " + value);
      }
    }
  }
}
