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
    for (int i = 0; i < 7; i++) {
      byte c = b[codeAt + i];
      if (i == 3 ? c != '_' : (c < '0' || c > '9')) {
        return null;
      }
    }
    for (int i = descriptionAt; i < end; i++) {
      byte c = b[i];
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
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

  private static boolean regionEquals(byte[] b, int at, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (b[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
