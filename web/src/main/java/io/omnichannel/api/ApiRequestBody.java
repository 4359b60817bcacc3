package io.omnichannel.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.omnichannel.requests.IntakeInput;
import io.omnichannel.requests.PlainText;
import io.omnichannel.requests.UploadedFile;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON body of {@code POST /api/v1/requests/{type}}, read for any type: its text, number and
 * boolean members become the intake's fields; {@code attachment} is a file, Base64-encoded;
 * {@code channel} is where the customer asked in the integration's words, kept in the history.
 * Unknown members are ignored (the type's intake reads what it knows); what cannot be read becomes
 * a problem for the intake to report with its own.
 */
final class ApiRequestBody {

  static final String ATTACHMENT = "attachment";
  static final String CHANNEL = "channel";
  static final int MAX_CHANNEL_LENGTH = 50;
  private static final int MAX_BYTES = 5 * 1024 * 1024;
  // longest Base64 text that can decode to MAX_BYTES; anything longer is refused without decoding
  private static final int MAX_BASE64_CHARS = (MAX_BYTES + 2) / 3 * 4;

  private final Map<String, String> fields = new LinkedHashMap<>();
  private final Map<String, String> problems = new LinkedHashMap<>();
  private UploadedFile attachment;
  private String channel;

  private ApiRequestBody() {}

  /** @throws InvalidApiInputException when the body is no JSON object at all */
  static ApiRequestBody read(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidApiInputException(Map.of("body", "Send the request as a JSON object."));
    }
    ApiRequestBody read = new ApiRequestBody();
    Iterator<Map.Entry<String, JsonNode>> members = body.fields();
    while (members.hasNext()) {
      Map.Entry<String, JsonNode> member = members.next();
      read.member(member.getKey(), member.getValue());
    }
    return read;
  }

  private void member(String name, JsonNode value) {
    if (value.isNull()) {
      return;
    }
    if (ATTACHMENT.equals(name)) {
      attachment(value);
    } else if (CHANNEL.equals(name)) {
      channel(value);
    } else if (value.isValueNode()) {
      fields.put(name, value.asText());
    } else {
      problems.put(name, "This value has the wrong type or format.");
    }
  }

  private void channel(JsonNode value) {
    String text = value.isValueNode() ? value.asText().strip() : "";
    if (!PlainText.isAcceptable(text)) {
      problems.put(CHANNEL, PlainText.CONTROL_CHARACTER);
    } else if (text.length() > MAX_CHANNEL_LENGTH) {
      problems.put(CHANNEL, "A channel has at most " + MAX_CHANNEL_LENGTH + " characters.");
    } else if (!text.isEmpty()) {
      channel = text;
    }
  }

  private void attachment(JsonNode value) {
    if (!value.isObject()) {
      problems.put(ATTACHMENT, "Send the file as an object with fileName, mediaType and contentBase64.");
      return;
    }
    String base64 = value.path("contentBase64").asText("").replaceAll("\\s", "");
    if (base64.isEmpty()) {
      problems.put(ATTACHMENT, "Please send the file's content in attachment.contentBase64.");
    } else if (base64.length() > MAX_BASE64_CHARS) {
      problems.put(ATTACHMENT, "The file is larger than 5 MB.");
    } else {
      try {
        attachment =
            new UploadedFile(textOrNull(value.get("fileName")), textOrNull(value.get("mediaType")), Base64.getDecoder().decode(base64));
      } catch (IllegalArgumentException e) {
        problems.put(ATTACHMENT, "attachment.contentBase64 is not valid Base64.");
      }
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  /** @param ledgerKey the idempotency key as the ledger keeps it (scoped by integration), or null */
  IntakeInput toInput(String ledgerKey) {
    return new IntakeInput(fields, attachment, ledgerKey, problems);
  }

  /** Where the customer asked, in the integration's words; null when not said. */
  String channel() {
    return channel;
  }

  /** Every value that makes the request: a repeat with the same key must send them all again, the file's bytes included. */
  Map<String, Object> fingerprint() {
    Map<String, Object> all = new java.util.TreeMap<>(fields);
    all.put(CHANNEL, channel);
    if (attachment != null) {
      all.put(ATTACHMENT, java.util.List.of(
          String.valueOf(attachment.fileName()), String.valueOf(attachment.declaredMediaType()),
          Base64.getEncoder().encodeToString(attachment.content())));
    }
    return all;
  }
}
