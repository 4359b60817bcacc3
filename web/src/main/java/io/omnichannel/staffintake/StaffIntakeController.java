package io.omnichannel.staffintake;

import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.customers.CustomerSearch;
import io.omnichannel.portal.UploadLimitPage;
import io.omnichannel.requests.CallbackWindow;
import io.omnichannel.requests.CustomerRequestIntake;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.ReservationIntake;
import io.omnichannel.inventory.StockLocations;
import io.omnichannel.requests.CustomerWording;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.ManualRequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
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
 * Staff take a request on the phone or at the store counter: find the customer, fill in the
 * request type's fields, and read out the reference, the expected time and the tracking link.
 */
@Controller
@RequestMapping("/staff/requests")
class StaffIntakeController implements UploadLimitPage {

  static final String FORM_VIEW = "staffintake/new";
  private static final int SEARCH_LIMIT = 20;

  private final ManualRequestIntake manuals;
  private final CustomerRequestIntake customerRequests;
  private final ReservationIntake reservations;
  private final StockLocations stock;
  private final CustomerSearch search;
  private final CustomerDirectory customers;
  private final CustomerWording wording;
  private final String publicBaseUrl;

  StaffIntakeController(
      ManualRequestIntake manuals,
      CustomerRequestIntake customerRequests,
      ReservationIntake reservations,
      StockLocations stock,
      CustomerSearch search,
      CustomerDirectory customers,
      CustomerWording wording,
      @Value("${orchestrator.public-base-url:http://localhost:8080}") String publicBaseUrl) {
    this.manuals = manuals;
    this.customerRequests = customerRequests;
    this.reservations = reservations;
    this.stock = stock;
    this.search = search;
    this.customers = customers;
    this.wording = wording;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @GetMapping("/new")
  String newRequest(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID customer,
      @RequestParam(required = false) String typeNumber,
      @RequestParam(required = false) String storeId,
      Model model) {
    StaffIntakeForm form =
        Optional.ofNullable(customer).flatMap(customers::byId).map(StaffIntakeForm::prefilled).orElseGet(StaffIntakeForm::new);
    form.setType(StaffIntakeType.parse(type).orElse(StaffIntakeType.MANUAL).name());
    form.setTypeNumber(typeNumber);
    form.setStoreId(storeId);
    // the GET form starts on "phone"; a POST without a channel is refused, not defaulted
    form.setChannel(StaffIntakeChannel.parse(channel).orElse(StaffIntakeChannel.PHONE).name());
    model.addAttribute("form", form);
    return view(model, q);
  }

  @PostMapping
  String submit(
      @ModelAttribute("form") StaffIntakeForm form,
      BindingResult binding,
      Principal staff,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Optional<StaffIntakeType> type = StaffIntakeType.parse(form.getType());
    Optional<StaffIntakeChannel> channel = StaffIntakeChannel.parse(form.getChannel());
    Map<String, String> errors = new LinkedHashMap<>();
    if (channel.isEmpty()) {
      errors.put("channel", "Please choose how the customer asked: on the phone or at the counter.");
    }
    if (type.isEmpty()) {
      errors.put("type", "Please choose the kind of request.");
    }
    try {
      if (!errors.isEmpty()) {
        throw new InvalidSubmissionException(errors);
      }
      IntakeChannel via = channel.get().enteredBy(staff.getName());
      SubmittedRequest submitted =
          switch (type.get()) {
            case MANUAL -> manuals.submit(form.toManualSubmission(), via);
            case RESERVATION -> reservations.submit(form.toReservationSubmission(), via);
            default -> customerRequests.submit(form.toCustomerRequestSubmission(type.get()), via);
          };
      redirect.addFlashAttribute(
          "receipt",
          new StaffIntakeReceipt(
              submitted.reference(),
              wording.dayAndTime(submitted.expectedBy()),
              publicBaseUrl + "/track/" + submitted.trackingToken(),
              form.getName().strip(),
              form.getEmail().strip(),
              channel.get().label()));
      return "redirect:/staff/requests/submitted";
    } catch (InvalidSubmissionException invalid) {
      errors.forEach((field, message) -> binding.rejectValue(field, "invalid", message));
      invalid.fieldErrors().forEach((field, message) -> {
        if (!errors.containsKey(field)) {
          binding.rejectValue(formField(field), "invalid", message);
        }
      });
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return view(model, null);
    }
  }

  @Override
  public boolean isFor(String requestUri) {
    return requestUri.matches(".*/staff/requests/?");
  }

  /** The upload was refused before the form was read, so the staff get the empty form and the reason. */
  @Override
  public String tooLarge(Model model, String formError) {
    StaffIntakeForm form = new StaffIntakeForm();
    form.setType(StaffIntakeType.MANUAL.name());
    form.setChannel(StaffIntakeChannel.PHONE.name());
    model.addAttribute("form", form);
    model.addAttribute("formError", formError);
    return view(model, null);
  }

  /** Shown once after the redirect; a reload goes back to an empty form. */
  @GetMapping("/submitted")
  String submitted(Model model) {
    return model.containsAttribute("receipt") ? "staffintake/submitted" : "redirect:/staff/requests/new";
  }

  private String view(Model model, String query) {
    String q = query == null ? "" : query.strip();
    model.addAttribute("q", q);
    model.addAttribute("searched", !q.isEmpty());
    model.addAttribute("results", search.search(q, SEARCH_LIMIT));
    model.addAttribute("types", StaffIntakeType.values());
    model.addAttribute("channels", StaffIntakeChannel.values());
    model.addAttribute("windows", CallbackWindow.values());
    model.addAttribute("stores", stock.stores());
    StaffIntakeForm form = (StaffIntakeForm) model.getAttribute("form");
    model.addAttribute("selectedType", StaffIntakeType.parse(form.getType()).orElse(StaffIntakeType.MANUAL));
    return FORM_VIEW;
  }

  private static String formField(String submissionField) {
    return switch (submissionField) {
      case "name", "email", "customerNumber", "orderNumber", "typeNumber", "subject", "message", "phone", "callbackWindow",
          "attachment", "type", "storeId" -> submissionField;
      default -> "message";
    };
  }
}
