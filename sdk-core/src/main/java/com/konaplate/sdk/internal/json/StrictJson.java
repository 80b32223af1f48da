package com.konaplate.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;

/** Strict JSON checks (RFC 8259: no comments, unquoted names or trailing text). */
public final class StrictJson {
  /** Gson's JsonElement adapter, which keeps the reader's strictness (JsonParser does not). */
  private static final TypeAdapter<JsonElement> ELEMENT = new Gson().getAdapter(JsonElement.class);

  private StrictJson() {
  }

  /** True when {@code text} is one strict JSON value and nothing else. */
  public static boolean isValid(String text) {
    if (text == null) {
      return false;
    }
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      reader.setLenient(false);
      ELEMENT.read(reader);
      return reader.peek() == JsonToken.END_DOCUMENT;
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return false;
    }
  }
}
