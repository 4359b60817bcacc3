package io.omnichannel.console.dashboard;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quote or line break in quotes,
 * quotes doubled), safe to open in a spreadsheet: a text field that starts with {@code = + - @},
 * a tab or a carriage return is prefixed with an apostrophe, so it is never taken for a formula
 * (OWASP, "CSV injection"). Numbers are left as they are.
 */
final class Csv {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    line(out, header);
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields.get(i)));
    }
    out.append("\r\n");
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches() ? "'" + value : value;
    if (safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n")) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
