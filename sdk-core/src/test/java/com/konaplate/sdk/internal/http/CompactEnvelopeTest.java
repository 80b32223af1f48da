package com.konaplate.sdk.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Random;
import java.util.Set;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/**
 * The compact envelope is read without Gson; wherever that shortcut answers, Gson must read the
 * same code and description from the same bytes, and anything the shortcut declines goes to Gson.
 */
class CompactEnvelopeTest {
  private static final String SUCCESS =
      "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";

  @Test
  void theCompactEnvelope_isReadWithoutGson() {
    assertArrayEquals(new String[] {"000_000", "Success"}, compact(SUCCESS));
    assertArrayEquals(new String[] {"001_052", "Active card has balance"},
        compact("{\"response\":{\"code\":\"001_052\",\"description\":\"Active card has balance\"}}"));
    assertArrayEquals(new String[] {"000_002", ""},
        compact("{\"response\":{\"code\":\"000_002\",\"description\":\"\"}}"));
  }

  @Test
  void theExactEncryptedBody_isReadWithoutGson_asGsonReadsIt() {
    String jwe = "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMTI4R0NNIn0.a-b_c.d.e.f";
    String body = "{\"encData\":\"" + jwe + "\"}";
    assertEquals(jwe, CompactEnvelope.encData(body.getBytes(StandardCharsets.US_ASCII)));
    assertEquals(JsonParser.parseString(body).getAsJsonObject().get("encData").getAsString(),
        CompactEnvelope.encData(body.getBytes(StandardCharsets.US_ASCII)));
    for (String other : new String[] {
        "{\"encData\":\"\"}", "{\"encData\": \"" + jwe + "\"}", body + " ",
        "{\"encData\":\"" + jwe + "\",\"encData\":\"x\"}",
        "{\"encData\":\"a\\u002eb\"}", "{\"encData\":\"a+b\"}",
        "{\"encData\":\"" + jwe + "\"}\"}", "{\"encdata\":\"" + jwe + "\"}"}) {
      assertNull(CompactEnvelope.encData(other.getBytes(StandardCharsets.UTF_8)), other);
    }
  }

  @Test
  void anythingElse_isLeftToGson() {
    for (String body : new String[] {
        "", "{}", SUCCESS.substring(1), SUCCESS + " ", " " + SUCCESS,
        "{\"response\": {\"code\":\"000_000\",\"description\":\"Success\"}}",
        "{\"response\":{\"description\":\"Success\",\"code\":\"000_000\"}}",
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"},\"userId\":1}",
        "{\"response\":{\"code\":\"0000000\",\"description\":\"Success\"}}",
        "{\"response\":{\"code\":\"000_00a\",\"description\":\"Success\"}}",
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Suc\\\"cess\"}}",
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Suc\\u0063ess\"}}",
        "{\"response\":{\"code\":\"000_000\",\"description\":\"Succès\"}}",
        "{\"response\":{\"code\":\"000_000\",\"description\":\"a\"}}\"}}",
        "{\"encData\":\"eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMTI4R0NNIn0.a.b.c.d\"}"}) {
      assertNull(compact(body), body);
    }
  }

  @Test
  void whereverTheShortcutAnswers_gsonReadsTheSameEnvelope() {
    Random random = new Random(20261125);
    String alphabet = "0123456789_aZ \"\\{}:,\u007f\u0000\té\u2028";
    int shortcut = 0;
    for (int n = 0; n < 50_000; n++) {
      byte[] body = mutate(SUCCESS.getBytes(StandardCharsets.UTF_8), random, alphabet);
      String[] fast = CompactEnvelope.read(body);
      if (fast == null) {
        continue;
      }
      shortcut++;
      JsonObject gson = strictGson(body);
      assertNotNull(gson, new String(body, StandardCharsets.UTF_8));
      assertEquals(Set.of("response"), gson.keySet());
      JsonObject envelope = gson.getAsJsonObject("response");
      assertEquals(Set.of("code", "description"), envelope.keySet());
      assertEquals(envelope.get("code").getAsString(), fast[0]);
      assertEquals(envelope.get("description").getAsString(), fast[1]);
    }
    assertTrue(shortcut > 1_000, "the mutations reach the shortcut often: " + shortcut);
  }

  @Test
  void anAnswerReadByTheShortcut_stillHasItsWholeBody() {
    Request request = new Request.Builder().url("http://127.0.0.1/open-api/api/v1/card/terminate")
        .build();
    Response response = new Response.Builder().request(request).protocol(Protocol.HTTP_1_1)
        .code(200).message("OK")
        .body(ResponseBody.create(SUCCESS, MediaType.get("application/json"))).build();

    ApiAnswer answer = new ResponseReader(null, Clock.systemUTC())
        .read(response, "261125100203-1234567", null).answer();

    assertEquals("000_000", answer.code());
    assertEquals("Success", answer.description());
    assertEquals(JsonParser.parseString(SUCCESS), answer.body());
  }

  /** Replaces, inserts or deletes a few characters (or whole description/code values). */
  private static byte[] mutate(byte[] base, Random random, String alphabet) {
    StringBuilder s = new StringBuilder(new String(base, StandardCharsets.UTF_8));
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length() + 1);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(4)) {
        case 0:
          if (at < s.length()) {
            s.setCharAt(at, c);
          }
          break;
        case 1:
          s.insert(at, c);
          break;
        case 2:
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
          break;
        default:
          // Rewrite the description wholesale: the shortcut's main input.
          int from = s.indexOf("\"description\":\"");
          int to = s.lastIndexOf("\"}}");
          if (from >= 0 && to > from + 15) {
            StringBuilder d = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
              d.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            s.replace(from + 15, to, d.toString());
          }
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String[] compact(String body) {
    return CompactEnvelope.read(body.getBytes(StandardCharsets.UTF_8));
  }

  private static JsonObject strictGson(byte[] body) {
    try {
      JsonReader reader = new JsonReader(new StringReader(new String(body, StandardCharsets.UTF_8)));
      reader.setStrictness(Strictness.STRICT);
      JsonElement element = JsonParser.parseReader(reader);
      return reader.peek() == JsonToken.END_DOCUMENT && element.isJsonObject()
          ? element.getAsJsonObject() : null;
    } catch (Exception e) {
      return null;
    }
  }
}
