package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount is read exactly or refused: the one-pass digit reading of the common case and the
 * BigDecimal of the others agree at every edge of a long, where Gson's own nextLong would round
 * through a double.
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
  void null_isAbsent() throws IOException {
    assertNull(read("null"));
  }
}
