package com.konaplate.sdk.internal.json;

import com.konaplate.sdk.model.KonaplateEnum;
import java.util.List;
import java.util.function.Function;

/**
 * JSON arrays for the generated writers, written as {@link JsonObjectWriter} writes its members
 * (Gson's escaping, no whitespace). A null list is null (the member is left out).
 */
public final class JsonArrays {
  private JsonArrays() {
  }

  /** An array of strings. */
  public static String strings(List<String> values) {
    if (values == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      JsonObjectWriter.quote(sb, values.get(i));
    }
    return sb.append(']').toString();
  }

  /** An array of numbers or booleans. */
  public static String literals(List<?> values) {
    if (values == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i > 0 ? "," : "").append(values.get(i));
    }
    return sb.append(']').toString();
  }

  /** An array of extensible-enum values. */
  public static String enums(List<? extends KonaplateEnum> values) {
    if (values == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      JsonObjectWriter.quote(sb, values.get(i).value());
    }
    return sb.append(']').toString();
  }

  /** An array of objects, each written by {@code writer}. */
  public static <T> String objects(List<T> values, Function<T, JsonObjectWriter> writer) {
    if (values == null) {
      return null;
    }
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      sb.append(i > 0 ? "," : "").append(writer.apply(values.get(i)));
    }
    return sb.append(']').toString();
  }
}
