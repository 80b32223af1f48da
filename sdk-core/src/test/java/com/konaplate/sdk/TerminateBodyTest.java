package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.internal.generated.json.TerminateCardRequestJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The terminate body: the spec's two fields, in order, any PAR escaped so it reads back intact. */
class TerminateBodyTest {
  /** The bytes the SDK signs and sends: written by the writer generated from openapi.yaml. */
  private static byte[] body(long userId, String par) {
    return TerminateCardRequestJson.write(
        TerminateCardRequest.builder().userId(userId).par(par).build()).toUtf8();
  }

  @Test
  void aRealPar_isWrittenAsTheSpecsTwoFieldsInOrder() {
    assertEquals("{\"userId\":100000000001,\"par\":\"Q10000000000000000000000101\"}",
        new String(body(100000000001L, "Q10000000000000000000000101"),
            StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "1                   | Q1ffffffffffffffffffffffff0",
      "999999999999999999  | azAZ09azAZ09azAZ09azAZ09azA",
      "999999999999999999  | Q1<script>&'=\"\\x\u0000\t\u2028é한/",
      "42                  | `  spaces and \u007f\u00a0 \ud83d\ude00   `",
  })
  void anyPar_readsBackIntact(long userId, String par) {
    String padded = (par + "___________________________").substring(0, 27);
    byte[] body = body(userId, padded);
    JsonObject parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    assertEquals(userId, parsed.get("userId").getAsLong());
    assertEquals(padded, parsed.get("par").getAsString());
    assertEquals(2, parsed.size());
  }
}
