package io.omnichannel.portal;

import io.omnichannel.journeys.Journeys;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload far over the limit is refused before any controller sees the form; the customer
 * still gets the form back with a clear message instead of an error page. Ahead of the problem
 * details handler. Each form that takes uploads answers with its own page through
 * {@link UploadLimitPage}; anything else gets the home page with the message.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  static final String TOO_LARGE = "The file is larger than 5 MB. Please send a smaller PDF or photo.";

  private final List<UploadLimitPage> forms;
  private final Journeys journeys;

  UploadLimitAdvice(List<UploadLimitPage> forms, Journeys journeys) {
    this.forms = forms;
    this.journeys = journeys;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    String uri = postedTo(request);
    for (UploadLimitPage form : forms) {
      if (form.isFor(uri)) {
        return form.tooLarge(uri, model, TOO_LARGE);
      }
    }
    model.addAttribute("formError", TOO_LARGE);
    model.addAttribute("requestTypes", journeys.formTypes());
    return "system/home";
  }

  /** Tomcat refuses the body before dispatch and reports it on its error dispatch, to {@code /error}. */
  private static String postedTo(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return original instanceof String uri ? uri : request.getRequestURI();
  }
}
