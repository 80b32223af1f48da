package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.generated.GeneratedJsonWriters;
import com.konaplate.sdk.internal.generated.JSON;
import com.konaplate.sdk.internal.generated.model.EncryptedPayload;
import com.konaplate.sdk.internal.generated.model.ResultEnvelope;
import com.konaplate.sdk.internal.generated.model.ResultStatus;
import com.konaplate.sdk.internal.generated.model.TerminateCardRequest;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The writers generated from openapi.yaml against the generated models written by the generated
 * client's Gson: the same bytes for every input, so the fast path sends exactly what the spec's
 * own client would have sent.
 */
class GeneratedJsonWritersTest {

  @Test
  void everyCharacter_isEscapedExactlyAsGsonEscapesIt_orRefusedWhenUtf8CannotEncodeIt() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = "a" + (char) c + "b";
      if (!encodable(s)) {
        // Gson would write it and UTF-8 would send '?' in its place: refused instead (issue 13).
        RequestValidationException e = assertThrows(RequestValidationException.class,
            () -> GeneratedJsonWriters.resultStatus(s, "d"), () -> "character U+" + hex(s));
        assertEquals("code", e.field());
        continue;
      }
      assertEquals(JSON.serialize(new ResultStatus().code(s).description("d")),
          GeneratedJsonWriters.resultStatus(s, "d").toString(), () -> "character U+" + hex(s));
    }
  }

  @Test
  void surrogatePairs_areWrittenAsGsonWritesThem_andUnpairedOnesRefusedWithoutTheValue() {
    String pair = "Q1\uD83D\uDE00" + "0".repeat(23);
    assertEquals(JSON.serialize(new TerminateCardRequest().userId(1L).par(pair)),
        GeneratedJsonWriters.terminateCardRequest(1L, pair).toString());
    for (String bad : new String[] {"\uD83D", "\uDE00", "\uDE00\uD83D", "x\uD83Dy", "\uD83D\uD83D\uDE00"}) {
      RequestValidationException e = assertThrows(RequestValidationException.class,
          () -> GeneratedJsonWriters.terminateCardRequest(1L, bad), () -> hex(bad));
      assertEquals("par", e.field());
      assertFalse(e.getMessage().contains(bad));
    }
  }

  /** The JDK's own verdict, independent of the writer: can UTF-8 encode {@code s} exactly? */
  private static boolean encodable(String s) {
    return StandardCharsets.UTF_8.newEncoder().canEncode(s);
  }

  @Test
  void terminateRequests_areTheSameBytesAsTheGeneratedModels() {
    Random random = new Random(20261125L);
    long[] edgeIds = {1L, 9L, 10L, 999_999_999_999_999_999L, Long.MAX_VALUE, Long.MIN_VALUE, 0L};
    for (int i = 0; i < 50_000; i++) {
      long userId = i < edgeIds.length ? edgeIds[i] : random.nextLong();
      String par = randomText(random, 27);
      if (!encodable(par)) {
        assertThrows(RequestValidationException.class,
            () -> GeneratedJsonWriters.terminateCardRequest(userId, par), () -> "par U+" + hex(par));
        continue;
      }
      byte[] expected = JSON.serialize(new TerminateCardRequest().userId(userId).par(par))
          .getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(expected, GeneratedJsonWriters.terminateCardRequest(userId, par).toUtf8(),
          () -> "userId " + userId + ", par U+" + hex(par));
    }
  }

  @Test
  void absentMembers_areLeftOutAsGsonLeavesThemOut() {
    assertEquals(JSON.serialize(new TerminateCardRequest().par("p")),
        GeneratedJsonWriters.terminateCardRequest(null, "p").toString());
    assertEquals(JSON.serialize(new TerminateCardRequest().userId(7L)),
        GeneratedJsonWriters.terminateCardRequest(7L, null).toString());
    assertEquals(JSON.serialize(new TerminateCardRequest()),
        GeneratedJsonWriters.terminateCardRequest(null, null).toString());
  }

  @Test
  void nestedModels_areWrittenThroughTheSameGson() {
    ResultStatus status = new ResultStatus().code("000_000").description("<Success> & 'done'");
    assertEquals(JSON.serialize(new ResultEnvelope().response(status)),
        GeneratedJsonWriters.resultEnvelope(status).toString());
  }

  @Test
  void theEncryptedEnvelope_isTheSameBytesAsTheGeneratedModel() {
    String jwe = "eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMTI4R0NNIn0.a-b_c.d.e.f";
    assertArrayEquals(JSON.serialize(new EncryptedPayload().encData(jwe))
            .getBytes(StandardCharsets.UTF_8),
        GeneratedJsonWriters.encryptedPayload(jwe).toUtf8());
  }

  /** Text drawn from ASCII, the escaped characters, Latin, Hangul and (lone) surrogates. */
  private static String randomText(Random random, int length) {
    String specials = "\"\\<>&='\u0000\u001f\t\b\n\r\f\u007f\u2028\u2029";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0:
          sb.append(specials.charAt(random.nextInt(specials.length())));
          break;
        case 1:
          sb.append((char) (0xAC00 + random.nextInt(11172)));
          break;
        case 2:
          sb.append((char) (0xD800 + random.nextInt(0x800)));
          break;
        case 3:
          sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
          break;
        default:
          sb.append((char) (0x20 + random.nextInt(0x5f)));
      }
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
