package com.konaplate.sdk.internal.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of a response object for the generated readers, leniently where KONA PLATE's
 * pages disagree (a number sent as a string, a string sent as a number) and strictly where a
 * value would be a guess (a fraction where an integer is due, an object where a string is due):
 * then a {@link ResponseFieldException}. JSON null is null; the generated readers visit each
 * member of an object once (no lookups by name) and call these with the member's value.
 */
public final class ResponseFields {
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

  /** The failure of a required member {@code name} of the object at {@code path} missing. */
  public static ResponseFieldException missing(String path, String name) {
    return new ResponseFieldException(path + name, "required but missing");
  }

  /**
   * Member {@code name} of the object at {@code path} as a string, null for JSON null. The
   * path is only built for an error, so a successful read allocates nothing for it.
   */
  public static String string(JsonElement v, String path, String name) {
    return v.isJsonNull() ? null : asString(v, path, name);
  }

  /** Member {@code name} as an integer, null for JSON null. */
  public static Long integer(JsonElement v, String path, String name) {
    return v.isJsonNull() ? null : asInteger(v, path, name);
  }

  /** Member {@code name} as a boolean, null for JSON null. */
  public static Boolean bool(JsonElement v, String path, String name) {
    return v.isJsonNull() ? null : asBoolean(v, path, name);
  }

  /** Member {@code name} as an extensible enum: any string is kept. */
  public static <T> T enumValue(JsonElement v, String path, String name, Function<String, T> of) {
    String s = string(v, path, name);
    return s == null ? null : of.apply(s);
  }

  /** Member {@code name} as an object read by {@code reader}. */
  public static <T> T object(JsonElement v, String path, String name, ObjectReader<T> reader) {
    if (v.isJsonNull()) {
      return null;
    }
    if (!v.isJsonObject()) {
      throw new ResponseFieldException(path + name, "expected an object");
    }
    return reader.read(v.getAsJsonObject(), path + name + ".");
  }

  /** Member {@code name} as an array, each element read by {@code item}. */
  public static <T> List<T> list(JsonElement v, String path, String name, ItemReader<T> item) {
    if (v.isJsonNull()) {
      return null;
    }
    if (!v.isJsonArray()) {
      throw new ResponseFieldException(path + name, "expected an array");
    }
    JsonArray array = v.getAsJsonArray();
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

  /**
   * Adds member {@code name} (one openapi.yaml does not describe) to {@code unknown} as raw JSON
   * text, creating the map on the first one; returns the map.
   */
  public static Map<String, String> unknown(Map<String, String> unknown, String name,
      JsonElement v) {
    Map<String, String> out = unknown == null ? new LinkedHashMap<String, String>() : unknown;
    out.put(name, v.toString());
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

  private static JsonObject asObject(JsonElement e, String path) {
    if (!e.isJsonObject()) {
      throw new ResponseFieldException(path, "expected an object");
    }
    return e.getAsJsonObject();
  }

  private static String asString(JsonElement e, String path) {
    return asString(e, path, "");
  }

  private static String asString(JsonElement e, String path, String name) {
    if (!e.isJsonPrimitive()) {
      throw new ResponseFieldException(path + name, "expected a string");
    }
    return e.getAsString();
  }

  private static Long asInteger(JsonElement e, String path) {
    return asInteger(e, path, "");
  }

  private static Long asInteger(JsonElement e, String path, String name) {
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
    throw new ResponseFieldException(path + name, "expected an integer");
  }

  private static Boolean asBoolean(JsonElement e, String path) {
    return asBoolean(e, path, "");
  }

  private static Boolean asBoolean(JsonElement e, String path, String name) {
    if (e.isJsonPrimitive()) {
      JsonPrimitive p = e.getAsJsonPrimitive();
      if (p.isBoolean()) {
        return p.getAsBoolean();
      }
      if (p.isString() && ("true".equals(p.getAsString()) || "false".equals(p.getAsString()))) {
        return Boolean.valueOf(p.getAsString());
      }
    }
    throw new ResponseFieldException(path + name, "expected a boolean");
  }
}
