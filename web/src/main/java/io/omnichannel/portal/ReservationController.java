package io.omnichannel.portal;

import io.omnichannel.inventory.StockLocations;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.ReservationIntake;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reserve a piece at a store: choose the product, see how many each store has, choose the store.
 * None left is not refused here; the reservation tells the customer where else it is.
 */
@Controller
@RequestMapping("/requests/reservation")
class ReservationController {

  static final String FORM_VIEW = "portal/reservation-form";
  private static final Set<String> FIELDS = Set.of("typeNumber", "storeId", "name", "email", "phone", "customerNumber");

  private final ReservationIntake intake;
  private final StockLocations stock;

  ReservationController(ReservationIntake intake, StockLocations stock) {
    this.intake = intake;
    this.stock = stock;
  }

  @GetMapping("/new")
  String newReservation(@RequestParam(required = false) String typeNumber, @RequestParam(required = false) String storeId, Model model) {
    ReservationForm form = new ReservationForm();
    form.setTypeNumber(typeNumber);
    form.setStoreId(storeId);
    model.addAttribute("form", form);
    return view(form, model);
  }

  @PostMapping
  String submit(
      @ModelAttribute("form") ReservationForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      SubmittedRequest submitted = intake.submit(form.toSubmission(), IntakeChannel.WEB);
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/track/" + submitted.trackingToken();
    } catch (InvalidSubmissionException invalid) {
      invalid.fieldErrors().forEach((field, message) -> binding.rejectValue(FIELDS.contains(field) ? field : "typeNumber", "invalid", message));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return view(form, model);
    }
  }

  private String view(ReservationForm form, Model model) {
    Map<String, String> products = new LinkedHashMap<>();
    stock.search("").forEach(level -> products.putIfAbsent(level.typeNumber(), level.productName()));
    // how many each store has of the chosen product; empty until a product is chosen
    Map<String, Integer> available = new LinkedHashMap<>();
    if (form.getTypeNumber() != null && !form.getTypeNumber().isBlank()) {
      stock.ofProduct(form.getTypeNumber().strip()).forEach(level -> available.put(level.location().id(), level.available()));
    }
    model.addAttribute("products", products);
    model.addAttribute("stores", stock.stores());
    model.addAttribute("available", available);
    return FORM_VIEW;
  }
}
