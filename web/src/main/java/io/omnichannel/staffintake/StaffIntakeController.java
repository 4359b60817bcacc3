package io.omnichannel.staffintake;

import io.omnichannel.campaigns.CampaignAttribution;
import io.omnichannel.customers.Customer;
import io.omnichannel.customers.CustomerDirectory;
import io.omnichannel.customers.CustomerSearch;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.journeys.Journeys;
import io.omnichannel.journeys.RequestType;
import io.omnichannel.platform.CustomerWording;
import io.omnichannel.platform.Links;
import io.omnichannel.portal.IntakeFormPage;
import io.omnichannel.portal.UploadLimitPage;
import io.omnichannel.portal.Uploads;
import io.omnichannel.requests.IntakeChannel;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Staff take a request on the phone or at the store counter: find the customer, choose the kind of
 * request (every type of every journey), fill in its fields, and read out the reference, the
 * expected time and the tracking link.
 */
@Controller
@RequestMapping("/staff/requests")
class StaffIntakeController implements UploadLimitPage {

  static final String FORM_VIEW = "staffintake/new";
  private static final int SEARCH_LIMIT = 20;
  /** What the page itself reads from its address; everything else is a value of the form. */
  private static final Set<String> PAGE_PARAMETERS = Set.of("type", "channel", "q", "customer");

  private final Journeys journeys;
  private final CustomerSearch search;
  private final CustomerDirectory customers;
  private final CustomerWording wording;
  private final Links links;
  private final CampaignAttribution attribution;

  StaffIntakeController(
      Journeys journeys, CustomerSearch search, CustomerDirectory customers, CustomerWording wording, Links links,
      CampaignAttribution attribution) {
    this.attribution = attribution;
    this.journeys = journeys;
    this.search = search;
    this.customers = customers;
    this.wording = wording;
    this.links = links;
  }

  /**
   * The form of the chosen type; values in the address (e.g. {@code typeNumber} and {@code storeId}
   * from the stock view) fill it and stay through the customer search.
   */
  @GetMapping("/new")
  String newRequest(
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) UUID customer,
      @RequestParam Map<String, String> parameters,
      Model model) {
    Map<String, String> values = new LinkedHashMap<>(parameters);
    values.keySet().removeAll(PAGE_PARAMETERS);
    Optional.ofNullable(customer).flatMap(customers::byId).ifPresent(found -> prefill(values, found));
    // the page starts on "phone"; a POST without a channel is refused, not defaulted
    String chosenChannel = StaffIntakeChannel.parse(channel).orElse(StaffIntakeChannel.PHONE).name();
    return view(model, typeOrFirst(type), chosenChannel, values, Map.of(), q);
  }

  @PostMapping
  String submit(
      @RequestParam Map<String, String> form,
      @RequestParam(name = "attachment", required = false) MultipartFile attachment,
      Principal staff,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Optional<RequestType> type = typeAt(form.get("type"));
    Optional<StaffIntakeChannel> channel = StaffIntakeChannel.parse(form.get("channel"));
    Map<String, String> values = IntakeFormPage.fieldsOf(form);
    values.keySet().removeAll(PAGE_PARAMETERS);
    Map<String, String> errors = new LinkedHashMap<>();
    if (channel.isEmpty()) {
      errors.put("channel", "Please choose how the customer asked: on the phone, at the counter or in a public post or review.");
    }
    if (type.isEmpty()) {
      errors.put("type", "Please choose the kind of request.");
    }
    try {
      if (!errors.isEmpty()) {
        throw new InvalidSubmissionException(errors);
      }
      // the campaign the customer named ("I saw your poster") is attributed after, not a field of the request
      Map<String, String> fields = new LinkedHashMap<>(values);
      String campaign = fields.remove(CampaignAttribution.FIELD);
      IntakeInput input = new IntakeInput(fields, Uploads.attachment(attachment).orElse(null), null);
      IntakeChannel via = channel.get().enteredBy(staff.getName());
      SubmittedRequest submitted = type.get().intake().submit(input, via);
      attribution.afterIntake(submitted, type.get(), campaign, via);
      redirect.addFlashAttribute(
          "receipt",
          new StaffIntakeReceipt(
              submitted.reference(),
              wording.dayAndTime(submitted.expectedBy()),
              links.tracking(submitted.trackingToken()),
              values.getOrDefault("name", "").strip(),
              values.getOrDefault("email", "").strip(),
              channel.get().label()));
      return "redirect:/staff/requests/submitted";
    } catch (InvalidSubmissionException invalid) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, String> all = new LinkedHashMap<>(invalid.fieldErrors());
      errors.forEach(all::putIfAbsent);
      return view(model, type.orElse(firstType()), form.get("channel"), values, all, null);
    }
  }

  @Override
  public boolean isFor(String requestUri) {
    return requestUri.matches(".*/staff/requests/?");
  }

  /** The upload was refused before the form was read, so the staff get the empty form and the reason. */
  @Override
  public String tooLarge(String requestUri, Model model, String formError) {
    model.addAttribute("formError", formError);
    return view(model, firstType(), StaffIntakeChannel.PHONE.name(), Map.of(), Map.of(), null);
  }

  /** Shown once after the redirect; a reload goes back to an empty form. */
  @GetMapping("/submitted")
  String submitted(Model model) {
    return model.containsAttribute("receipt") ? "staffintake/submitted" : "redirect:/staff/requests/new";
  }

  private String view(Model model, RequestType type, String channel, Map<String, String> values, Map<String, String> errors, String query) {
    String q = query == null ? "" : query.strip();
    IntakeFormPage.fill(model, type, values, errors, true);
    model.addAttribute("channel", channel);
    model.addAttribute("q", q);
    model.addAttribute("searched", !q.isEmpty());
    model.addAttribute("results", search.search(q, SEARCH_LIMIT));
    model.addAttribute("types", journeys.formTypes());
    model.addAttribute("channels", StaffIntakeChannel.values());
    model.addAttribute("campaigns", attribution.choices());
    model.addAttribute("carried", carried(values));
    model.addAttribute("pageLink", pageLink(type, channel, values, q));
    // "New customer" forgets the search and the chosen contact, never the product and store of the call
    model.addAttribute("newCustomerLink", pageLink(type, channel, values, ""));
    return FORM_VIEW;
  }

  /** What the customer search keeps of the form: the request's own values, not the contact it replaces. */
  private static Map<String, String> carried(Map<String, String> values) {
    Map<String, String> carried = new LinkedHashMap<>(values);
    carried.keySet().removeAll(Set.of("name", "email", "customerNumber", "phone"));
    carried.values().removeIf(value -> value == null || value.isBlank());
    return carried;
  }

  /** This page with the type, channel, search and carried values; a customer's "Choose" link adds her id. */
  private static String pageLink(RequestType type, String channel, Map<String, String> values, String q) {
    var link = UriComponentsBuilder.fromPath("/staff/requests/new").queryParam("type", type.path());
    if (channel != null) {
      link.queryParam("channel", channel);
    }
    if (!q.isEmpty()) {
      link.queryParam("q", q);
    }
    carried(values).forEach(link::queryParam);
    return link.encode().build().toUriString();
  }

  private static void prefill(Map<String, String> values, Customer customer) {
    values.put("name", customer.getName());
    values.put("email", customer.getEmail());
    if (customer.getCustomerNumber() != null) {
      values.put("customerNumber", customer.getCustomerNumber());
    }
    if (customer.getPhone() != null) {
      values.put("phone", customer.getPhone());
    }
  }

  private RequestType typeOrFirst(String path) {
    return typeAt(path).orElseGet(this::firstType);
  }

  /** The type at the path, in any case (older links and forms name it in capitals: {@code MANUAL}). */
  private Optional<RequestType> typeAt(String path) {
    return journeys.typeAt(path == null ? null : path.strip().toLowerCase(Locale.ROOT));
  }

  private RequestType firstType() {
    return journeys.formTypes().getFirst();
  }
}
