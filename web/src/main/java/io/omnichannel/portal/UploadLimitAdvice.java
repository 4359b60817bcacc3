package io.omnichannel.portal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * details handler. Other forms with uploads (the staff intake) answer with their own form through
 * {@link UploadLimitPage}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private static final Pattern CUSTOMER_FORM = Pattern.compile(".*/requests/(question|complaint|callback)/?");

  private final List<UploadLimitPage> otherForms;

  UploadLimitAdvice(List<UploadLimitPage> otherForms) {
    this.otherForms = otherForms;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    String uri = postedTo(request);
    for (UploadLimitPage form : otherForms) {
      if (form.isFor(uri)) {
        return form.tooLarge(model, "The file is larger than 5 MB. Please attach a smaller PDF or photo.");
      }
    }
    Matcher customerForm = CUSTOMER_FORM.matcher(uri);
    if (customerForm.matches()) {
      model.addAttribute("form", new CustomerRequestForm());
      model.addAttribute("formError", "The file is larger than 5 MB. Please send a smaller PDF or photo.");
      return CustomerRequestController.view(CustomerRequestController.Kind.of(customerForm.group(1)), model);
    }
    model.addAttribute("form", new ManualRequestForm());
    model.addAttribute(
        "formError", "The file is larger than 5 MB. Please send a smaller PDF or a photo of the receipt.");
    return ManualRequestController.FORM_VIEW;
  }

  /** Tomcat refuses the body before dispatch and reports it on its error dispatch, to {@code /error}. */
  private static String postedTo(HttpServletRequest request) {
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return original instanceof String uri ? uri : request.getRequestURI();
  }
}
