package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * StrictJson must accept and refuse exactly what Gson 2.11+'s {@code Strictness.STRICT} does
 * (the reference here: tests run on the Gson version the build pins), without using that class,
 * so that the SDK and the sandbox read responses the same way on the older Gson versions Spring
 * Boot 2.7 and 3.0 to 3.3 manage. That it runs on those versions is checked by the smoke test
 * (scripts/smoke-test.sh --spring-boot) and by compiling the main code against the oldest
 * supported versions (CI).
 */
class StrictJsonTest {
  private static final String[] CORPUS = {
      // RFC 8259
      "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}",
      "{\n  \"response\" : {\n    \"code\" : \"001_052\",\n"
          + "    \"description\" : \"잔액이 남아 있는 카드\"\n  }\n}",
      "{\"a\":[1,-2.5,3e10,4E-2,0.5E+3,true,false,null,\"\\u00e9\\n\\t\\\\\\\"\\/\"]}",
      "{\"nested\":{\"deeper\":{\"deepest\":[[[]],{}]}}}",
      "[1,2,3]", "\"just a string\"", "42", "true", "null", " {} ", "{\"E\":\"TRUE\"}",
      "{\"big\":123456789012345678901234567890,\"small\":1E-400}",
      // Gson's legacy strict mode accepts these four; STRICT refuses them
      "{\"a\":True}", "{\"a\":FALSE}", "{\"a\":nulL}", "{\"a\":truE}", "[NULL]",
      "{\"a\":\"it\\'s\"}", "{\"a\":\"line\\\nfeed\"}", "{\"a\":\"tab\there\"}",
      "{\"a\":\"nl\nhere\"}", "{\"a\":\"nul\u0000here\"}", "{\"a\u0001\":1}",
      // lenient only
      "{a:1}", "{'a':1}", "{\"a\":'b'}", "{\"a\":1,}", "[1,]", "[1;2]", "{\"a\"=1}",
      "{\"a\"=>1}", "{\"a\":1;\"b\":2}", "/*c*/{}", "{}//c", "#c\n{}", ")]}'\n{}", "{\"a\":NaN}",
      "{\"a\":Infinity}", "{\"a\":-Infinity}", "{\"a\":unquoted}", "[,1]", "[1,,2]",
      // not JSON, or more than one document
      "", " ", "{", "}", "{\"a\":1}{\"b\":2}", "{} {}", "{}x", "{\"a\":01}", "{\"a\":.5}",
      "{\"a\":1.}", "{\"a\":+1}", "{\"a\":\"\\x41\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"open}",
      "\uFEFF{}", "{\"a\":1 \"b\":2}", "{\"a\" 1}", "[\"a\" \"b\"]",
  };

  @Test
  void acceptsAndRefusesExactlyWhatGsonStrictDoes() {
    for (String text : CORPUS) {
      assertEquals(reference(text), StrictJson.parse(text), () -> "for " + printable(text));
    }
  }

  @Test
  void agreesWithGsonStrictOnMutatedDocuments() {
    // Single-character edits of valid documents: inserts, deletes and replacements with the
    // characters that matter to a JSON reader, including upper-case letters and controls.
    String alphabet = "{}[]:,\"\\'/ \t\n\r\u0000\u001f0123456789.-+eEtrufalsnTRUFALSNxX#;=";
    Random random = new Random(13);
    int checked = 0;
    for (String seed : new String[] {CORPUS[0], CORPUS[1], CORPUS[2], CORPUS[3]}) {
      for (int n = 0; n < 1500; n++) {
        StringBuilder s = new StringBuilder(seed);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
          int at = random.nextInt(s.length());
          char c = alphabet.charAt(random.nextInt(alphabet.length()));
          switch (random.nextInt(3)) {
            case 0: s.insert(at, c); break;
            case 1: s.deleteCharAt(at); break;
            default: s.setCharAt(at, c); break;
          }
          if (s.length() == 0) {
            s.append(c);
          }
        }
        String text = s.toString();
        assertEquals(reference(text), StrictJson.parse(text), () -> "for " + printable(text));
        checked++;
      }
    }
    assertEquals(6000, checked);
  }

  @Test
  void refusesTheFourLegacyDepartures_beforeGsonReadsTheText() {
    List<String> departures = new ArrayList<>();
    departures.add("{\"a\":True}");
    departures.add("{\"a\":falsE}");
    departures.add("{\"a\":\"\\'\"}");
    departures.add("{\"a\":\"\\\n\"}");
    departures.add("{\"a\":\"\t\"}");
    for (String d : departures) {
      assertTrue(StrictJson.departsFromRfc8259(d), d);
    }
    for (String ok : new String[] {"{\"a\":1E5,\"b\":[2e-1,3.0E+2]}", "{\"A\":\"B\\tC\\nD\"}",
        "{\"a\":\"\\\\'\"}"}) {
      assertFalse(StrictJson.departsFromRfc8259(ok), ok);
      assertNotNull(StrictJson.parse(ok), ok);
    }
  }

  @Test
  void parseObject_readsUtf8ObjectsOnly() {
    assertEquals("잔액", StrictJson.parseObject(utf8("{\"d\":\"잔액\"}")).get("d").getAsString());
    assertNull(StrictJson.parseObject(new byte[0]));
    assertNull(StrictJson.parseObject(utf8("[1]")));
    assertNull(StrictJson.parseObject(utf8("\"s\"")));
  }

  @Test
  void deepNesting_isRefusedNotThrown() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String reference = String.valueOf(reference(deep));
    assertEquals(reference, String.valueOf(StrictJson.parse(deep)));
    assertNull(StrictJson.parseObject(utf8("{\"a\":" + "[".repeat(100_000))));
  }

  @Test
  void parseReader_readsTheWholeReader_andPassesItsFailuresOn() throws IOException {
    assertEquals(JsonParser.parseString("{\"a\":[1,2]}"),
        StrictJson.parse(new StringReader("{\"a\":[1,2]}")));
    assertNull(StrictJson.parse(new StringReader("{a:1}")));
    Reader failing = new Reader() {
      @Override
      public int read(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk gone");
      }

      @Override
      public void close() {
      }
    };
    assertEquals("disk gone",
        assertThrows(IOException.class, () -> StrictJson.parse(failing)).getMessage());
  }

  /**
   * Gson 2.11+'s own strict reading: the behaviour StrictJson reproduces without it. One
   * difference on purpose: JsonParser makes JSON null of an empty text, StrictJson refuses it
   * (RFC 8259 has no empty document; every caller refused it as "not an object" anyway).
   */
  private static JsonElement reference(String text) {
    if (text.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
      return null;
    }
    try {
      JsonReader reader = new JsonReader(new StringReader(text));
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      return reader.peek() == JsonToken.END_DOCUMENT ? element : null;
    } catch (Exception | StackOverflowError e) {
      return null;
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return b.toString();
  }
}
