package com.konaplate.sdk.internal.validation;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.json.JsonObjectWriter;
import com.konaplate.sdk.internal.json.StrictJson;
import com.konaplate.sdk.model.KonaplateEnum;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of openapi.yaml that the generated request types check before any I/O. Each failure
 * is a {@link RequestValidationException} naming the field (with its path, e.g.
 * {@code limits.once}) and the rule, never the value.
 */
public final class Rules {
  private Rules() {
  }

  /** A required field must be set. */
  public static void required(String prefix, String name, Object value) {
    if (value == null) {
      throw new RequestValidationException(prefix + name, "is required");
    }
  }

  /**
   * A string's length in UTF-16 characters (as Java servers count it) within bounds, matching a
   * pattern, and
   * encodable exactly as UTF-8 (no unpaired surrogate, which would be sent as {@code ?}).
   */
  public static void string(String prefix, String name, String value, Integer minLength,
      Integer maxLength, Pattern pattern) {
    if (value == null) {
      return;
    }
    JsonObjectWriter.requireEncodable(prefix, name, value);
    int length = value.length();
    if (minLength != null && maxLength != null && minLength.equals(maxLength)
        && length != minLength) {
      throw new RequestValidationException(prefix + name,
          "must be exactly " + minLength + " characters (was " + length + ")");
    }
    if (minLength != null && length < minLength) {
      throw new RequestValidationException(prefix + name,
          "must be at least " + minLength + " characters (was " + length + ")");
    }
    if (maxLength != null && length > maxLength) {
      throw new RequestValidationException(prefix + name,
          "must be at most " + maxLength + " characters (was " + length + ")");
    }
    if (pattern != null && !pattern.matcher(value).matches()) {
      throw new RequestValidationException(prefix + name,
          "must match the pattern " + pattern.pattern());
    }
  }

  /** An integer within bounds. */
  public static void range(String prefix, String name, Long value, Long minimum, Long maximum) {
    if (value == null) {
      return;
    }
    if ((minimum != null && value < minimum) || (maximum != null && value > maximum)) {
      throw new RequestValidationException(prefix + name, "must be between "
          + (minimum == null ? Long.MIN_VALUE : minimum) + " and "
          + (maximum == null ? Long.MAX_VALUE : maximum));
    }
  }

  /** An extensible-enum value openapi.yaml documents (another is not sent). */
  public static void known(String prefix, String name, KonaplateEnum value, String documented) {
    if (value != null && !value.isKnown()) {
      throw new RequestValidationException(prefix + name, "must be one of " + documented);
    }
  }

  /** A list's size within bounds. */
  public static void items(String prefix, String name, List<?> value, Integer minItems,
      Integer maxItems) {
    if (value == null) {
      return;
    }
    if (minItems != null && value.size() < minItems) {
      throw new RequestValidationException(prefix + name,
          "must have at least " + minItems + (minItems == 1 ? " item" : " items"));
    }
    if (maxItems != null && value.size() > maxItems) {
      throw new RequestValidationException(prefix + name,
          "must have at most " + maxItems + (maxItems == 1 ? " item" : " items"));
    }
  }

  /**
   * At least one of several fields ({@code x-konaplate-require-one-of}): arguments are name,
   * value, name, value, ...
   */
  public static void oneOf(String prefix, Object... namesAndValues) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        return;
      }
      names.append(i == 0 ? "" : " or ").append(prefix).append(namesAndValues[i]);
    }
    throw new RequestValidationException(prefix + namesAndValues[0],
        "is required unless another is given: one of " + names + " must be set");
  }

  /**
   * Extra fields sent as they are: each must be valid JSON and must not repeat a described
   * field (the body would carry the name twice).
   */
  public static void unknownFields(String prefix, Map<String, String> fields,
      String... described) {
    if (fields.isEmpty()) {
      return; // the usual case: nothing beyond openapi.yaml's fields
    }
    List<String> names = Arrays.asList(described);
    for (Map.Entry<String, String> f : fields.entrySet()) {
      if (names.contains(f.getKey())) {
        throw new RequestValidationException(prefix + f.getKey(),
            "is a described field: set it with its own builder method");
      }
      if (!StrictJson.isValid(f.getValue())) {
        throw new RequestValidationException(prefix + f.getKey(), "must be valid JSON text");
      }
    }
  }
}
