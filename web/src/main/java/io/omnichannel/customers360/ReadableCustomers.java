package io.omnichannel.customers360;

import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.requests.StaffAccess;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The customer of a staff page about her, when the signed-in user may read her (a merged duplicate
 * is read by the rights on the customer it was merged into); otherwise she does not exist for him.
 */
@Component
class ReadableCustomers {

  private final CustomerDirectory customers;
  private final StaffAccess access;

  ReadableCustomers(CustomerDirectory customers, StaffAccess access) {
    this.customers = customers;
    this.access = access;
  }

  /** @throws ResponseStatusException 404 for a customer that does not exist or that the user may not read */
  Customer find(UUID id, Principal user) {
    return customers
        .byId(id)
        .filter(c -> access.mayReadCustomer(c.getMergedInto() != null ? c.getMergedInto() : c.getId(), user.getName()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such customer."));
  }
}
