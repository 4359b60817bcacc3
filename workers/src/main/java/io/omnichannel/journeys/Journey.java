package io.omnichannel.journeys;

import io.omnichannel.tasks.TaskForm;
import java.util.List;
import java.util.Optional;

/**
 * A customer journey, as the generic parts of the product see it: its BPMN model, the request types
 * it serves (each with its intake and its words for the customer), the forms of its user tasks, how
 * it takes e-mail in, and what it adds to the customer's status page. Each journey package declares
 * one; {@link Journeys} collects them, and every list of request types is derived from them.
 *
 * @param name the journey's name, e.g. {@code reservation}
 * @param process the model that carries its requests; the status page reads its steps from it
 * @param requestTypes at least one
 * @param taskForms one per user task of the model
 * @param mailIntakes how a mail to the intake mailbox becomes a request of this journey, if it can
 * @param statusPage what the journey adds to the customer's status page, if anything
 * @param staffPages pages of its own for staff, linked in the staff navigation (the pickup counter)
 */
public record Journey(
    String name,
    JourneyProcess process,
    List<RequestType> requestTypes,
    List<TaskForm> taskForms,
    List<MailIntake> mailIntakes,
    Optional<StatusPageExtension> statusPage,
    List<StaffPage> staffPages) {

  public Journey {
    requestTypes = List.copyOf(requestTypes);
    taskForms = List.copyOf(taskForms);
    mailIntakes = List.copyOf(mailIntakes);
    staffPages = List.copyOf(staffPages);
    if (requestTypes.isEmpty()) {
      throw new IllegalArgumentException("journey " + name + " serves no request type");
    }
  }

  /**
   * The BPMN model of a journey.
   *
   * @param resource the model on the classpath, e.g. {@code bpmn/reservation.bpmn}
   * @param startMessage the message its start event waits for, correlated by the request's reference
   */
  public record JourneyProcess(String processId, String resource, String startMessage) {}

  /**
   * A page of the journey's own for staff, e.g. {@code ("Pickup counter", "/staff/pickups")}.
   *
   * @param roles the staff roles that see its link (e.g. {@code TEAM_LEAD}); empty: every staff member
   */
  public record StaffPage(String label, String path, List<String> roles) {

    public StaffPage {
      roles = List.copyOf(roles);
    }

    public StaffPage(String label, String path) {
      this(label, path, List.of());
    }

    /** The Spring Security expression under which its link shows, for the navigation. */
    public String access() {
      return roles.isEmpty()
          ? "isAuthenticated()"
          : "hasAnyRole(" + String.join(", ", roles.stream().map(role -> "'" + role + "'").toList()) + ")";
    }
  }
}
