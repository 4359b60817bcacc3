package io.omnichannel.tasks;

import java.util.List;

/** One page of tasks; {@code hasNext} when at least one more task matches. */
public record TaskPage(List<StaffTask> tasks, int page, int pageSize, boolean hasNext) {

  public boolean hasPrevious() {
    return page > 0;
  }
}
