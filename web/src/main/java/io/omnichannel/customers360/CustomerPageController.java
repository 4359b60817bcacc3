package io.omnichannel.customers360;

import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDuplicates;
import io.omnichannel.customers.CustomerMergeRefusedException;
import io.omnichannel.customers.CustomerMerges;
import io.omnichannel.customers.MergeResult;
import io.omnichannel.timeline.CustomerTimeline;
import io.omnichannel.requests.StaffAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One customer, one timeline: the profile, everything that happened on any channel, and likely duplicates to merge. */
@Controller
@RequestMapping("/staff/customers/{id}")
class CustomerPageController {

  private final ReadableCustomers readable;
  private final CustomerTimeline timeline;
  private final CustomerDuplicates duplicates;
  private final CustomerMerges merges;
  private final StaffAccess access;

  CustomerPageController(
      ReadableCustomers readable, CustomerTimeline timeline, CustomerDuplicates duplicates, CustomerMerges merges, StaffAccess access) {
    this.readable = readable;
    this.timeline = timeline;
    this.duplicates = duplicates;
    this.merges = merges;
    this.access = access;
  }

  @GetMapping
  String show(@PathVariable UUID id, HttpServletRequest http, Principal user, Model model) {
    Customer customer = readable.find(id, user);
    if (customer.getMergedInto() != null) {
      // old links keep working: the history now lives on the surviving customer
      return "redirect:/staff/customers/" + customer.getMergedInto();
    }
    model.addAttribute("customer", customer);
    model.addAttribute("timeline", timeline.of(id));
    model.addAttribute("duplicates", duplicates.of(id));
    model.addAttribute("mayMerge", mayMerge(http));
    return "customers/profile";
  }

  @PostMapping("/merge")
  String merge(
      @PathVariable UUID id,
      @RequestParam UUID duplicate,
      @RequestParam(defaultValue = "false") boolean confirmed,
      HttpServletRequest http,
      Principal user,
      RedirectAttributes redirect) {
    // the duplicate is one this customer's page offers, or a customer the user may read anyway
    boolean offered = duplicates.of(id).stream().anyMatch(d -> d.id().equals(duplicate));
    if (!access.mayReadCustomer(id, user.getName()) || !(offered || access.mayReadCustomer(duplicate, user.getName()))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such customer.");
    }
    if (!mayMerge(http)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only team leads and administrators merge customers.");
    }
    if (!confirmed) {
      redirect.addFlashAttribute("problem", "Please tick the box to confirm the merge.");
      return "redirect:/staff/customers/" + id;
    }
    try {
      MergeResult result = merges.merge(id, duplicate, user.getName());
      redirect.addFlashAttribute(
          "notice",
          result.alreadyMerged()
              ? "These customers were already merged."
              : "Merged. " + result.movedRequests() + " request(s) moved to this customer.");
    } catch (CustomerMergeRefusedException refused) {
      redirect.addFlashAttribute("problem", refused.getMessage());
    }
    return "redirect:/staff/customers/" + id;
  }

  private static boolean mayMerge(HttpServletRequest http) {
    return http.isUserInRole("TEAM_LEAD") || http.isUserInRole("ADMIN");
  }
}
