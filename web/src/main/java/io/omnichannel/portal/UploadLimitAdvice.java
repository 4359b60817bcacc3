package io.omnichannel.portal;

import jakarta.servlet.http.HttpServletResponse;
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

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String tooLarge(Model model, HttpServletResponse response) {
    response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
    model.addAttribute("form", new ManualRequestForm());
    model.addAttribute(
        "formError", "The file is larger than 5 MB. Please send a smaller PDF or a photo of the receipt.");
    return ManualRequestController.FORM_VIEW;
  }
}
