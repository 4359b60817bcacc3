package io.omnichannel.portal;

import io.omnichannel.requests.CustomerMessages;
import io.omnichannel.requests.InvalidSubmissionException;
import io.omnichannel.requests.RequestTracking;
import io.omnichannel.requests.TrackedRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer answers staff's question on her status page: the same as replying by e-mail (the
 * answer joins the history, the process moves on), held to the intake's upload rules.
 */
@Controller
class CustomerAnswerController {

  private final CustomerMessages messages;
  private final RequestTracking tracking;

  CustomerAnswerController(CustomerMessages messages, RequestTracking tracking) {
    this.messages = messages;
    this.tracking = tracking;
  }

  @PostMapping("/track/{token}/answer")
  String answer(
      @PathVariable String token,
      @ModelAttribute("answerForm") CustomerAnswerForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    TrackedRequest request = tracking.findByTrackingToken(token).orElseThrow(TrackingController.UnknownTrackingLink::new);
    try {
      messages.answerByTrackingToken(token, form.toMessage()).orElseThrow(TrackingController.UnknownTrackingLink::new);
      redirect.addFlashAttribute("answerReceived", true);
      return "redirect:/track/" + token;
    } catch (InvalidSubmissionException invalid) {
      invalid.fieldErrors().forEach((field, message) -> binding.rejectValue(formField(field), "invalid", message));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      model.addAttribute("request", request);
      model.addAttribute("events", request.events());
      model.addAttribute("statusText", CustomerStatus.describe(request.status()));
      model.addAttribute("question", tracking.openQuestionByTrackingToken(token).orElse(null));
      model.addAttribute("token", token);
      return "portal/tracking";
    }
  }

  private static String formField(String field) {
    return "attachment".equals(field) ? "document" : "text";
  }
}
