package io.omnichannel.portal;

import io.omnichannel.requests.CustomerMessages;
import io.omnichannel.requests.InvalidSubmissionException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
class CustomerAnswerController implements UploadLimitPage {

  private static final Pattern ANSWER = Pattern.compile(".*/track/([A-Za-z0-9_-]+)/answer/?");

  private final CustomerMessages messages;
  private final StatusPage page;

  CustomerAnswerController(CustomerMessages messages, StatusPage page) {
    this.messages = messages;
    this.page = page;
  }

  @PostMapping("/track/{token}/answer")
  String answer(
      @PathVariable String token,
      @ModelAttribute("answerForm") CustomerAnswerForm form,
      BindingResult binding,
      Model model,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    try {
      messages.answerByTrackingToken(token, form.toMessage()).orElseThrow(TrackingController.UnknownTrackingLink::new);
      redirect.addFlashAttribute("answerReceived", true);
      return "redirect:/track/" + token;
    } catch (InvalidSubmissionException invalid) {
      invalid.fieldErrors().forEach((field, message) -> binding.rejectValue(formField(field), "invalid", message));
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return page.fill(token, model);
    }
  }

  @Override
  public boolean isFor(String requestUri) {
    return ANSWER.matcher(requestUri).matches();
  }

  /** The upload was refused before the answer was read: her status page with the reason at the question. */
  @Override
  public String tooLarge(String requestUri, Model model, String formError) {
    Matcher answer = ANSWER.matcher(requestUri);
    if (!answer.matches()) {
      throw new TrackingController.UnknownTrackingLink();
    }
    model.addAttribute("answerError", formError);
    return page.fill(answer.group(1), model);
  }

  private static String formField(String field) {
    return "attachment".equals(field) ? "document" : "text";
  }
}
