package io.omnichannel.requests;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a channel hands to an intake: the fields as text, by name (a form's inputs, an API body's
 * members, what a mail rule read), one file, and what the channel already found wrong while
 * reading its input (a file that is not valid Base64, say), so the intake reports every problem at once.
 * A field with a control character ({@link PlainText}) is a problem of that field, and the intake
 * reads it without the character, so no lookup or write ever meets one.
 *
 * @param attachment may be null
 * @param idempotencyKey may be null; a repeat with the same key gets the first request
 * @param problems by field name; an intake refuses the input when there are any
 */
public record IntakeInput(Map<String, String> fields, UploadedFile attachment, String idempotencyKey, Map<String, String> problems) {

  public IntakeInput {
    Map<String, String> found = new LinkedHashMap<>(problems);
    Map<String, String> clean = new HashMap<>();
    withoutNulls(fields).forEach((name, value) -> {
      if (!PlainText.isAcceptable(value)) {
        found.putIfAbsent(name, PlainText.CONTROL_CHARACTER);
      }
      clean.put(name, PlainText.withoutControlCharacters(value));
    });
    fields = Map.copyOf(clean);
    problems = Map.copyOf(found);
  }

  public IntakeInput(Map<String, String> fields, UploadedFile attachment, String idempotencyKey) {
    this(fields, attachment, idempotencyKey, Map.of());
  }

  public static IntakeInput of(Map<String, String> fields) {
    return new IntakeInput(fields, null, null);
  }

  /** The field's text without surrounding blanks; null when missing or blank. */
  public String field(String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public IntakeInput withAttachment(UploadedFile file) {
    return new IntakeInput(fields, file, idempotencyKey, problems);
  }

  public IntakeInput withIdempotencyKey(String key) {
    return new IntakeInput(fields, attachment, key, problems);
  }

  private static Map<String, String> withoutNulls(Map<String, String> fields) {
    Map<String, String> copy = new HashMap<>();
    fields.forEach((name, value) -> {
      if (name != null && value != null) {
        copy.put(name, value);
      }
    });
    return copy;
  }

  /** The problems the channel found, then the submission's broken bean constraints: a map to add the intake's own rules to. */
  Map<String, String> problemsWith(Map<String, String> violations) {
    Map<String, String> all = new LinkedHashMap<>(problems);
    violations.forEach(all::putIfAbsent);
    return all;
  }
}
