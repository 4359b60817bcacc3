package io.omnichannel.portal;

import org.springframework.ui.Model;

/**
 * A form outside the portal that takes uploads: an over-limit upload to it gets this form back with
 * the error, not the portal's form (see {@link UploadLimitAdvice}).
 */
public interface UploadLimitPage {

  boolean isFor(String requestUri);

  /** Fills the model for the empty form with {@code formError} set; @return the view name */
  String tooLarge(Model model, String formError);
}
