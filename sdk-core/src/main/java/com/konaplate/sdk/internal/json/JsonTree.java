package com.konaplate.sdk.internal.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the JSON tree Gson's own {@code JsonElement} adapter builds (numbers kept as written),
 * and notes in the same pass whether any object gives a member twice — which Gson keeps silently
 * (the last one wins), so {@code {"response":<a refusal>,"response":<success>}} would read as a
 * success. One pass instead of a tree and a second scan; iterative, so any depth the reader
 * accepts is built without recursion. Not thread-safe: one per document.
 */
final class JsonTree {
  private boolean duplicates;

  /** True once a member name repeated within one object. */
  boolean duplicates() {
    return duplicates;
  }

  /** Reads one value from {@code reader} (its strictness is the caller's). */
  JsonElement read(JsonReader reader) throws IOException {
    List<JsonElement> open = new ArrayList<>();
    List<String> names = new ArrayList<>();
    JsonElement done = null;
    while (true) {
      JsonToken token = reader.peek();
      JsonElement value;
      switch (token) {
        case BEGIN_OBJECT:
          reader.beginObject();
          open.add(new JsonObject());
          continue;
        case BEGIN_ARRAY:
          reader.beginArray();
          open.add(new JsonArray());
          continue;
        case NAME:
          names.add(reader.nextName());
          continue;
        case END_OBJECT:
          reader.endObject();
          value = open.remove(open.size() - 1);
          break;
        case END_ARRAY:
          reader.endArray();
          value = open.remove(open.size() - 1);
          break;
        case STRING:
          value = new JsonPrimitive(reader.nextString());
          break;
        case NUMBER:
          value = new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
          break;
        case BOOLEAN:
          value = new JsonPrimitive(reader.nextBoolean());
          break;
        case NULL:
          reader.nextNull();
          value = JsonNull.INSTANCE;
          break;
        default:
          throw new IOException("unexpected " + token);
      }
      if (open.isEmpty()) {
        done = value;
        return done;
      }
      JsonElement parent = open.get(open.size() - 1);
      if (parent.isJsonArray()) {
        parent.getAsJsonArray().add(value);
      } else {
        String name = names.remove(names.size() - 1);
        JsonObject object = parent.getAsJsonObject();
        int size = object.size();
        object.add(name, value); // a repeated name replaces its member: the size stays
        duplicates |= object.size() == size;
      }
    }
  }
}
