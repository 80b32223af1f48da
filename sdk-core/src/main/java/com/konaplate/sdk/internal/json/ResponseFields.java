package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the members of a response for the generated readers, straight from Gson's streaming
 * reader (no tree): leniently where KONA PLATE's pages disagree (a number sent as a string, a
 * string sent as a number) and strictly where a value would be a guess (a fraction where an
 * integer is due, an object where a string is due): then a {@link ResponseFieldException} naming
 * the member's path, built only for the error. JSON null is null. The engine has checked the
 * answer is strict JSON (and its top level and envelope free of repeated members) before any
 * reader runs; the readers refuse a member repeated below.
 */
public final class ResponseFields {
  /** Reads one value (an array element) at a path. */
  @FunctionalInterface
  public interface ItemReader<T> {
    /** The value at {@code path}. */
    T read(JsonReader in, String path) throws IOException;
  }

  /** Strings (numbers and booleans given as their text). */
  public static final ItemReader<String> STRING_ITEM = (in, path) -> string(in, path, "");
  /** Integers (numeric strings accepted). */
  public static final ItemReader<Long> INTEGER_ITEM = (in, path) -> integer(in, path, "");
  /** Booleans ({@code "true"}/{@code "false"} accepted). */
  public static final ItemReader<Boolean> BOOLEAN_ITEM = (in, path) -> bool(in, path, "");

  private ResponseFields() {
  }

  /** A strict reader of {@code json}, for a generated reader's top level. */
  public static JsonReader reader(String json) {
    return StrictJson.reader(json);
  }

  /**
   * Checks that the object just read was the whole text: an answer read in one pass (not skimmed
   * first) may be cut short or carry something after its object.
   */
  public static void end(JsonReader in) throws IOException {
    if (in.peek() != JsonToken.END_DOCUMENT) {
      throw new ResponseFieldException("(body)", "more than one JSON object");
    }
  }

  /**
   * Refuses an answer's data that holds an {@code encData} member: an encrypted block beside
   * plaintext says two things (the engine decrypts an answer whose envelope comes encrypted; one
   * read in a single pass whose {@code encData} is met only here is classified again).
   */
  public static void plaintext(Map<String, String> unknown) {
    if (unknown != null && unknown.containsKey("encData")) {
      throw new ResponseFieldException("encData", "an encrypted block beside plaintext data");
    }
  }

  /** A reader's I/O failure (not expected on a skimmed answer) as a field failure. */
  public static ResponseFieldException unreadable(String path, IOException e) {
    return new ResponseFieldException(path.isEmpty() ? "(body)" : path, "not readable JSON");
  }

  /** The failure of a required member {@code name} of the object at {@code path} missing. */
  public static ResponseFieldException missing(String path, String name) {
    return new ResponseFieldException(path + name, "required but missing");
  }

  /**
   * The failure of member {@code name} given twice in the object at {@code path}: Gson would keep
   * the last silently, and an answer that says two things says nothing.
   */
  public static ResponseFieldException repeated(String path, String name) {
    return new ResponseFieldException(path + name, "given twice");
  }

  /** The next value as a string, null for JSON null. */
  public static String string(JsonReader in, String path, String name) throws IOException {
    JsonToken t = in.peek();
    if (t == JsonToken.STRING || t == JsonToken.NUMBER) {
      return in.nextString();
    }
    if (t == JsonToken.BOOLEAN) {
      return Boolean.toString(in.nextBoolean());
    }
    return nullOr(in, path, name, "expected a string");
  }

  /** The next value as an integer, null for JSON null. */
  public static Long integer(JsonReader in, String path, String name) throws IOException {
    JsonToken t = in.peek();
    if (t == JsonToken.NUMBER && ExactLongs.isExactLong(in)) {
      return in.nextLong(); // the long Gson read as it peeked: exactly as written
    }
    if (t == JsonToken.NUMBER || t == JsonToken.STRING) {
      // Any other number, or a numeric string: not nextLong, which reads 1.0000000000000001 as 1
      // and 9223372036854775808 as Long.MAX_VALUE through a double; an amount is read exactly or
      // refused.
      String text = in.nextString();
      Long plain = plainInteger(text);
      if (plain != null) {
        return plain; // the common case, without a BigDecimal
      }
      try {
        return new BigDecimal(text.trim()).longValueExact();
      } catch (ArithmeticException | NumberFormatException notAnInteger) {
        throw new ResponseFieldException(path + name, "expected an integer");
      }
    }
    return nullOr(in, path, name, "expected an integer");
  }

  /**
   * The value of {@code s} when it is an optional minus and 1 to 18 digits (exactly a long),
   * checked and summed in one pass; else null.
   */
  private static Long plainInteger(String s) {
    int n = s.length();
    boolean negative = n > 0 && s.charAt(0) == '-';
    int i = negative ? 1 : 0;
    if (n - i < 1 || n - i > 18) {
      return null;
    }
    long value = 0;
    for (; i < n; i++) {
      int digit = s.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return null;
      }
      value = value * 10 + digit;
    }
    return negative ? -value : value;
  }

  /** The next value as a boolean, null for JSON null. */
  public static Boolean bool(JsonReader in, String path, String name) throws IOException {
    JsonToken t = in.peek();
    if (t == JsonToken.BOOLEAN) {
      return in.nextBoolean();
    }
    if (t == JsonToken.STRING) {
      String s = in.nextString();
      if ("true".equals(s) || "false".equals(s)) {
        return Boolean.valueOf(s);
      }
      throw new ResponseFieldException(path + name, "expected a boolean");
    }
    return nullOr(in, path, name, "expected a boolean");
  }

  /** The next value as an extensible enum: any string is kept. */
  public static <T> T enumValue(JsonReader in, String path, String name, Function<String, T> of)
      throws IOException {
    String s = string(in, path, name);
    return s == null ? null : of.apply(s);
  }

  /** The next value as an object read by {@code reader} (a generated reader's {@code read}). */
  public static <T> T object(JsonReader in, String path, String name, ItemReader<T> reader)
      throws IOException {
    if (in.peek() == JsonToken.BEGIN_OBJECT) {
      return reader.read(in, path + name + ".");
    }
    return nullOr(in, path, name, "expected an object");
  }

  /** The next value as an array, each element read by {@code item}. */
  public static <T> List<T> list(JsonReader in, String path, String name, ItemReader<T> item)
      throws IOException {
    if (in.peek() != JsonToken.BEGIN_ARRAY) {
      return nullOr(in, path, name, "expected an array");
    }
    List<T> out = new ArrayList<>();
    // One path for every element; an element's index goes into the path only on a failure, so
    // a page of a hundred items does not build two hundred strings no one reads.
    String items = path + name + "[]";
    in.beginArray();
    for (int i = 0; in.hasNext(); i++) {
      if (in.peek() == JsonToken.NULL) {
        throw new ResponseFieldException(path + name + "[" + i + "]", "null in a list");
      }
      try {
        out.add(item.read(in, items));
      } catch (ResponseFieldException e) {
        throw e.within(items, path + name + "[" + i + "]");
      }
    }
    in.endArray();
    return out;
  }

  /** Array elements that are objects, each read by a generated reader's {@code read}. */
  public static <T> ItemReader<T> objectItem(ItemReader<T> reader) {
    return new ItemReader<T>() {
      /** The last path and its members' prefix: every element of a list has the same path. */
      private Prefix last;

      @Override
      public T read(JsonReader in, String path) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) {
          throw new ResponseFieldException(path, "expected an object");
        }
        Prefix p = last;
        if (p == null || !p.path.equals(path)) {
          p = new Prefix(path);
          last = p;
        }
        return reader.read(in, p.members);
      }
    };
  }

  /** A path and the prefix of its members' paths; immutable, so safe to share. */
  private static final class Prefix {
    final String path;
    final String members;

    Prefix(String path) {
      this.path = path;
      this.members = path + ".";
    }
  }

  /** Array elements that are extensible-enum values. */
  public static <T> ItemReader<T> enumItem(Function<String, T> of) {
    return (in, path) -> of.apply(string(in, path, ""));
  }

  /**
   * Reads the next value, a member {@code name} openapi.yaml does not describe, into
   * {@code unknown} as raw JSON text, creating the map on the first one; returns the map.
   */
  public static Map<String, String> unknown(Map<String, String> unknown, String name,
      JsonReader in) throws IOException {
    Map<String, String> out = unknown == null ? new LinkedHashMap<String, String>() : unknown;
    JsonTree tree = new JsonTree();
    String raw = tree.read(in).toString();
    if (tree.duplicates() || out.put(name, raw) != null) {
      throw repeated("", name);
    }
    return out;
  }

  private static <T> T nullOr(JsonReader in, String path, String name, String expected)
      throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    throw new ResponseFieldException(path + name, expected);
  }
}
