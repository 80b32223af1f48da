package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.konaplate.sdk.internal.generated.JSON;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The terminate body is serialized without the generated client: it must stay byte for byte what
 * Gson writes for the generated model of openapi.yaml, escapes included.
 */
class TerminateBodyTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "100000000001        | Q10000000000000000000000101",
      "1                   | Q1ffffffffffffffffffffffff0",
      "999999999999999999  | azAZ09azAZ09azAZ09azAZ09azA",
      "999999999999999999  | Q1<script>&'=\"\\x\u0000\t\u2028é한/",
      "42                  | `  spaces and \u007f\u00a0 \ud83d\ude00   `",
  })
  void terminateBody_isWhatGsonWritesForTheGeneratedModel(long userId, String par) {
    String padded = (par + "___________________________").substring(0, 27);
    TerminateCardRequest request = TerminateCardRequest.of(userId, padded);

    String generated = JSON.serialize(
        new com.konaplate.sdk.internal.generated.model.TerminateCardRequest()
            .userId(userId).par(padded));

    assertEquals(generated, new String(Cards.terminateBody(request), StandardCharsets.UTF_8));
  }
}
