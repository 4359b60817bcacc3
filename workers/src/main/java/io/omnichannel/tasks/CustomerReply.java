package io.omnichannel.tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/** A message from staff to the customer of a task's request. */
public record CustomerReply(String subject, String body) {

  public static final int MIN_BODY_LENGTH = 20;
  public static final int MAX_SUBJECT_LENGTH = 200;

  /** @throws TaskFormValidationException with a message per bad field ({@code subject}, {@code body}) */
  public CustomerReply validated() {
    Map<String, String> errors = new LinkedHashMap<>();
    String s = subject == null ? "" : subject.strip();
    String b = body == null ? "" : body.strip();
    if (s.isEmpty()) {
      errors.put("subject", "Give the e-mail a subject.");
    } else if (s.length() > MAX_SUBJECT_LENGTH) {
      errors.put("subject", "Keep the subject under " + MAX_SUBJECT_LENGTH + " characters.");
    }
    if (b.length() < MIN_BODY_LENGTH) {
      errors.put("body", "Write the customer a message of at least " + MIN_BODY_LENGTH + " characters.");
    }
    if (!errors.isEmpty()) {
      throw new TaskFormValidationException(errors);
    }
    return new CustomerReply(s, b);
  }
}
