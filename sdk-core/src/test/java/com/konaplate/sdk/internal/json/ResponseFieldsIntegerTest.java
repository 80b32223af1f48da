package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount is read exactly or refused: Gson's long where Gson read a plain integer into one, the
 * one-pass digit reading of a numeric string and the BigDecimal of the others agree at every edge
 * of a long, where Gson's own nextLong would round through a double.
 */
class ResponseFieldsIntegerTest {

  private static Long read(String literal) throws IOException {
    JsonReader in = new JsonReader(new StringReader("{\"amount\":" + literal + "}"));
    in.beginObject();
    in.nextName();
    return ResponseFields.integer(in, "x.", "amount");
  }

  @ParameterizedTest
  @CsvSource({
      "0, 0",
      "-0, 0",
      "7, 7",
      "-7, -7",
      "999999999999999999, 999999999999999999",
      "-999999999999999999, -999999999999999999",
      "1000000000000000000, 1000000000000000000",
      "9223372036854775807, 9223372036854775807",
      "-9223372036854775808, -9223372036854775808",
      "15000.00, 15000",
      "1.5e3, 1500",
      "1E2, 100",
      "'\"15000\"', 15000",
      "'\"-42\"', -42",
      "'\"000123\"', 123",
  })
  void integers_areReadExactly(String literal, long expected) throws IOException {
    assertEquals(expected, read(literal));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809",
      "1.0000000000000001", "12.5", "1e-1", "99999999999999999999999", "\"\"", "\"-\"",
      "\"12a\"", "\"1-2\"", "true"})
  void anythingElse_isRefused_namingTheField_neverTheValue(String literal) {
    ResponseFieldException e = assertThrows(ResponseFieldException.class, () -> read(literal));
    assertEquals("response field x.amount: expected an integer", e.getMessage());
    assertFalse(e.getMessage().contains(literal));
  }

  @Test
  void onlyPlainIntegersWithinALong_areTakenFromGsonsOwnLong() throws IOException {
    assertTrue(ExactLongs.available(), "this build's Gson lets the SDK ask what it peeked");
    JsonReader in = new JsonReader(new StringReader(
        "[15000,-9223372036854775808,15000.00,1e3,-0,9223372036854775808,1.0000000000000001,"
            + "\"7\"]"));
    in.beginArray();
    for (int i = 0; i < 2; i++) {
      in.peek();
      assertTrue(ExactLongs.isExactLong(in), "element " + i);
      in.skipValue();
    }
    for (int i = 2; i < 8; i++) {
      in.peek();
      assertFalse(ExactLongs.isExactLong(in), "element " + i);
      in.skipValue();
    }
  }

  @Test
  void null_isAbsent() throws IOException {
    assertNull(read("null"));
  }
}
