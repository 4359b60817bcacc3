package io.omnichannel.tasks;

import java.util.Map;

/** A prepared answer to a customer; {@code {customerName}}, {@code {reference}} etc. are filled in per request. */
public record ReplyTemplate(String id, String title, String subject, String body) {

  public CustomerReply fill(Map<String, String> values) {
    return new CustomerReply(replace(subject, values), replace(body, values));
  }

  private static String replace(String text, Map<String, String> values) {
    String result = text;
    for (Map.Entry<String, String> value : values.entrySet()) {
      result = result.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
    }
    return result;
  }
}
