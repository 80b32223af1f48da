package com.konaplate.sdk.internal.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of a response object for the generated readers, leniently where KONA PLATE's
 * pages disagree (a number sent as a string, a string sent as a number) and strictly where a
 * value would be a guess (a fraction where an integer is due, an object where a string is due):
 * then a {@link ResponseFieldException}. An absent field or JSON null is null.
 */
public final class ResponseFields {
  /** The envelope member every result carries beside its data fields. */
  public static final String ENVELOPE = "response";

  /** Reads an array element at a path. */
  @FunctionalInterface
  public interface ItemReader<T> {
    /** The element's value. */
    T read(JsonElement e, String path);
  }

  /** Reads a JSON object at a path. */
  @FunctionalInterface
  public interface ObjectReader<T> {
    /** The object's value. */
    T read(JsonObject o, String path);
  }

  /** Strings (numbers and booleans given as their text). */
  public static final ItemReader<String> STRING_ITEM = ResponseFields::asString;
  /** Integers (numeric strings accepted). */
  public static final ItemReader<Long> INTEGER_ITEM = ResponseFields::asInteger;
  /** Booleans ({@code "true"}/{@code "false"} accepted). */
  public static final ItemReader<Boolean> BOOLEAN_ITEM = ResponseFields::asBoolean;

  private ResponseFields() {
  }

  /** An unmodifiable set of the names a reader knows. */
  public static Set<String> names(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  /** {@code value}, or a failure naming the required field when it is null. */
  public static <T> T required(T value, String path, String name) {
    if (value == null) {
      throw new ResponseFieldException(path + name, "required but missing");
    }
    return value;
  }

  /** A string field. */
  public static String string(JsonObject o, String name, String path) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : asString(e, path + name);
  }

  /** An integer field. */
  public static Long integer(JsonObject o, String name, String path) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : asInteger(e, path + name);
  }

  /** A boolean field. */
  public static Boolean bool(JsonObject o, String name, String path) {
    JsonElement e = o.get(name);
    return e == null || e.isJsonNull() ? null : asBoolean(e, path + name);
  }

  /** An extensible-enum field: any string is kept. */
  public static <T> T enumValue(JsonObject o, String name, String path, Function<String, T> of) {
    String s = string(o, name, path);
    return s == null ? null : of.apply(s);
  }

  /** An object field. */
  public static <T> T object(JsonObject o, String name, String path, ObjectReader<T> reader) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    return reader.read(asObject(e, path + name), path + name + ".");
  }

  /** An array field, each element read by {@code item}. */
  public static <T> List<T> list(JsonObject o, String name, String path, ItemReader<T> item) {
    JsonElement e = o.get(name);
    if (e == null || e.isJsonNull()) {
      return null;
    }
    if (!e.isJsonArray()) {
      throw new ResponseFieldException(path + name, "expected an array");
    }
    JsonArray array = e.getAsJsonArray();
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      String at = path + name + "[" + i + "]";
      JsonElement element = array.get(i);
      if (element.isJsonNull()) {
        throw new ResponseFieldException(at, "null in a list");
      }
      out.add(item.read(element, at));
    }
    return out;
  }

  /** Array elements that are objects. */
  public static <T> ItemReader<T> objectItem(ObjectReader<T> reader) {
    return (e, path) -> reader.read(asObject(e, path), path + ".");
  }

  /** Array elements that are extensible-enum values. */
  public static <T> ItemReader<T> enumItem(Function<String, T> of) {
    return (e, path) -> of.apply(asString(e, path));
  }

  /** The members of {@code o} not in {@code known}, each as raw JSON text, in order. */
  public static Map<String, String> unknown(JsonObject o, Set<String> known) {
    Map<String, String> out = null;
    for (Map.Entry<String, JsonElement> m : o.entrySet()) {
      if (!known.contains(m.getKey())) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        out.put(m.getKey(), m.getValue().toString());
      }
    }
    return out == null ? Collections.<String, String>emptyMap() : out;
  }

  private static JsonObject asObject(JsonElement e, String path) {
    if (!e.isJsonObject()) {
      throw new ResponseFieldException(path, "expected an object");
    }
    return e.getAsJsonObject();
  }

  private static String asString(JsonElement e, String path) {
    if (!e.isJsonPrimitive()) {
      throw new ResponseFieldException(path, "expected a string");
    }
    return e.getAsString();
  }

  private static Long asInteger(JsonElement e, String path) {
    if (e.isJsonPrimitive()) {
      JsonPrimitive p = e.getAsJsonPrimitive();
      if (p.isNumber() || p.isString()) {
        try {
          return new BigDecimal(p.getAsString().trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException notAnInteger) {
          // a fraction, a number beyond a long, or text: fall through
        }
      }
    }
    throw new ResponseFieldException(path, "expected an integer");
  }

  private static Boolean asBoolean(JsonElement e, String path) {
    if (e.isJsonPrimitive()) {
      JsonPrimitive p = e.getAsJsonPrimitive();
      if (p.isBoolean()) {
        return p.getAsBoolean();
      }
      if (p.isString() && ("true".equals(p.getAsString()) || "false".equals(p.getAsString()))) {
        return Boolean.valueOf(p.getAsString());
      }
    }
    throw new ResponseFieldException(path, "expected a boolean");
  }
}
