package io.omnichannel.portal;

import io.omnichannel.journeys.RequestType;
import io.omnichannel.requests.PlainText;
import java.util.Map;
import org.springframework.ui.Model;

/**
 * What a page with a request type's intake form needs, the portal's and the staff's alike: the
 * type, the values entered so far and the errors by field name, and what the type's fragments read.
 */
public final class IntakeFormPage {

  private IntakeFormPage() {}

  /**
   * @param values shown again without control characters: the field's error says one was there
   * @param staff whether staff fill it in for the customer (the fragments word some fields for them)
   */
  public static void fill(Model model, RequestType type, Map<String, String> values, Map<String, String> errors, boolean staff) {
    values = PlainText.withoutControlCharacters(values);
    model.addAttribute("type", type);
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("staff", staff);
    model.addAllAttributes(type.intake().model(values));
  }

  /** The submitted fields without Spring's and the browser's own (the CSRF token, the file part). */
  public static Map<String, String> fieldsOf(Map<String, String> form) {
    Map<String, String> fields = new java.util.LinkedHashMap<>(form);
    fields.remove("_csrf");
    fields.remove("attachment");
    return fields;
  }
}
