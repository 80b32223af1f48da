package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds an object with the same member twice, at any depth. Gson keeps the last one silently, so
 * {@code {"response":{"code":<a refusal>},"response":{"code":<success>}}} would read as a success:
 * an answer that says two things says nothing. Iterative, so any depth the parser accepted is
 * scanned without recursion.
 */
public final class JsonDuplicates {
  private JsonDuplicates() {
  }

  /** True when {@code json} (already known to be valid JSON) has a duplicate member name. */
  public static boolean in(byte[] json) {
    try {
      JsonReader reader = new JsonReader(new StringReader(new String(json, StandardCharsets.UTF_8)));
      List<Set<String>> open = new ArrayList<>(); // one set per open object, null per open array
      while (true) {
        JsonToken token = reader.peek();
        switch (token) {
          case BEGIN_OBJECT:
            reader.beginObject();
            open.add(new HashSet<>());
            break;
          case BEGIN_ARRAY:
            reader.beginArray();
            open.add(null);
            break;
          case END_OBJECT:
            reader.endObject();
            open.remove(open.size() - 1);
            break;
          case END_ARRAY:
            reader.endArray();
            open.remove(open.size() - 1);
            break;
          case NAME:
            if (!open.get(open.size() - 1).add(reader.nextName())) {
              return true;
            }
            break;
          case END_DOCUMENT:
            return false;
          default:
            reader.skipValue();
        }
      }
    } catch (IOException | RuntimeException e) {
      return false; // not reached for JSON the parser accepted; the parser decides about the rest
    }
  }
}
