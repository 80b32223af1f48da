package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading fixtures: the default one, a partner's JSON, and the errors a bad fixture gets. */
class SandboxFixtureTest {
  private static final String MAIN = "TINY00000000000000000000001";
  private static final String PHYSICAL = "TINY00000000000000000000002";
  private static final String WITH_BALANCE = "TINY00000000000000000000003";

  @Test
  void theDocumentedCases_useExactlyTheOpenapiExamples() throws IOException {
    String spec = Files.readString(Path.of("..", "openapi.yaml"));
    int terminate = spec.indexOf("operationId: terminateCard");
    String section = spec.substring(terminate, spec.indexOf("\n  /api/", terminate));
    Matcher m = Pattern.compile(
        "(\\w+):\\s*\\n\\s*summary: [^\\n]*\\n\\s*value: \\{ userId: (\\d+), par: ([^ }]+) \\}")
        .matcher(section);
    Set<DocumentedCase> seen = EnumSet.noneOf(DocumentedCase.class);
    while (m.find()) {
      DocumentedCase c = DocumentedCase.valueOf(
          m.group(1).replaceAll("([A-Z])", "_$1").toUpperCase());
      assertEquals(Long.parseLong(m.group(2)), c.userId(), c.name());
      assertEquals(m.group(3), c.par(), c.name());
      assertEquals("{\"userId\":" + c.userId() + ",\"par\":\"" + c.par() + "\"}",
          c.example().requestJson(), c.name());
      assertEquals(c.httpStatus(), c.example().httpStatus(), c.name());
      assertEquals(c.code(), c.example().code(), c.name());
      seen.add(c);
    }
    assertEquals(EnumSet.allOf(DocumentedCase.class), seen);
  }

  @Test
  void theDefaultFixture_isAJsonResourceLoadedLikeAnyOther() {
    SandboxFixture fixture = SandboxFixture.defaults();
    assertEquals(20, fixture.memberCount()); // 100000000003 is absent on purpose
    assertTrue(fixture.cardCount() >= 15);
    SandboxFixture same = SandboxFixture.fromClasspath("com/konaplate/sdk/sandbox/default-fixture.json");
    assertEquals(fixture.cardCount(), same.cardCount());
  }

  @Test
  void aPartnersFixture_drivesTheSandbox_andResetRestoresIt() {
    SandboxFixture tiny = SandboxFixture.fromClasspath("fixtures/tiny.json");
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().fixture(tiny).start()) {
      assertEquals("001_006", call(sandbox, 100000000001L, DocumentedCase.SUCCESS.par()));
      assertEquals("001_047", call(sandbox, 42, DocumentedCase.SUCCESS.par()));
      assertEquals("001_006", call(sandbox, 43, MAIN));
      assertEquals("001_052", call(sandbox, 42, WITH_BALANCE));
      assertEquals("000_000", call(sandbox, 42, MAIN));
      assertEquals(CardStatus.TERMINATED, sandbox.cardStatus(PHYSICAL).get());
      assertEquals("001_047", call(sandbox, 42, PHYSICAL));

      sandbox.reset();
      assertEquals(CardStatus.ACTIVE, sandbox.cardStatus(MAIN).get());
      assertEquals(CardStatus.ACTIVE, sandbox.cardStatus(PHYSICAL).get());
      assertEquals("000_000", call(sandbox, 42, PHYSICAL));
      assertEquals(1, sandbox.terminationCount(PHYSICAL));
      assertEquals(0, sandbox.terminationCount(MAIN));
    }
  }

  private static String call(KonaplateSandbox sandbox, long userId, String par) {
    return TestHttp.call(TestSigner.terminateRequest(sandbox, userId, par)).code();
  }

  static Stream<Arguments> badFixtures() {
    String card = "{\"par\":\"A00000000000000000000000001\",\"kind\":\"main\"}";
    return Stream.of(
        Arguments.of("[]", "not a JSON object"),
        Arguments.of("{members:[]}", "not a JSON object"),
        Arguments.of("{}", "fixture.members must be an array"),
        Arguments.of("{\"members\":[],\"extra\":1}", "fixture.extra unknown field"),
        Arguments.of("{\"members\":[{\"userId\":0}]}", "members[0].userId must be an integer"),
        Arguments.of("{\"members\":[{\"userId\":1},{\"userId\":1}]}", "members[1].userId duplicate 1"),
        Arguments.of("{\"members\":[{\"userId\":1,\"status\":\"gone\"}]}", "members[0].status must be one of"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"short\",\"kind\":\"main\"}]}]}",
            "members[0].cards[0].par must be 27"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\"}]}]}",
            "members[0].cards[0].kind is required"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[" + card + "," + card + "]}]}",
            "members[0].cards[1].par duplicate"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
            + "\"kind\":\"sub\"}]}]}", "cards[0].mainPar is required"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
            + "\"kind\":\"sub\",\"mainPar\":\"A00000000000000000000000009\"}]}]}",
            "mainPar must name a main card of the same member"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[" + card + "]},{\"userId\":2,\"cards\":"
            + "[{\"par\":\"B00000000000000000000000001\",\"kind\":\"physical\","
            + "\"linkedPar\":\"A00000000000000000000000001\"}]}]}",
            "linkedPar must name a mobile card of the same member"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
            + "\"kind\":\"main\",\"linkedPar\":\"A00000000000000000000000001\"}]}]}",
            "linkedPar is only allowed on physical cards"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
            + "\"kind\":\"main\",\"balance\":-1}]}]}", "balance must be a whole number"),
        Arguments.of("{\"members\":[{\"userId\":1,\"cards\":[{\"par\":\"A00000000000000000000000001\","
            + "\"kind\":\"main\",\"balace\":1}]}]}", "cards[0].balace unknown field"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badFixtures")
  void aBadFixture_failsNamingTheField(String json, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxFixture.fromJson(json));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void aMissingResource_failsClearly() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxFixture.fromClasspath("fixtures/none.json"));
    assertTrue(e.getMessage().contains("fixtures/none.json"));
  }

  @Test
  void defaultCredentials_haveTheDocumentedLengths() {
    SandboxCredentials c = SandboxCredentials.defaults();
    assertEquals(15, c.aspId().length());
    assertEquals(40, c.accessKey().length());
    assertTrue(!c.secretKey().isEmpty());
    assertTrue(!c.toString().contains(c.secretKey()));
    assertThrows(IllegalArgumentException.class, () -> SandboxCredentials.of("short",
        c.accessKey(), "s"));
    assertThrows(IllegalArgumentException.class, () -> SandboxCredentials.of(c.aspId(),
        c.accessKey(), ""));
  }
}
