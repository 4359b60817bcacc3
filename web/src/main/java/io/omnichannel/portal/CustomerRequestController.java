package io.omnichannel.portal;

import io.omnichannel.requests.CallbackWindow;
import io.omnichannel.requests.CustomerRequestIntake;
import io.omnichannel.requests.CustomerRequestType;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One form per request type: {@code /requests/question}, {@code /requests/complaint}, {@code /requests/callback}. */
@Controller
@RequestMapping("/requests/{kind:question|complaint|callback}")
class CustomerRequestController {

  static final String FORM_VIEW = "portal/customer-request-form";

  private final CustomerRequestIntake intake;

  CustomerRequestController(CustomerRequestIntake intake) {
    this.intake = intake;
  }

  /** The page's wording per type; the path segment names the type. */
  enum Kind {
    QUESTION(CustomerRequestType.GENERAL_QUESTION, "Ask a question",
        "Ask us anything about your purchase, a delivery or our stores. The service centre answers in writing."),
    COMPLAINT(CustomerRequestType.COMPLAINT, "Make a complaint",
        "Tell us what went wrong. Our complaints team takes it on within hours and keeps you informed."),
    CALLBACK(CustomerRequestType.CALLBACK, "Ask for a callback",
        "Leave your number and tell us when suits you: a colleague from the service centre calls you back.");

    final CustomerRequestType type;
    final String title;
    final String intro;

    Kind(CustomerRequestType type, String title, String intro) {
      this.type = type;
      this.title = title;
      this.intro = intro;
    }

    String path() {
      return name().toLowerCase();
    }

    static Kind of(String path) {
      return Arrays.stream(values())
          .filter(k -> k.path().equals(path))
          .findFirst()
          .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
  }

  @GetMapping("/new")
  String newRequest(@PathVariable String kind, Model model) {
    model.addAttribute("form", new CustomerRequestForm());
    return view(Kind.of(kind), model);
  }

  @PostMapping
  String submit(
      @PathVariable String kind,
      @ModelAttribute("form") CustomerRequestForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    Kind page = Kind.of(kind);
    try {
      SubmittedRequest submitted = intake.submit(form.toSubmission(page.type));
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/track/" + submitted.trackingToken();
    } catch (InvalidSubmissionException invalid) {
      invalid.fieldErrors().forEach((field, message) -> binding.rejectValue(formField(field), "invalid", message));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return view(page, model);
    }
  }

  static String view(Kind kind, Model model) {
    model.addAttribute("kind", kind.path());
    model.addAttribute("title", kind.title);
    model.addAttribute("intro", kind.intro);
    model.addAttribute("windows", CallbackWindow.values());
    return FORM_VIEW;
  }

  private static String formField(String submissionField) {
    return Optional.of(submissionField)
        .filter(f -> switch (f) {
          case "name", "email", "customerNumber", "orderNumber", "subject", "message", "phone", "callbackWindow", "attachment" -> true;
          default -> false;
        })
        .orElse("message");
  }
}
