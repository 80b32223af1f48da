package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.EngineFixtures.CREDENTIALS;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.NOW;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.PATH;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.description;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.konaplate.sdk.sandbox.SandboxCredentials;
import com.konaplate.sdk.sandbox.TestSigner;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the sandbox verifies before it looks at the fixture. */
class RequestVerificationTest {
  private static final long USER = 100000000001L;
  private static final String PAR = "Q10000000000000000000000101";
  private static final byte[] BODY = TestSigner.body(USER, PAR);

  private final SandboxEngine engine = EngineFixtures.engine();

  private static Map<String, String> signed() {
    return TestSigner.headers(CREDENTIALS, NOW, BODY);
  }

  @Test
  void aCorrectlySignedRequest_succeedsWithTheExactEnvelope() {
    Map<String, String> h = signed();
    EngineResponse r = post(engine, h, BODY);
    assertEquals(200, r.status());
    assertEquals("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}",
        new String(r.body(), StandardCharsets.UTF_8));
    assertEquals("application/json;charset=UTF-8", r.headers().get("Content-Type"));
    assertEquals(h.get("X-KM-Correlation-Id"), r.headers().get("X-KM-Correlation-Id"));
  }

  static Stream<Arguments> malformedHeaders() {
    String token = signed().get("X-KM-Tran-Token");
    return Stream.of(
        Arguments.of("X-KM-User-AspId", null),
        Arguments.of("X-KM-User-AspId", "KPSANDBOXASP00"),
        Arguments.of("X-KM-User-AspId", "KPSANDBOXASP0011"),
        Arguments.of("X-KM-User-AspId", "KPSANDBOX ASP01"),
        Arguments.of("X-KM-Correlation-Id", null),
        Arguments.of("X-KM-Correlation-Id", "261125100000-abc123"),
        Arguments.of("X-KM-Correlation-Id", "261125100000_abc1234"),
        Arguments.of("X-KM-Correlation-Id", "261125100000-abcxyz1"),
        Arguments.of("X-KM-Correlation-Id", "2611251000000-abc123"),
        Arguments.of("X-KM-Access-Key", null),
        Arguments.of("X-KM-Access-Key", CREDENTIALS.accessKey().substring(1)),
        Arguments.of("X-KM-Access-Key", CREDENTIALS.accessKey() + "0"),
        Arguments.of("X-KM-Crypto-Key-Id", "0123456789abcdef0123456789abcde"),
        Arguments.of("X-KM-Tran-Token", null),
        Arguments.of("X-KM-Tran-Token", token.substring(0, 66)),
        Arguments.of("X-KM-Tran-Token", "KMV2" + token.substring(4)),
        Arguments.of("X-KM-Tran-Token", token.substring(0, 66) + "A"),
        Arguments.of("X-KM-Tran-Token", "KMV1:2026112510000012X" + token.substring(22)),
        Arguments.of("X-KM-Tran-Token", token.replace(':', ';')),
        Arguments.of("X-KM-Tran-Time", null),
        Arguments.of("X-KM-Tran-Time", "2026112510000"),
        Arguments.of("X-KM-Tran-Time", "202611251000000"),
        Arguments.of("X-KM-Tran-Time", "2026112510000a"),
        Arguments.of("X-KM-Tran-Time", "20261325100000"),
        Arguments.of("X-KM-Tran-Time", "20261125250000"),
        Arguments.of("X-KM-Tran-Time", "20260230100000"),
        Arguments.of("X-KM-Time-Zone", null),
        Arguments.of("X-KM-Time-Zone", "kst"),
        Arguments.of("X-KM-Time-Zone", "KS"),
        Arguments.of("X-KM-Time-Zone", "KSTX"),
        Arguments.of("X-KM-Time-Zone", "PST"));
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("malformedHeaders")
  void aMissingOrMalformedHeader_isInvalidInputNamingIt(String name, String value) {
    Map<String, String> h = signed();
    if (value == null) {
      h.remove(name);
    } else {
      h.put(name, value);
    }
    EngineResponse r = post(engine, h, BODY);
    assertEquals(400, r.status());
    assertEquals("000_002", r.code());
    assertEquals("Invalid input parameter. " + name, description(r));
  }

  @Test
  void headerNames_areCaseInsensitive() {
    Map<String, String> lower = new java.util.LinkedHashMap<>();
    signed().forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
    assertEquals("000_000", post(engine, lower, BODY).code());
  }

  @Test
  void aRepeatedHeader_isInvalidInput() {
    Map<String, List<String>> h = TestSigner.multi(signed());
    h.put("X-KM-User-AspId", Arrays.asList(CREDENTIALS.aspId(), CREDENTIALS.aspId()));
    EngineResponse r = engine.handle("POST", PATH, h, BODY).response();
    assertEquals("000_002", r.code());
    assertEquals("Invalid input parameter. X-KM-User-AspId", description(r));
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-KM-User-AspId", "X-KM-Access-Key"})
  void anUnknownAspIdOrAccessKey_is401UnknownCredentials(String name) {
    Map<String, String> h = signed();
    String v = h.get(name);
    h.put(name, v.substring(0, v.length() - 1) + (v.endsWith("X") ? "Y" : "X"));
    EngineResponse r = post(engine, h, BODY);
    assertEquals(401, r.status());
    assertEquals("990_001", r.code());
  }

  @Test
  void credentialsAreCheckedBeforeTheSignature() {
    Map<String, String> h = signed();
    h.put("X-KM-User-AspId", "OTHERPARTNER001");
    byte[] tampered = BODY.clone();
    tampered[10] ^= 1;
    assertEquals("990_001", post(engine, h, tampered).code());
  }

  @Test
  void aCryptoKeyId_isRefusedUntilTheSandboxHasCryptoKeys() {
    Map<String, String> h = signed();
    h.put("X-KM-Crypto-Key-Id", "0123456789abcdef0123456789abcdef");
    EngineResponse r = post(engine, h, BODY);
    assertEquals(401, r.status());
    assertEquals("990_005", r.code());
  }

  @Test
  void flippingOneBodyByte_isASignatureMismatch() {
    Map<String, String> h = signed();
    for (int i = 0; i < BODY.length; i++) {
      byte[] tampered = BODY.clone();
      tampered[i] ^= 0x01;
      EngineResponse r = post(engine, h, tampered);
      assertEquals(401, r.status(), "byte " + i);
      assertEquals("990_002", r.code(), "byte " + i);
    }
    assertEquals(0, engine.terminations(PAR));
  }

  @Test
  void reformattingTheBody_isASignatureMismatch() {
    Map<String, String> h = signed();
    byte[] spaced = ("{\"userId\": " + USER + ", \"par\": \"" + PAR + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("990_002", post(engine, h, spaced).code());
  }

  @Test
  void aTokenSignedWithAnotherSecret_isASignatureMismatch() {
    SandboxCredentials other = SandboxCredentials.of(CREDENTIALS.aspId(),
        CREDENTIALS.accessKey(), "another-secret");
    EngineResponse r = post(engine, TestSigner.headers(other, NOW, BODY), BODY);
    assertEquals("990_002", r.code());
  }

  @Test
  void theSecretKeyIsUtf8() {
    SandboxCredentials korean = SandboxCredentials.of(CREDENTIALS.aspId(),
        CREDENTIALS.accessKey(), "비밀-키");
    SandboxEngine e = new SandboxEngine("/open-api", korean, EngineFixtures.CLOCK,
        Duration.ofMinutes(5), EngineFixtures.defaultModel(), 10);
    assertEquals("000_000", post(e, TestSigner.headers(korean, NOW, BODY), BODY).code());
  }

  @Test
  void aTokenTimeOtherThanTranTime_isATimeMismatch() {
    Map<String, String> h = signed();
    h.put("X-KM-Tran-Time", "20261125100001"); // token says 10:00:00.123 KST
    EngineResponse r = post(engine, h, BODY);
    assertEquals(401, r.status());
    assertEquals("990_004", r.code());
  }

  static Stream<Arguments> skews() {
    return Stream.of(
        Arguments.of(Duration.ofMinutes(-5), "000_000"),
        Arguments.of(Duration.ofMinutes(5), "000_000"),
        Arguments.of(Duration.ofMinutes(-5).minusMillis(1), "990_003"),
        Arguments.of(Duration.ofMinutes(5).plusMillis(1), "990_003"),
        Arguments.of(Duration.ofHours(9), "990_003"),
        Arguments.of(Duration.ofDays(-1), "990_003"));
  }

  @ParameterizedTest(name = "request {0} off the clock -> {1}")
  @MethodSource("skews")
  void theRequestTime_mustBeWithinTheSkewWindow(Duration offset, String code) {
    EngineResponse r = post(engine, TestSigner.headers(CREDENTIALS, NOW.plus(offset), BODY), BODY);
    assertEquals(code, r.code());
    if (code.equals("990_003")) {
      assertEquals(401, r.status());
    }
  }

  @Test
  void theSkewWindowIsConfigurable() {
    SandboxEngine strict = new SandboxEngine("/open-api", CREDENTIALS, EngineFixtures.CLOCK,
        Duration.ofSeconds(1), EngineFixtures.defaultModel(), 10);
    byte[] body = TestSigner.body(USER, PAR);
    Instant late = NOW.plusSeconds(2);
    assertEquals("990_003", post(strict, TestSigner.headers(CREDENTIALS, late, body), body).code());
    assertEquals("000_000", post(strict, TestSigner.headers(CREDENTIALS, NOW, body), body).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTC", "GMT", "KST"})
  void timesAreReadInTheNamedZone(String zoneName) {
    ZoneId zone = zoneName.equals("KST") ? ZoneId.of("Asia/Seoul") : ZoneOffset.UTC;
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, zoneName, zone, BODY);
    assertEquals("000_000", post(engine, h, BODY).code());
  }

  @Test
  void kstTimesLabelledUtc_areNineHoursOff() {
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, "UTC", ZoneId.of("Asia/Seoul"),
        BODY);
    assertEquals("990_003", post(engine, h, BODY).code());
  }

  @Test
  void theSkewCheckUsesTheInjectedClock() {
    Clock later = Clock.offset(EngineFixtures.CLOCK, Duration.ofHours(1));
    SandboxEngine e = new SandboxEngine("/open-api", CREDENTIALS, later, Duration.ofMinutes(5),
        EngineFixtures.defaultModel(), 10);
    assertEquals("990_003", post(e, signed(), BODY).code());
  }

  static Stream<Arguments> badBodies() {
    String par = "\"par\":\"" + PAR + "\"";
    return Stream.of(
        Arguments.of("", "body"),
        Arguments.of("not json", "body"),
        Arguments.of("[1,2]", "body"),
        Arguments.of("\"text\"", "body"),
        Arguments.of("{'userId':100000000001,'par':'" + PAR + "'}", "body"),
        Arguments.of("{\"userId\":100000000001," + par + "} trailing", "body"),
        Arguments.of("{\"userId\":100000000001," + par + "", "body"),
        Arguments.of("{" + par + "}", "userId"),
        Arguments.of("{\"userId\":null," + par + "}", "userId"),
        Arguments.of("{\"userId\":0," + par + "}", "userId"),
        Arguments.of("{\"userId\":-1," + par + "}", "userId"),
        Arguments.of("{\"userId\":1000000000000000000," + par + "}", "userId"),
        Arguments.of("{\"userId\":100000000001.5," + par + "}", "userId"),
        Arguments.of("{\"userId\":\"100000000001\"," + par + "}", "userId"),
        Arguments.of("{\"userId\":true," + par + "}", "userId"),
        Arguments.of("{\"userId\":100000000001}", "par"),
        Arguments.of("{\"userId\":100000000001,\"par\":null}", "par"),
        Arguments.of("{\"userId\":100000000001,\"par\":12345}", "par"),
        Arguments.of("{\"userId\":100000000001,\"par\":\"" + PAR.substring(1) + "\"}", "par"),
        Arguments.of("{\"userId\":100000000001,\"par\":\"" + PAR + "0\"}", "par"),
        Arguments.of("{\"userId\":100000000001,\"par\":\"" + PAR.toLowerCase() + "\"}", "par"),
        Arguments.of("{\"userId\":100000000002,\"par\":\"Q1-INVALID-PAR-FORMAT-00000\"}", "par"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("badBodies")
  void aBadBody_isInvalidInputNamingTheField(String body, String field) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    EngineResponse r = post(engine, TestSigner.headers(CREDENTIALS, NOW, bytes), bytes);
    assertEquals(400, r.status());
    assertEquals("000_002", r.code());
    assertEquals("Invalid input parameter. " + field, description(r));
  }

  @Test
  void aBodyThatIsNotUtf8_isInvalidInput() {
    byte[] bytes = ("{\"userId\":100000000001,\"par\":\"" + PAR + "\",\"x\":\"\u00e9\"}")
        .getBytes(StandardCharsets.ISO_8859_1);
    EngineResponse r = post(engine, TestSigner.headers(CREDENTIALS, NOW, bytes), bytes);
    assertEquals("Invalid input parameter. body", description(r));
  }

  @Test
  void theLargestUserId_passesValidation() {
    byte[] bytes = TestSigner.body(999999999999999999L, PAR);
    EngineResponse r = post(engine, TestSigner.headers(CREDENTIALS, NOW, bytes), bytes);
    assertEquals("001_006", r.code());
  }

  @Test
  void unknownBodyFields_areTolerated() {
    byte[] bytes = ("{\"userId\":100000000001,\"par\":\"" + PAR + "\",\"extra\":[1]}")
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("000_000", post(engine, TestSigner.headers(CREDENTIALS, NOW, bytes), bytes).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "application/json; charset=ISO-8859-1", "application/xml"})
  void aContentTypeOtherThanJsonUtf8_is415(String contentType) {
    Map<String, String> h = signed();
    h.put("Content-Type", contentType);
    EngineResponse r = post(engine, h, BODY);
    assertEquals(415, r.status());
    assertEquals("990_415", r.code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/json; charset=utf-8",
      "Application/JSON;charset=\"UTF-8\""})
  void jsonContentTypes_areAccepted(String contentType) {
    Map<String, String> h = signed();
    h.put("Content-Type", contentType);
    assertEquals("000_000", post(engine, h, BODY).code());
  }

  @Test
  void otherPaths_are404WithAnEnvelope() {
    Map<String, String> h = signed();
    for (String path : new String[] {"/open-api/api/v1/card/other", "/api/v1/card/terminate",
        "/open-api/api/v1/card/terminate/", "/"}) {
      EngineResponse r = engine.handle("POST", path, TestSigner.multi(h), BODY).response();
      assertEquals(404, r.status(), path);
      assertEquals("990_404", r.code(), path);
      assertEquals(h.get("X-KM-Correlation-Id"), r.headers().get("X-KM-Correlation-Id"));
    }
  }

  @Test
  void otherMethods_are405() {
    EngineResponse r = engine.handle("GET", PATH, TestSigner.multi(signed()), new byte[0])
        .response();
    assertEquals(405, r.status());
    assertEquals("990_405", r.code());
    assertEquals("POST", r.headers().get("Allow"));
  }

  @Test
  void theBasePathIsConfigurable() {
    SandboxEngine root = new SandboxEngine("", CREDENTIALS, EngineFixtures.CLOCK,
        Duration.ofMinutes(5), EngineFixtures.defaultModel(), 10);
    EngineResponse r = root.handle("POST", SandboxEngine.TERMINATE_PATH,
        TestSigner.multi(signed()), BODY).response();
    assertEquals("000_000", r.code());
  }

  @Test
  void refusalsEchoTheCorrelationId_evenOfAnInvalidRequest() {
    Map<String, String> h = signed();
    h.remove("X-KM-Tran-Token");
    h.put("X-KM-Correlation-Id", "whatever-was-sent");
    EngineResponse r = post(engine, h, BODY);
    assertEquals("whatever-was-sent", r.headers().get("X-KM-Correlation-Id"));
    List<String> names = new ArrayList<>(r.headers().keySet());
    assertEquals(Arrays.asList("Content-Type", "X-KM-Correlation-Id"), names);
  }
}
