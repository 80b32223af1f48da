package com.konaplate.sdk.internal.json;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * Strict JSON (RFC 8259) reading that works with every Gson from 2.9 on: what Gson 2.11+ calls
 * {@code Strictness.STRICT}, without that class, which older Gson versions (the ones Spring Boot
 * 2.7 and 3.0 to 3.3 manage) do not have.
 *
 * <p>A {@link JsonReader} with {@code setLenient(false)} read through the {@code JsonElement}
 * type adapter is "legacy strict" in every Gson version ({@code JsonParser.parseReader} and
 * {@code Gson.fromJson} would switch it to lenient). Legacy strict still accepts four departures
 * from RFC 8259 that {@code Strictness.STRICT} refuses; {@link #departsFromRfc8259} refuses them
 * before Gson reads the text, so the result is the same on every Gson version. Where Gson has
 * {@code Strictness} (2.11+), {@link #reader} uses {@code STRICT} and the scan is skipped: one pass
 * over the text instead of two.
 */
public final class StrictJson {
  /**
   * {@code JsonReader.setStrictness(Strictness)}, or null on a Gson without it (before 2.11), and
   * {@code Strictness.STRICT}. Looked up once: facts of the classpath, not state. Reflection, as
   * the SDK compiles and runs against every Gson from 2.9 on.
   */
  private static final Method SET_STRICTNESS = findSetStrictness();
  private static final Object STRICT = strict(SET_STRICTNESS);
  /** True when {@link #reader} refuses what RFC 8259 refuses by itself. */
  private static final boolean RFC_STRICT_READER = SET_STRICTNESS != null && STRICT != null;

  private StrictJson() {
  }

  /**
   * A reader of {@code text} as strict as RFC 8259 where Gson can be ({@code Strictness.STRICT});
   * on an older Gson legacy strict, and {@link #refusedBeforeReading} covers the difference.
   */
  @SuppressWarnings("deprecation") // setLenient: the one strictness setting every Gson has
  public static JsonReader reader(String text) {
    JsonReader in = new JsonReader(new StringReader(text));
    if (!RFC_STRICT_READER) {
      in.setLenient(false);
      return in;
    }
    try {
      SET_STRICTNESS.invoke(in, STRICT);
    } catch (IllegalAccessException | InvocationTargetException impossible) {
      throw new IllegalStateException(impossible); // public, and it throws nothing for STRICT
    }
    return in;
  }

  /**
   * True when {@code text} must be refused before a {@link #reader} reads it: only on a Gson
   * without {@code Strictness}, when the text uses a departure from RFC 8259 that legacy strict
   * accepts. Always false where the reader itself refuses them.
   */
  public static boolean refusedBeforeReading(String text) {
    return !RFC_STRICT_READER && departsFromRfc8259(text);
  }

  private static Method findSetStrictness() {
    try {
      Class<?> strictness = Class.forName("com.google.gson.Strictness", false,
          JsonReader.class.getClassLoader());
      return JsonReader.class.getMethod("setStrictness", strictness);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException olderGson) {
      return null;
    }
  }

  private static Object strict(Method setStrictness) {
    try {
      return setStrictness == null ? null
          : setStrictness.getParameterTypes()[0].getField("STRICT").get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Parses exactly one strict JSON document.
   *
   * @return the document, or null when the text is not one strict JSON document
   * @throws IOException only when {@code in} fails
   */
  public static JsonElement parse(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    for (int n; (n = in.read(chunk)) != -1; ) {
      text.append(chunk, 0, n);
    }
    return parse(text.toString());
  }

  /** The UTF-8 bytes as a JSON object, or null when they are not one strict JSON object. */
  public static JsonObject parseObject(byte[] utf8) {
    if (utf8.length == 0) {
      return null;
    }
    JsonElement element = parse(new String(utf8, StandardCharsets.UTF_8));
    return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
  }

  /** True when {@code text} is one strict JSON document and nothing else. */
  public static boolean isValid(String text) {
    return text != null && parse(text) != null;
  }

  /** One strict JSON document, or null. Never throws. */
  public static JsonElement parse(String text) {
    return parse(text, new JsonTree());
  }

  /**
   * The UTF-8 bytes as a JSON object, or null when they are not one strict JSON object; and in
   * the same pass whether an object gives a member twice ({@link Parsed#duplicates()}).
   */
  public static Parsed parseObjectNotingDuplicates(byte[] utf8) {
    JsonTree tree = new JsonTree();
    JsonElement element = utf8.length == 0 ? null
        : parse(new String(utf8, StandardCharsets.UTF_8), tree);
    return new Parsed(element != null && element.isJsonObject() ? element.getAsJsonObject() : null,
        tree.duplicates());
  }

  private static JsonElement parse(String text, JsonTree tree) {
    if (refusedBeforeReading(text)) {
      return null;
    }
    try {
      // Not JsonParser, which switches the reader to lenient: a tree of our own on a strict one.
      JsonReader reader = reader(text);
      JsonElement element = tree.read(reader);
      if (element == null || reader.peek() != JsonToken.END_DOCUMENT) {
        return null;
      }
      return element;
    } catch (RuntimeException | IOException | StackOverflowError e) {
      // Gson reports malformed input as MalformedJsonException (an IOException) or unchecked
      // exceptions, an empty text as EOFException.
      return null;
    }
  }

  /** A parsed object and whether a member name repeated in it. */
  public static final class Parsed {
    private final JsonObject object;
    private final boolean duplicates;

    Parsed(JsonObject object, boolean duplicates) {
      this.object = object;
      this.duplicates = duplicates;
    }

    /** The object, or null when the text was not one strict JSON object. */
    public JsonObject object() {
      return object;
    }

    /** True when some object of the document gave a member twice. */
    public boolean duplicates() {
      return duplicates;
    }
  }

  /**
   * True when the text uses one of the departures from RFC 8259 that Gson's legacy strict mode
   * accepts and {@code Strictness.STRICT} refuses: a literal in other than lower case
   * ({@code True}, {@code NULL}), the escape {@code \'}, a backslash before a line feed, or an
   * unescaped control character (U+0000 to U+001F) inside a string. Everything else is left to
   * Gson, so this never refuses RFC 8259 JSON: outside strings RFC 8259 has no upper-case letter
   * but the exponent {@code E}, which always follows a digit.
   */
  static boolean departsFromRfc8259(String text) {
    boolean inString = false;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c < 0x20) {
          return true;
        }
        if (c == '\\') {
          char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
          if (next == '\'' || next == '\n') {
            return true;
          }
          i++; // the escaped character cannot end the string
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c >= 'A' && c <= 'Z' && !(c == 'E' && previous >= '0' && previous <= '9')) {
        return true;
      }
      previous = c;
    }
    return false;
  }
}
