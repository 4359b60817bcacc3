package io.omnichannel.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 * details handler, because today only the portal takes uploads.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

  private static final Pattern CUSTOMER_FORM = Pattern.compile(".*/requests/(question|complaint|callback)/?");

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletRequest request, HttpServletResponse response) {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    Matcher customerForm = CUSTOMER_FORM.matcher(request.getRequestURI());
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
}
