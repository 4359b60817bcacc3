package io.omnichannel.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which characters text from outside (a form, an API body, a chat, a mail) may hold. PostgreSQL
 * cannot store NUL at all, and the other control characters (bell, backspace, escape, the C1
 * range, …) are never meant in what a person writes: they hide or garble what staff read and can
 * break mail headers. Tabs and line breaks are text.
 */
public final class PlainText {

  /** The field error, in the words the portal and the API show. */
  public static final String CONTROL_CHARACTER =
      "This contained a control character (such as NUL), which we cannot accept. Please check the text and send it again.";

  private PlainText() {}

  /** Whether the text holds no control character but tab, line feed and carriage return; null is fine. */
  public static boolean isAcceptable(String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      if (refused(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text without the characters {@link #isAcceptable} refuses; null stays null. */
  public static String withoutControlCharacters(String text) {
    if (isAcceptable(text)) {
      return text;
    }
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!refused(c)) {
        clean.append(c);
      }
    }
    return clean.toString();
  }

  /** The same fields, each without control characters (e.g. to show a refused form again). */
  public static Map<String, String> withoutControlCharacters(Map<String, String> fields) {
    Map<String, String> clean = new LinkedHashMap<>();
    fields.forEach((name, value) -> clean.put(name, withoutControlCharacters(value)));
    return clean;
  }

  private static boolean refused(char c) {
    return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
  }
}
