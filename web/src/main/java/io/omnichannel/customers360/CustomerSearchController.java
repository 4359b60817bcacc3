package io.omnichannel.customers360;

import io.omnichannel.customers.CustomerMatch;
import io.omnichannel.customers.CustomerSearch;
import io.omnichannel.requests.StaffAccess;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Any staff member finds a customer by name, e-mail, phone or customer number, as when taking a
 * call. A hit links to the customer's page when the reader may open it (the page's own rule).
 */
@Controller
class CustomerSearchController {

  static final int MAX_QUERY_LENGTH = 200;
  private static final int LIMIT = 25;

  private final CustomerSearch search;
  private final StaffAccess access;

  CustomerSearchController(CustomerSearch search, StaffAccess access) {
    this.search = search;
    this.access = access;
  }

  /** One hit and whether the reader may open her page. */
  record Hit(CustomerMatch match, boolean mayOpen) {}

  @GetMapping("/staff/customers")
  String search(@RequestParam(required = false) String q, Principal user, Model model) {
    String query = q == null ? "" : q.strip();
    model.addAttribute("q", query);
    model.addAttribute("hits", List.of());
    model.addAttribute("searched", false);
    if (query.length() > MAX_QUERY_LENGTH) {
      model.addAttribute("queryError", "Please search with at most " + MAX_QUERY_LENGTH + " characters.");
      model.addAttribute("q", query.substring(0, MAX_QUERY_LENGTH));
      return "customers/search";
    }
    if (!query.isEmpty()) {
      model.addAttribute("searched", true);
      model.addAttribute(
          "hits", search.search(query, LIMIT).stream().map(m -> new Hit(m, access.mayReadCustomer(m.id(), user.getName()))).toList());
    }
    return "customers/search";
  }
}
