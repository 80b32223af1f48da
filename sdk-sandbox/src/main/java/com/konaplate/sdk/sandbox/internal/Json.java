package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.konaplate.sdk.internal.json.StrictJson;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

/** Strict JSON reading shared by request bodies and fixtures. */
final class Json {
  private Json() {
  }

  /**
   * Parses one strict JSON document: Gson's default leniency (comments, unquoted names, single
   * quotes, trailing data) would let malformed requests through that the real service refuses.
   *
   * @return the document, or null when it is not strict JSON
   */
  static JsonElement parseStrict(Reader in) throws IOException {
    // Strict on every Gson the SDK supports (Gson's Strictness needs 2.11+): see StrictJson.
    return StrictJson.parse(in);
  }

  /**
   * Returns the element as a whole number within [min, max], or null when it is not a JSON
   * number with an integral value in that range (strings, fractions and booleans are refused).
   */
  static Long integerIn(JsonElement e, long min, long max) {
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(e.getAsJsonPrimitive().getAsString());
    } catch (NumberFormatException ex) {
      return null;
    }
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
      return null;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      return null;
    }
    return value.longValueExact();
  }

  /** Returns the element as a string, or null when it is not a JSON string. */
  static String string(JsonElement e) {
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
      return null;
    }
    return e.getAsString();
  }
}
