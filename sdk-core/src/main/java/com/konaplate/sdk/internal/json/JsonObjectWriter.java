package com.konaplate.sdk.internal.json;

import com.konaplate.sdk.exception.RequestValidationException;
import java.nio.charset.StandardCharsets;

/**
 * Writes one flat JSON object into a string, byte for byte as the generated client's Gson writes
 * the same object: members in the order written, no whitespace, strings escaped as Gson's
 * HTML-safe default escapes them. Used by the generated {@code *Json} writers, so request
 * bodies are written from openapi.yaml without reflection or an intermediate JSON tree (which
 * cost about a tenth of the SDK's CPU per call, and most of its code to warm up). Not
 * thread-safe: one writer per body.
 */
public final class JsonObjectWriter {
  /** Gson's replacements for the characters below 128 it escapes (HTML-safe), else null. */
  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
    ESCAPES['<'] = "\\u003c";
    ESCAPES['>'] = "\\u003e";
    ESCAPES['&'] = "\\u0026";
    ESCAPES['='] = "\\u003d";
    ESCAPES['\''] = "\\u0027";
  }

  private final StringBuilder out = new StringBuilder(96).append('{');
  private boolean empty = true;

  /**
   * Adds member {@code name} with a string value; a null value is left out, as Gson does.
   *
   * @throws RequestValidationException naming the member when the value cannot be encoded
   *     exactly as UTF-8 (an unpaired surrogate, which the encoder would replace with {@code ?})
   */
  public JsonObjectWriter string(String name, String value) {
    if (value != null) {
      requireEncodable(name, value);
      name(name);
      quote(value);
    }
    return this;
  }

  /**
   * Adds member {@code name} with an integer or boolean value ({@link Long}, {@link Integer},
   * {@link Boolean}), written as Gson writes them; a null value is left out.
   */
  public JsonObjectWriter literal(String name, Object value) {
    if (value != null) {
      name(name);
      if (value instanceof Long) {
        out.append(((Long) value).longValue()); // the digits straight in, no String made first
      } else {
        out.append(value);
      }
    }
    return this;
  }

  /**
   * Adds member {@code name} with a value already written as JSON (by Gson, for the types this
   * writer does not handle itself); a null value is left out.
   */
  public JsonObjectWriter json(String name, String json) {
    if (json != null) {
      requireEncodable(name, json);
      name(name);
      out.append(json);
    }
    return this;
  }

  /**
   * The value of the top-level string member {@code name} written so far, or null when none was
   * written or its value is not a string (read from the text written, without a parser).
   */
  public String stringMember(String name) {
    return WrittenMembers.string(out, escaped(name));
  }

  /** {@code s} as it stands between the quotes of a JSON string: itself when nothing is escaped. */
  private static String escaped(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c < 128 && ESCAPES[c] != null) || c == '\u2028' || c == '\u2029') {
        StringBuilder quoted = new StringBuilder(s.length() + 8);
        quote(quoted, s);
        return quoted.substring(1, quoted.length() - 1);
      }
    }
    return s;
  }

  /**
   * Adds member {@code name} with the object {@code nested} wrote (its members already checked
   * as it wrote them), copied straight from its text; a null value is left out.
   */
  public JsonObjectWriter object(String name, JsonObjectWriter nested) {
    if (nested != null) {
      name(name);
      out.append(nested.out).append('}');
    }
    return this;
  }

  /** The object, closed. */
  @Override
  public String toString() {
    // Closed and reopened: one copy of the text, where "out + '}'" made two.
    String closed = out.append('}').toString();
    out.setLength(out.length() - 1);
    return closed;
  }

  /** The object, closed, as UTF-8 bytes. */
  public byte[] toUtf8() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Refuses text the UTF-8 encoder would not encode as it is: an unpaired surrogate becomes
   * {@code ?}, so the server would get, and the signature would cover, another value than the
   * one asked for. Checked for every member name and value written, and by the generated
   * requests' validation (naming the field's path), before any I/O.
   */
  public static void requireEncodable(String member, String s) {
    requireEncodable("", member, s);
  }

  /**
   * {@link #requireEncodable(String, String)} for the member {@code prefix + name}, the path
   * built only when the text is refused (a request's validation checks every field of it).
   */
  public static void requireEncodable(String prefix, String name, String s) {
    if (!encodable(s)) {
      // The value is never repeated: it may be a PAR or personal data.
      throw new RequestValidationException(prefix + name,
          "must be valid Unicode text: an unpaired surrogate cannot be encoded as UTF-8");
    }
  }

  private static boolean encodable(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        if (!Character.isHighSurrogate(c) || i + 1 == n || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++; // the low half of the pair
      }
    }
    return true;
  }

  private void name(String name) {
    requireEncodable(name, name);
    if (!empty) {
      out.append(',');
    }
    empty = false;
    quote(name);
    out.append(':');
  }

  /**
   * Adds the members of {@code raw} (name to raw JSON text, checked by the request's validation)
   * as they are: fields a partner sends that openapi.yaml does not describe yet.
   */
  public JsonObjectWriter raw(java.util.Map<String, String> raw) {
    for (java.util.Map.Entry<String, String> m : raw.entrySet()) {
      json(m.getKey(), m.getValue());
    }
    return this;
  }

  private void quote(String s) {
    quote(out, s);
  }

  /** Appends {@code s} to {@code out} as a JSON string, escaped as Gson escapes it. */
  static void quote(StringBuilder out, String s) {
    out.append('"');
    int length = s.length();
    int plainFrom = 0;
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      String replacement;
      if (c < 128) {
        replacement = ESCAPES[c];
      } else if (c == '\u2028') {
        replacement = "\\u2028";
      } else if (c == '\u2029') {
        replacement = "\\u2029";
      } else {
        continue;
      }
      if (replacement == null) {
        continue;
      }
      out.append(s, plainFrom, i).append(replacement);
      plainFrom = i + 1;
    }
    out.append(s, plainFrom, length).append('"');
  }
}
