package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.generated.json.ListCardProductsRequestJson;
import com.konaplate.sdk.internal.generated.json.TerminateCardRequestJson;
import com.konaplate.sdk.internal.generated.json.UpdateCardLimitsRequestJson;
import com.konaplate.sdk.model.CardLimits;
import com.konaplate.sdk.model.ListCardProductsRequest;
import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.UpdateCardLimitsRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writers generated from openapi.yaml against Gson writing the same JSON tree: the same bytes
 * for every input (Gson's HTML-safe escaping, members in the spec's order, absent members left
 * out), without Gson's reflection or tree on the hot path.
 */
class GeneratedJsonWritersTest {
  private static final Gson GSON = new Gson();

  @Test
  void everyCharacter_isEscapedExactlyAsGsonEscapesIt_orRefusedWhenUtf8CannotEncodeIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) {
        // Gson would write it and UTF-8 would send '?' in its place: refused instead (issue 13).
        String lone = "a" + (char) c + "b";
        RequestValidationException e = assertThrows(RequestValidationException.class,
            () -> new JsonObjectWriter().string("code", lone), () -> "character U+" + hex(lone));
        assertEquals("code", e.field());
        continue;
      }
      String s = "a" + (char) c + "b";
      JsonObject tree = new JsonObject();
      tree.addProperty("code", s);
      tree.addProperty("description", "d");
      assertEquals(GSON.toJson(tree),
          new JsonObjectWriter().string("code", s).string("description", "d").toString(),
          () -> "character U+" + hex(s));
    }
  }

  @Test
  void integersAndBooleans_areWrittenAsGsonWritesThem_atEveryEdge() {
    Object[] literals = {0L, -1L, 1L, Long.MIN_VALUE, Long.MAX_VALUE, 0, Integer.MIN_VALUE,
        Integer.MAX_VALUE, true, false};
    for (Object literal : literals) {
      JsonObject tree = new JsonObject();
      if (literal instanceof Boolean) {
        tree.addProperty("v", (Boolean) literal);
      } else {
        tree.addProperty("v", (Number) literal);
      }
      assertEquals(GSON.toJson(tree), new JsonObjectWriter().literal("v", literal).toString(),
          () -> String.valueOf(literal));
    }
  }

  @Test
  void terminateRequests_areTheSameBytesAsGson() {
    Random random = new Random(20261125L);
    long[] edgeIds = {1L, 9L, 10L, 999_999_999_999_999_999L};
    for (int i = 0; i < 20_000; i++) {
      long userId = i < edgeIds.length ? edgeIds[i] : 1 + Math.floorMod(random.nextLong(),
          999_999_999_999_999_999L);
      String par = randomText(random, 27);
      JsonObject tree = new JsonObject();
      tree.addProperty("userId", userId);
      tree.addProperty("par", par);
      assertArrayEquals(GSON.toJson(tree).getBytes(StandardCharsets.UTF_8),
          TerminateCardRequestJson.write(TerminateCardRequest.builder().userId(userId).par(par)
              .build()).toUtf8(),
          () -> "userId " + userId + ", par U+" + hex(par));
    }
  }

  @Test
  void aTopLevelStringMember_isFoundInTheTextWritten_asGsonReadsIt() {
    Random random = new Random(20261203L);
    for (int round = 0; round < 2_000; round++) {
      String sequenceId = randomText(random, 1 + random.nextInt(40));
      String token = randomText(random, 1 + random.nextInt(40));
      // The same names inside nested values and string values must not be taken for members.
      JsonObject nested = new JsonObject();
      nested.addProperty("sequenceId", "nested \"sequenceId\":\"x\"");
      JsonArray list = new JsonArray();
      list.add("{\"oneTimeToken\":\"y\"}");
      list.add(nested);
      JsonObjectWriter w = new JsonObjectWriter()
          .literal("userId", random.nextLong())
          .json("card", GSON.toJson(nested))
          .string("note", "\"sequenceId\":\"" + randomText(random, 5) + "\\")
          .json("list", GSON.toJson(list));
      if (round % 2 == 0) {
        w.string("sequenceId", sequenceId).string("oneTimeToken", token);
      } else {
        w.string("oneTimeToken", token).literal("amount", 5000L).string("sequenceId", sequenceId);
      }
      JsonObject parsed = GSON.fromJson(w.toString(), JsonObject.class);
      assertEquals(parsed.get("sequenceId").getAsString(), w.stringMember("sequenceId"));
      assertEquals(parsed.get("oneTimeToken").getAsString(), w.stringMember("oneTimeToken"));
      assertEquals(sequenceId, w.stringMember("sequenceId"));
      assertEquals(token, w.stringMember("oneTimeToken"));
      assertEquals(null, w.stringMember("userId"), "a number is not a string member");
      assertEquals(null, w.stringMember("card"), "an object is not a string member");
      assertEquals(null, w.stringMember("absent"));
      assertEquals(null, w.stringMember("sequence"), "a prefix of a name is another name");
    }
    assertEquals(null, new JsonObjectWriter().stringMember("sequenceId"), "an empty object");
    JsonObjectWriter escapedNames = new JsonObjectWriter().string("a\"b", "quote").string("a<b", "lt")
        .string("a\u2028b", "separator").string("ab", "plain");
    assertEquals("quote", escapedNames.stringMember("a\"b"));
    assertEquals("lt", escapedNames.stringMember("a<b"));
    assertEquals("separator", escapedNames.stringMember("a\u2028b"));
    assertEquals("plain", escapedNames.stringMember("ab"));
  }

  @Test
  void nestedObjects_areWrittenAsGsonWritesThem() {
    UpdateCardLimitsRequest request = UpdateCardLimitsRequest.builder().userId(7L)
        .par("Q10000000000000000000000101")
        .limits(CardLimits.builder().once(0L).day(500_000L).month(9_999_999_999L).build())
        .build();
    JsonObject limits = new JsonObject();
    limits.addProperty("once", 0L);
    limits.addProperty("day", 500_000L);
    limits.addProperty("month", 9_999_999_999L);
    JsonObject tree = new JsonObject();
    tree.addProperty("userId", 7L);
    tree.addProperty("par", "Q10000000000000000000000101");
    tree.add("limits", limits);
    assertEquals(GSON.toJson(tree), UpdateCardLimitsRequestJson.write(request).toString());
  }

  @Test
  void listsOfStrings_areWrittenAsGsonWritesThem() {
    JsonArray ids = new JsonArray();
    ids.add("000170000002000");
    ids.add("<&'=>");
    JsonObject tree = new JsonObject();
    tree.add("serviceIdList", ids);
    assertEquals(GSON.toJson(tree), ListCardProductsRequestJson.write(ListCardProductsRequest
        .builder().serviceIdList(Arrays.asList("000170000002000", "<&'=>")).build()).toString());
  }

  @Test
  void unknownFieldsOfARequest_areSentAsGivenAfterTheDescribedOnes() {
    TerminateCardRequest request = TerminateCardRequest.builder().userId(1L)
        .par("Q10000000000000000000000101")
        .unknownFields(Collections.singletonMap("reason", "{\"code\":\"LOST\"}")).build();
    assertEquals("{\"userId\":1,\"par\":\"Q10000000000000000000000101\",\"reason\":{\"code\":\"LOST\"}}",
        TerminateCardRequestJson.write(request).toString());
  }

  /** Text drawn from ASCII, the escaped characters, Latin, Hangul and emoji (pairs). */
  private static String randomText(Random random, int length) {
    String specials = "\"\\<>&='\u0000\u001f\t\b\n\r\f\u007f\u2028\u2029";
    StringBuilder sb = new StringBuilder(length);
    while (sb.length() < length) {
      switch (random.nextInt(6)) {
        case 0:
          sb.append(specials.charAt(random.nextInt(specials.length())));
          break;
        case 1:
          sb.append((char) (0xAC00 + random.nextInt(11172)));
          break;
        case 2:
          if (sb.length() + 2 <= length) {
            sb.append("\ud83d\ude00");
          }
          break;
        case 3:
          char c = (char) random.nextInt(Character.MAX_VALUE + 1);
          if (!Character.isSurrogate(c)) {
            sb.append(c);
          }
          break;
        default:
          sb.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    // exactly `length` UTF-16 characters, never half of a surrogate pair
    sb.setLength(length);
    if (Character.isHighSurrogate(sb.charAt(length - 1))) {
      sb.setCharAt(length - 1, 'x');
    }
    return sb.toString();
  }

  private static String hex(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(String.format("%04X ", (int) c));
    }
    return sb.toString().trim();
  }
}
