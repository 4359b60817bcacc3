package io.omnichannel.requests;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The rules and customer-facing messages for who is asking, the same in every journey's
 * submission record: {@code @Contact.Name String name, @Contact.Email String email, ...}. Each
 * annotation reports the message of the rule that failed.
 */
public final class Contact {

  private Contact() {}

  @NotBlank(message = "Please tell us your name.")
  @Size(max = 200, message = "Please keep the name under 200 characters.")
  @Constraint(validatedBy = {})
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  public @interface Name {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  @NotBlank(message = "Please give us your e-mail address.")
  @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "This does not look like an e-mail address.")
  @Size(max = 320, message = "Please keep the e-mail address under 320 characters.")
  @Constraint(validatedBy = {})
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  public @interface EmailAddress {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Optional. */
  @Size(max = 64, message = "A customer number has at most 64 characters.")
  @Constraint(validatedBy = {})
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  public @interface CustomerNumber {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Optional. */
  @Size(max = 64, message = "An order number has at most 64 characters.")
  @Constraint(validatedBy = {})
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  public @interface OrderNumber {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }

  /** Optional. */
  @Size(max = 64, message = "A phone number has at most 64 characters.")
  @Constraint(validatedBy = {})
  @Target({FIELD, METHOD, PARAMETER})
  @Retention(RUNTIME)
  public @interface Phone {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
  }
}
