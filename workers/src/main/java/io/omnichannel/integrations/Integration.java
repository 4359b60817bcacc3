package io.omnichannel.integrations;

import java.util.Objects;

/** A system that calls our HTTP API with its own key, e.g. {@code shop}, {@code till}, {@code chat}. */
public record Integration(String name, RequestAccess access) {

  public Integration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(access, "access");
  }

  /** @param submittedThrough the integration a request was submitted through, or null (web, mail, staff) */
  public boolean mayAccessRequestOf(String submittedThrough) {
    return access == RequestAccess.ALL_REQUESTS || name.equals(submittedThrough);
  }
}
