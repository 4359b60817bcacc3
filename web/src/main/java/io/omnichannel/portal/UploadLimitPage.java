package io.omnichannel.portal;

import org.springframework.ui.Model;

/**
 * A form that takes uploads: an over-limit upload to it gets this form back with the error (see
 * {@link UploadLimitAdvice}), not an error page.
 */
public interface UploadLimitPage {

  boolean isFor(String requestUri);

  /** Fills the model for the form with {@code formError} set; @return the view name */
  String tooLarge(String requestUri, Model model, String formError);
}
