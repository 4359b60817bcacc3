package io.omnichannel.requests;

import io.omnichannel.staff.StaffDirectory;
import io.omnichannel.staff.StaffRole;
import io.omnichannel.staff.StaffUsers;
import io.omnichannel.tasks.StaffTask;
import io.omnichannel.tasks.UserTasks;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who among the staff may read what. Process owners and administrators oversee every journey and
 * read everything. Everyone else reads through the work: a task they may work on (their team's, one
 * offered to them by name, one assigned to them), one they completed, one of a team they lead; the
 * request and files of such a task; a customer with such a request, or one whose request they took
 * on the phone or at the counter. The pages answer what they cannot read like what does not exist.
 */
@Service
@Transactional(readOnly = true)
public class StaffAccess {

  private final StaffUsers users;
  private final StaffDirectory staff;
  private final UserTasks tasks;
  private final ServiceRequestRepository requests;
  private final RequestEventRepository events;

  StaffAccess(StaffUsers users, StaffDirectory staff, UserTasks tasks, ServiceRequestRepository requests, RequestEventRepository events) {
    this.users = users;
    this.staff = staff;
    this.tasks = tasks;
    this.requests = requests;
    this.events = events;
  }

  public boolean mayReadTask(StaffTask task, String username) {
    return oversees(username) || throughWork(task, username, new Reader(username));
  }

  public boolean mayReadRequest(UUID requestId, String username) {
    return oversees(username) || throughWork(List.of(requestId), username);
  }

  public boolean mayReadCustomer(UUID customerId, String username) {
    return oversees(username) || throughWork(requests.idsOfCustomer(customerId), username);
  }

  private boolean throughWork(Collection<UUID> requestIds, String username) {
    if (requestIds.isEmpty()) {
      return false;
    }
    Reader reader = new Reader(username);
    return tasks.ofRequests(requestIds).stream().anyMatch(task -> throughWork(task, username, reader))
        || events.enteredByStaff(requestIds, username);
  }

  private boolean throughWork(StaffTask task, String username, Reader reader) {
    return task.isCandidate(username, reader.teams())
        || username.equals(task.completedBy())
        || task.candidateGroups().stream().anyMatch(reader.ledTeams()::contains);
  }

  private boolean oversees(String username) {
    return users.find(username).filter(u -> u.hasRole(StaffRole.PROCESS_OWNER) || u.hasRole(StaffRole.ADMIN)).isPresent();
  }

  /** The reader's teams, looked up once per check. */
  private final class Reader {
    private final String username;
    private List<String> teams;
    private Set<String> ledTeams;

    Reader(String username) {
      this.username = username;
    }

    List<String> teams() {
      if (teams == null) {
        teams = staff.teamsOf(username);
      }
      return teams;
    }

    Set<String> ledTeams() {
      if (ledTeams == null) {
        ledTeams = Set.copyOf(staff.teamsLedBy(username));
      }
      return ledTeams;
    }
  }
}
