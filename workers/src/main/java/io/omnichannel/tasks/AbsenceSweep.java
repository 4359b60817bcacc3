package io.omnichannel.tasks;

import io.omnichannel.staff.StaffUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Returns the tasks of everyone whose absence has begun: planned absences start on a later day
 * than they were entered, and a task may reach an absent person by its model's assignee.
 */
@Component
public class AbsenceSweep {

  private static final Logger log = LoggerFactory.getLogger(AbsenceSweep.class);

  private final Absences absences;

  AbsenceSweep(Absences absences) {
    this.absences = absences;
  }

  @Scheduled(
      fixedDelayString = "${orchestrator.tasks.absence-check-interval-ms:60000}",
      initialDelayString = "${orchestrator.tasks.absence-check-interval-ms:60000}")
  public void returnTasksOfAbsentStaff() {
    for (StaffUser user : absences.absentToday()) {
      try {
        int returned = absences.returnTasksOf(user.username()).size();
        if (returned > 0) {
          log.info("{} is absent: {} task(s) back in the team queue", user.username(), returned);
        }
      } catch (RuntimeException e) {
        log.warn("could not return the tasks of absent {}; retrying next round", user.username(), e);
      }
    }
  }
}
