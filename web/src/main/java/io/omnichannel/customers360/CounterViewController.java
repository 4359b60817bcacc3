package io.omnichannel.customers360;

import io.omnichannel.advice.AdviceNotes;
import io.omnichannel.advice.InvalidAdviceNoteException;
import io.omnichannel.customers.Customer;
import io.omnichannel.inventory.StockHold;
import io.omnichannel.inventory.StockHolds;
import io.omnichannel.requests.PlainText;
import io.omnichannel.requests.RequestDetails;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.StaffAccess;
import io.omnichannel.timeline.CustomerTimeline;
import io.omnichannel.timeline.TimelineItem;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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

/**
 * The customer at the store counter (journey 5): who she is, where she came from, what she read and
 * asked, what is held for her, what she bought, earlier advice, and a note of this advice. Readable
 * by whoever may read her customer page; a pickup code only by whoever may read its request.
 */
@Controller
@RequestMapping("/staff/customers/{id}/counter")
class CounterViewController {

  static final String VIEW = "customers/counter";
  private static final Set<String> CONTACT_KINDS = Set.of("MAIL_SENT", "MAIL_RECEIVED");

  private final ReadableCustomers readable;
  private final CustomerTimeline timeline;
  private final RequestTracking requests;
  private final StockHolds holds;
  private final AdviceNotes notes;
  private final StaffAccess access;

  CounterViewController(
      ReadableCustomers readable,
      CustomerTimeline timeline,
      RequestTracking requests,
      StockHolds holds,
      AdviceNotes notes,
      StaffAccess access) {
    this.readable = readable;
    this.timeline = timeline;
    this.requests = requests;
    this.holds = holds;
    this.notes = notes;
    this.access = access;
  }

  @GetMapping
  String show(@PathVariable UUID id, @RequestParam(required = false) UUID request, Principal user, Model model) {
    Customer customer = readable.find(id, user);
    if (customer.getMergedInto() != null) {
      return "redirect:/staff/customers/" + customer.getMergedInto() + "/counter";
    }
    return view(model, customer, user, "", request, null);
  }

  @PostMapping("/notes")
  String addNote(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String text,
      @RequestParam(required = false) UUID request,
      @RequestParam UUID formToken,
      Principal user,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Customer customer = readable.find(id, user);
    if (customer.getMergedInto() != null) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "This customer was merged into another; add the note there.");
    }
    if (request != null && requests.findById(request).map(RequestDetails::customerId).filter(id::equals).isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return view(model, customer, user, text, null, "Please choose one of her requests, or none.");
    }
    try {
      notes.add(id, request, text, user.getName(), formToken);
    } catch (InvalidAdviceNoteException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return view(model, customer, user, text.length() > 2 * AdviceNotes.MAX_LENGTH ? "" : text, request, invalid.getMessage());
    }
    redirect.addFlashAttribute("notice", "Your note is on her timeline.");
    return "redirect:/staff/customers/" + id + "/counter";
  }

  private String view(Model model, Customer customer, Principal user, String text, UUID about, String noteError) {
    List<TimelineItem> history = timeline.of(customer.getId());
    Map<UUID, List<TimelineItem>> contacts =
        history.stream()
            .filter(item -> item.requestId() != null && CONTACT_KINDS.contains(item.kind()))
            .collect(Collectors.groupingBy(TimelineItem::requestId));
    List<RequestDetails> all = requests.ofCustomer(customer.getId());
    List<CounterView.RequestWithContacts> withContacts =
        all.stream().map(r -> new CounterView.RequestWithContacts(r, contacts.getOrDefault(r.id(), List.of()))).toList();
    List<CounterView.Pickup> pickups =
        all.stream()
            .flatMap(r -> heldFor(r).map(hold -> new CounterView.Pickup(r, hold, access.mayReadRequest(r.id(), user.getName()))).stream())
            .toList();
    List<TimelineItem> purchases =
        history.stream().filter(item -> "PURCHASE".equals(item.kind())).sorted(Comparator.comparing(TimelineItem::occurredAt).reversed()).toList();
    List<TimelineItem> cameFrom = history.stream().filter(item -> item.kind() != null && item.kind().startsWith("CAMPAIGN")).toList();
    model.addAttribute(
        "view", new CounterView(customer, cameFrom, withContacts, pickups, purchases, notes.of(customer.getId())));
    model.addAttribute("customer", customer);
    model.addAttribute("noteText", PlainText.withoutControlCharacters(text));
    model.addAttribute("noteAbout", about);
    model.addAttribute("noteError", noteError);
    model.addAttribute("noteMax", AdviceNotes.MAX_LENGTH);
    model.addAttribute("formToken", UUID.randomUUID());
    return VIEW;
  }

  /** A reservation's hold, else an order's (its lowest line carries the code), while held. */
  private Optional<StockHold> heldFor(RequestDetails request) {
    return holds.ofRequest(request.id()).or(() -> holds.ofOrder(request.id())).filter(StockHold::isHeld);
  }
}
