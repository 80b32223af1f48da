package com.konaplate.sdk.internal.json;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads UTF-8 bytes as exactly the chars {@code new String(bytes, UTF_8)} holds, without making
 * that String. A page of history (4 KB of JSON with Hangul) decoded to a String cost some 19.6 KB
 * of allocation (a UTF-16 buffer, its trimmed copy and an ASCII attempt) and a copy into the JSON
 * reader's buffer; here the bytes are decoded straight into that buffer, by the JDK's own UTF-8
 * decoder replacing what is not well-formed as the String's decoding does. Not thread-safe, as
 * any {@link Reader}.
 */
final class Utf8Reader extends Reader {
  private final ByteBuffer in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  /** The low surrogate of a pair that did not fit the last read, or 0. */
  private char pendingLow;

  /** Reads {@code bytes}, which must not change while read. */
  Utf8Reader(byte[] bytes) {
    this.in = ByteBuffer.wrap(bytes);
  }

  @Override
  public int read(char[] out, int off, int len) {
    if ((off | len) < 0 || len > out.length - off) {
      throw new IndexOutOfBoundsException();
    }
    if (len == 0) {
      return 0;
    }
    int o = off;
    if (pendingLow != 0) {
      out[o++] = pendingLow;
      pendingLow = 0;
    }
    if (o == off + len || !in.hasRemaining()) {
      return o == off ? -1 : o - off;
    }
    CharBuffer chars = CharBuffer.wrap(out, o, off + len - o);
    CoderResult r = decoder.decode(in, chars, true);
    if (chars.position() == off && r.isOverflow()) {
      // Room for one char and a surrogate pair next: the reader must still give a char.
      CharBuffer pair = CharBuffer.allocate(2);
      decoder.decode(in, pair, true);
      out[off] = pair.get(0);
      if (pair.position() == 2) {
        pendingLow = pair.get(1);
      }
      return 1;
    }
    // UTF-8 decoding keeps no state between calls: nothing to flush at the end.
    return chars.position() == off ? -1 : chars.position() - off;
  }

  /** Nothing to release. */
  @Override
  public void close() {
  }
}
