package io.omnichannel.portal;

import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.ManualRequestIntake;
import io.omnichannel.requests.SubmittedRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/requests/manual")
class ManualRequestController {

  static final String FORM_VIEW = "portal/manual-request-form";

  private final ManualRequestIntake intake;

  ManualRequestController(ManualRequestIntake intake) {
    this.intake = intake;
  }

  @GetMapping("/new")
  String newRequest(Model model) {
    model.addAttribute("form", new ManualRequestForm());
    return FORM_VIEW;
  }

  @PostMapping
  String submit(
      @ModelAttribute("form") ManualRequestForm form,
      BindingResult binding,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      SubmittedRequest submitted = intake.submit(form.toSubmission());
      redirect.addFlashAttribute("justSubmitted", true);
      return "redirect:/track/" + submitted.trackingToken();
    } catch (InvalidSubmissionException invalid) {
      invalid.fieldErrors().forEach((field, message) -> binding.rejectValue(formField(field), "invalid", message));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return FORM_VIEW;
    }
  }

  private static String formField(String submissionField) {
    return switch (submissionField) {
      case "attachment" -> "receipt";
      case "name", "email", "customerNumber", "orderNumber", "typeNumber", "message" -> submissionField;
      default -> "message";
    };
  }
}
