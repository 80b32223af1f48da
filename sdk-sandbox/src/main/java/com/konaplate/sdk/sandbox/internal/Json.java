package com.konaplate.sdk.sandbox.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

/** Strict JSON reading shared by request bodies and fixtures. */
final class Json {
  /** Gson's JsonElement adapter: reading through it keeps the reader's strictness. */
  private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

  private Json() {
  }

  /**
   * Parses one strict JSON document: Gson's default leniency (comments, unquoted names, single
   * quotes, trailing data) would let malformed requests through that the real service refuses.
   *
   * @return the document, or null when it is not strict JSON
   */
  @SuppressWarnings("deprecation") // setLenient(false): the strictness every Gson from 2.9 has
  static JsonElement parseStrict(Reader in) throws IOException {
    // Not Gson 2.11's Strictness (Spring Boot 2.7 and 3.0-3.3 manage older Gson), and not
    // JsonParser, which switches the reader to lenient: the element adapter on a strict reader.
    try {
      JsonReader reader = new JsonReader(in);
      reader.setLenient(false);
      JsonElement element = ELEMENT.read(reader);
      return element != null && reader.peek() == JsonToken.END_DOCUMENT ? element : null;
    } catch (RuntimeException | StackOverflowError | com.google.gson.stream.MalformedJsonException
        | java.io.EOFException e) {
      return null;
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
