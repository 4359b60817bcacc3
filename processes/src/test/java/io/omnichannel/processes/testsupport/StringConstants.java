package io.omnichannel.processes.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The values of a contract class's {@code public static final String} constants. */
public final class StringConstants {

  private StringConstants() {}

  public static Set<String> of(Class<?> holder) {
    return Arrays.stream(holder.getFields())
        .filter(field -> Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .map(StringConstants::value)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
