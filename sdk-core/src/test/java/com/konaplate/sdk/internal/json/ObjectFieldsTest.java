package com.konaplate.sdk.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop every generated reader shares reads members in any order, as the kind each was
 * described with says, and refuses what an answer must not say: a member twice (the envelope
 * too), a required one missing or null. Generated readers over real answers are tested in
 * {@code ModelReadingTest}; these cases are the ones an answer in order never reaches.
 */
class ObjectFieldsTest {
  private static final ObjectFields MEMBERS = ObjectFields.builder()
      .envelope()
      .string("name", true)
      .integer("amount", false)
      .bool("active", false)
      .list("tags", false, ResponseFields.STRING_ITEM)
      .build();

  private static Object[] read(String json) throws IOException {
    JsonReader in = new JsonReader(new StringReader(json));
    Object[] values = MEMBERS.read(in, "data.");
    ResponseFields.end(in);
    return values;
  }

  private static String failure(String json) {
    return assertThrows(ResponseFieldException.class, () -> read(json)).getMessage();
  }

  @Test
  void membersInAnyOrder_landAtTheirDescribedIndex_unknownOnesKeptInOrderAsRawJson()
      throws IOException {
    Object[] values = read("{\"x\":{\"a\":[1,2]},\"tags\":[\"t\"],\"active\":\"true\","
        + "\"response\":{\"code\":\"000_000\"},\"amount\":\"42\",\"name\":7,\"y\":null}");
    assertArrayEquals(new Object[] {null, "7", 42L, true, Arrays.asList("t")},
        Arrays.copyOf(values, 5));
    Map<String, String> unknown = new LinkedHashMap<>();
    unknown.put("x", "{\"a\":[1,2]}");
    unknown.put("y", "null");
    assertEquals(unknown, ObjectFields.unknown(values));
  }

  @Test
  void anAnswerWithOnlyItsDescribedMembers_hasNoUnknownOnes() throws IOException {
    Object[] values = read("{\"response\":{},\"name\":\"n\",\"amount\":null}");
    assertEquals("n", values[1]);
    assertNull(values[2]);
    assertNull(ObjectFields.unknown(values));
  }

  @Test
  void aMemberGivenTwice_isRefused_evenAfterOthersOrOutOfOrder() {
    assertEquals("response field data.amount: given twice",
        failure("{\"name\":\"n\",\"amount\":1,\"active\":true,\"amount\":1}"));
    assertEquals("response field data.name: given twice",
        failure("{\"amount\":1,\"name\":\"n\",\"name\":\"n\"}"));
    assertEquals("response field data.response: given twice",
        failure("{\"response\":{},\"name\":\"n\",\"response\":{}}"));
  }

  @Test
  void aRequiredMemberMissingOrNull_isRefused_byItsPath() {
    assertEquals("response field data.name: required but missing",
        failure("{\"amount\":1}"));
    assertEquals("response field data.name: required but missing",
        failure("{\"name\":null,\"amount\":1}"));
  }

  @Test
  void aValueOfTheWrongKind_isRefused_neverGuessed() {
    assertEquals("response field data.amount: expected an integer",
        failure("{\"name\":\"n\",\"amount\":1.5}"));
    assertEquals("response field data.active: expected a boolean",
        failure("{\"name\":\"n\",\"active\":\"yes\"}"));
    assertEquals("response field data.name: expected a string",
        failure("{\"name\":{}}"));
  }

  @Test
  void aMemberDescribedTwice_isAGeneratorBug_caughtWhenTheReaderIsBuilt() {
    ObjectFields.Builder b = ObjectFields.builder().string("a", false);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.integer("a", true));
    assertEquals("member described twice: a", e.getMessage());
  }
}
