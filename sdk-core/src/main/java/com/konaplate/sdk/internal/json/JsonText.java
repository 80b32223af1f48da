package com.konaplate.sdk.internal.json;

import com.google.gson.stream.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * A response body for the generated readers: its UTF-8 bytes as they came (read by
 * {@link Utf8Reader} without a decoded copy) or text already decoded (a skimmed answer, a
 * read-back's confirmation). Immutable; the bytes are never modified. It has no
 * {@code toString()} of its content: a body may hold personal data.
 */
public final class JsonText {
  /** The body of an answer that was only its envelope: nothing to read but an empty object. */
  public static final JsonText EMPTY_OBJECT = of("{}");

  private final byte[] utf8;
  private final String text;

  private JsonText(byte[] utf8, String text) {
    this.utf8 = utf8;
    this.text = text;
  }

  /** The body {@code text}. */
  public static JsonText of(String text) {
    if (text == null) {
      throw new NullPointerException("text == null");
    }
    return new JsonText(null, text);
  }

  /** The body whose UTF-8 bytes are {@code utf8}, not copied: the caller never changes them. */
  public static JsonText utf8(byte[] utf8) {
    if (utf8 == null) {
      throw new NullPointerException("utf8 == null");
    }
    return new JsonText(utf8, null);
  }

  /**
   * A strict reader of the body ({@link StrictJson}); bytes are decoded as they are read, to the
   * chars their decoding as a {@code String} would give.
   */
  public JsonReader reader() {
    return StrictJson.reader(utf8 != null ? new Utf8Reader(utf8) : new StringReader(text));
  }

  /** The body as text, decoded on each call when it is held as bytes. */
  public String text() {
    return utf8 != null ? new String(utf8, StandardCharsets.UTF_8) : text;
  }
}
