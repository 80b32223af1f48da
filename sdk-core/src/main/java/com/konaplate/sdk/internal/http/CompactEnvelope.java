package com.konaplate.sdk.internal.http;

import java.nio.charset.StandardCharsets;

/** The compact KONA PLATE envelope, read without a JSON parser (see {@link #read}). */
final class CompactEnvelope {
  private static final byte[] ENVELOPE_CODE =
      "{\"response\":{\"code\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENVELOPE_DESCRIPTION =
      "\",\"description\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENVELOPE_END = "\"}}".getBytes(StandardCharsets.US_ASCII);

  private CompactEnvelope() {
  }

  /**
   * Code and description of a body that is exactly the compact envelope
   * {@code {"response":{"code":"NNN_NNN","description":"…"}}} with a description of printable
   * ASCII without quotes or backslashes (what KONA PLATE answers to terminate), read without a
   * JSON parser; null for anything else, which Gson then parses as before. Gson's JsonReader
   * allocates a 2 KB buffer per parse, 2.6 KB in all: in the benchmarks that was a third of the
   * SDK's own allocation per plaintext call. Every body read here is read by Gson the same way
   * (CompactEnvelopeTest checks this against Gson).
   */
  static String[] read(byte[] b) {
    int codeAt = ENVELOPE_CODE.length;
    int descriptionAt = codeAt + 7 + ENVELOPE_DESCRIPTION.length;
    int end = b.length - ENVELOPE_END.length;
    if (end < descriptionAt || !regionEquals(b, 0, ENVELOPE_CODE)
        || !regionEquals(b, codeAt + 7, ENVELOPE_DESCRIPTION)
        || !regionEquals(b, end, ENVELOPE_END)) {
      return null;
    }
    if (!isCode(b, codeAt)) {
      return null;
    }
    for (int i = descriptionAt; i < end; i++) {
      if (!simple(b[i])) {
        return null;
      }
    }
    return new String[] {new String(b, codeAt, 7, StandardCharsets.US_ASCII),
        new String(b, descriptionAt, end - descriptionAt, StandardCharsets.US_ASCII)};
  }

  private static final byte[] ENC_DATA_START = "{\"encData\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENC_DATA_END = "\"}".getBytes(StandardCharsets.US_ASCII);
  /** Base64URL characters and the dot, by byte value: one load per byte of a 25 KB JWE. */
  private static final boolean[] JWE_CHARACTERS = new boolean[256];

  static {
    String allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    for (int i = 0; i < allowed.length(); i++) {
      JWE_CHARACTERS[allowed.charAt(i)] = true;
    }
  }

  /**
   * The JWE of a body that is exactly {@code {"encData":"<JWE>"}}, the JWE of Base64URL
   * characters and dots only (no escapes possible), read without a JSON parser; null for
   * anything else, which Gson then parses as before. Parsing a 25 KB encrypted answer into a
   * tree cost about 65 us (a String of the body, the value copied through a StringBuilder) for
   * the one member KONA PLATE sends.
   */
  static String encData(byte[] b) {
    int start = ENC_DATA_START.length;
    int end = b.length - ENC_DATA_END.length;
    if (end <= start || !regionEquals(b, 0, ENC_DATA_START) || !regionEquals(b, end, ENC_DATA_END)) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (!JWE_CHARACTERS[b[i] & 0xFF]) {
        return null;
      }
    }
    return new String(b, start, end - start, StandardCharsets.US_ASCII);
  }

  private static final byte[] LEADING = "{\"response\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TRAILING = ",\"response\":".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENVELOPE_OBJECT =
      "{\"code\":\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * Code and description of a body with data whose envelope is compact and its first or last
   * member ({@code {"response":{"code":"NNN_NNN","description":"…"},…}} or
   * {@code {…,"response":{"code":"NNN_NNN","description":"…"}}}, the description as
   * {@link #read} takes it); null for anything else. It proves nothing about the rest: the body
   * must still be read as one strict JSON object with one {@code response} member and no
   * {@code encData} (the generated readers check that in the same pass as the data), and then
   * its envelope is the one found here: a first member that starts the text, or a last one that
   * ends it, is a member of the top-level object.
   */
  static String[] aroundData(byte[] b) {
    int size = ENVELOPE_OBJECT.length + 7 + ENVELOPE_DESCRIPTION.length + 1;
    if (b.length < LEADING.length + size + ENVELOPE_END.length + 2 || b[0] != '{') {
      return null;
    }
    boolean leading = regionEquals(b, 0, LEADING);
    int envelopeAt;
    if (leading) {
      envelopeAt = LEADING.length;
    } else if (regionEquals(b, b.length - ENVELOPE_END.length, ENVELOPE_END)) {
      // Backwards over the description to its opening quote, then the fixed text before it.
      int quote = b.length - ENVELOPE_END.length - 1;
      while (quote > 0 && simple(b[quote])) {
        quote--;
      }
      envelopeAt = quote + 1 - ENVELOPE_DESCRIPTION.length - 7 - ENVELOPE_OBJECT.length;
      if (envelopeAt < TRAILING.length + 1
          || !regionEquals(b, envelopeAt - TRAILING.length, TRAILING)) {
        return null;
      }
    } else {
      return null;
    }
    if (!regionEquals(b, envelopeAt, ENVELOPE_OBJECT)) {
      return null;
    }
    int codeAt = envelopeAt + ENVELOPE_OBJECT.length;
    if (!isCode(b, codeAt)) {
      return null;
    }
    int descriptionAt = codeAt + 7 + ENVELOPE_DESCRIPTION.length;
    if (!regionEquals(b, codeAt + 7, ENVELOPE_DESCRIPTION)) {
      return null;
    }
    int end = descriptionAt;
    while (end < b.length && simple(b[end])) {
      end++;
    }
    if (end + 2 >= b.length || b[end] != '"' || b[end + 1] != '}') {
      return null;
    }
    // Leading: data must follow (the envelope alone is read() above); trailing: the text ends.
    if (leading ? b[end + 2] != ',' : end + ENVELOPE_END.length != b.length) {
      return null;
    }
    return new String[] {new String(b, codeAt, 7, StandardCharsets.US_ASCII),
        new String(b, descriptionAt, end - descriptionAt, StandardCharsets.US_ASCII)};
  }

  /** True when {@code b[at, at + 7)} is a result code, {@code NNN_NNN}. */
  private static boolean isCode(byte[] b, int at) {
    for (int i = 0; i < 7; i++) {
      byte c = b[at + i];
      if (i == 3 ? c != '_' : (c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /** A description character read without a parser: printable ASCII but quote and backslash. */
  private static boolean simple(byte c) {
    return c >= 0x20 && c <= 0x7e && c != '"' && c != '\\';
  }

  private static boolean regionEquals(byte[] b, int at, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (b[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
