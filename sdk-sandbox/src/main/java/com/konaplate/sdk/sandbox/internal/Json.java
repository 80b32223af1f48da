package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
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
    JsonReader reader = new JsonReader(in);
    reader.setStrictness(Strictness.STRICT);
    try {
      JsonElement element = JsonParser.parseReader(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        return null;
      }
      return element;
    } catch (JsonIOException e) {
      throw e.getCause() instanceof IOException ? (IOException) e.getCause() : new IOException(e);
    } catch (JsonParseException e) {
      return null;
    } catch (MalformedJsonException e) {
      return null; // thrown by the trailing-data check
    }
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
