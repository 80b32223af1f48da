package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A body read from its bytes must give the generated readers exactly the chars that decoding it
 * as a String gave them before: the same text for well-formed UTF-8, and the same replacement
 * characters where a server sends bytes that are not.
 */
class Utf8ReaderTest {
  /** Each kind of sequence, with the edges of Unicode Table 3-7 on both sides. */
  private static final int[] CODE_POINTS = {'a', '"', '\\', 0x7F, 0x80, 0x7FF, 0x800, 0xAC00,
      0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F4B3, 0x10FFFF, 0xD55C};

  @Test
  void wellFormedText_readsAsItsDecodedString_whateverTheSizesOfTheReads() throws IOException {
    Random random = new Random(20261203L);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(200); i > 0; i--) {
        text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x80)
            : CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
      }
      byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(text.toString(), readAll(utf8, random), "round " + round);
    }
  }

  @Test
  void illFormedBytes_readAsTheJdkDecodesThem_replacementCharactersIncluded() throws IOException {
    Random random = new Random(20261204L);
    byte[][] illFormed = {{(byte) 0x80}, {(byte) 0xBF}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5}, {(byte) 0xFF},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x92}, {(byte) 0xC3}};
    for (int round = 0; round < 5_000; round++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      for (int i = random.nextInt(40); i > 0; i--) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          byte[] bad = illFormed[random.nextInt(illFormed.length)];
          bytes.write(bad, 0, bad.length);
        } else if (kind == 1) {
          bytes.write(random.nextInt(256)); // anything at all
        } else {
          byte[] good = new String(Character.toChars(CODE_POINTS[random.nextInt(
              CODE_POINTS.length)])).getBytes(StandardCharsets.UTF_8);
          bytes.write(good, 0, good.length);
        }
      }
      byte[] body = bytes.toByteArray();
      assertEquals(new String(body, StandardCharsets.UTF_8), readAll(body, random),
          "round " + round);
    }
  }

  @Test
  void aHistoryPage_readsTheSameFromBytesAsFromItsText() throws IOException {
    String page = "{\"transactions\":[{\"merchantName\":\"한국 편의점 \uD83D\uDCB3\","
        + "\"trAmount\":5000}],\"response\":{\"code\":\"000_000\",\"description\":\"정상\"}}";
    JsonReader fromBytes = JsonText.utf8(page.getBytes(StandardCharsets.UTF_8)).reader();
    JsonReader fromText = JsonText.of(page).reader();
    assertEquals(StrictJson.parse(page), new JsonTree().read(fromBytes));
    assertEquals(StrictJson.parse(page), new JsonTree().read(fromText));
  }

  @Test
  void theReaderKeepsTheReaderContract() throws IOException {
    Utf8Reader reader = new Utf8Reader("\uD83D\uDCB3".getBytes(StandardCharsets.UTF_8));
    char[] one = new char[1];
    assertEquals(0, reader.read(one, 0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> reader.read(one, 0, 2));
    assertEquals(1, reader.read(one, 0, 1));
    assertEquals('\uD83D', one[0]);
    assertEquals(1, reader.read(one, 0, 1)); // the low surrogate held back for the next read
    assertEquals('\uDCB3', one[0]);
    assertEquals(-1, reader.read(one, 0, 1));
    assertEquals(-1, new Utf8Reader(new byte[0]).read(new char[4], 0, 4));
  }

  /** Everything the reader gives, read in chunks of random sizes (1 to 64 chars). */
  private static String readAll(byte[] utf8, Random random) throws IOException {
    Utf8Reader reader = new Utf8Reader(utf8);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[80];
    while (true) {
      int off = random.nextInt(8);
      int n = reader.read(buffer, off, 1 + random.nextInt(64));
      if (n == -1) {
        return out.toString();
      }
      out.append(buffer, off, n);
    }
  }
}
