package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sandbox over real HTTP on loopback, observed with a raw OkHttp client. */
@KonaplateSandboxTest
class SandboxServerTest {
  private static final String PAR = DocumentedCase.SUCCESS.par();
  private static final long USER = DocumentedCase.SUCCESS.userId();

  private final KonaplateSandbox sandbox;

  SandboxServerTest(KonaplateSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void itListensOnLoopback_atAFreePort_underOpenApi() {
    assertTrue(sandbox.port() > 0);
    assertEquals("http://127.0.0.1:" + sandbox.port() + "/open-api", sandbox.baseUrl());
    assertEquals("true", System.getProperty("sun.net.httpserver.nodelay"));
  }

  @ParameterizedTest
  @EnumSource(DocumentedCase.class)
  void eachDocumentedCase_overHttp(DocumentedCase c) {
    Request request = TestSigner.terminateRequest(sandbox, c.userId(), c.par());
    TestHttp.Answer a = TestHttp.call(request);
    assertEquals(c.httpStatus(), a.status());
    assertEquals(c.code(), a.code());
    assertEquals("application/json;charset=UTF-8", a.contentType());
    assertEquals(request.header("X-KM-Correlation-Id"), a.correlationId());
  }

  @Test
  void theWithdrawnMember_overHttp() {
    TestHttp.Answer a = TestHttp.call(TestSigner.terminateRequest(sandbox,
        DocumentedCase.WITHDRAWN_USER_ID, DocumentedCase.WITHDRAWN_USER_PAR));
    assertEquals(400, a.status());
    assertEquals("001_006", a.code());
  }

  @Test
  void recordedRequests_keepHeadersAndExactBodyBytes() {
    Request request = TestSigner.terminateRequest(sandbox, USER, PAR);
    TestHttp.call(request);
    List<RecordedRequest> recorded = sandbox.recordedRequests();
    assertEquals(1, recorded.size());
    RecordedRequest r = recorded.get(0);
    assertEquals("POST", r.method());
    assertEquals("/open-api/api/v1/card/terminate", r.path());
    assertArrayEquals(TestSigner.body(USER, PAR), r.body());
    assertEquals(request.header("X-KM-Tran-Token"), r.header("x-km-tran-token"));
    assertEquals(request.header("X-KM-Correlation-Id"), r.header("X-KM-Correlation-Id"));
    assertEquals(200, r.status());
    assertEquals("000_000", r.code());
    assertFalse(r.fault().isPresent());
    sandbox.clearRecordedRequests();
    assertTrue(sandbox.recordedRequests().isEmpty());
    assertEquals(0, sandbox.requestCount());
  }

  @Test
  void theRecordIsBounded_theCountIsNot() {
    try (KonaplateSandbox small = KonaplateSandbox.builder().maxRecordedRequests(3).start()) {
      for (int i = 0; i < 5; i++) {
        TestHttp.call(TestSigner.terminateRequest(small, DocumentedCase.BALANCE_LEFT.userId(),
            DocumentedCase.BALANCE_LEFT.par()));
      }
      assertEquals(3, small.recordedRequests().size());
      assertEquals(5, small.requestCount());
    }
  }

  @Test
  void terminationCounts_proveACardWasTerminatedExactlyOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 320; i++) {
        calls.add(() -> TestHttp.call(TestSigner.terminateRequest(sandbox, USER, PAR)).code());
      }
      int successes = 0;
      for (Future<String> f : pool.invokeAll(calls)) {
        successes += f.get().equals("000_000") ? 1 : 0;
      }
      assertEquals(1, successes);
      assertEquals(1, sandbox.terminationCount(PAR));
      assertEquals(Map.of(PAR, 1), sandbox.terminationCounts());
      assertEquals(CardStatus.TERMINATED, sandbox.cardStatus(PAR).get());
      assertEquals(320, sandbox.requestCount());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void reset_restoresCardsBetweenTests_part1() {
    assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(sandbox, USER, PAR)).code());
  }

  @Test
  void reset_restoresCardsBetweenTests_part2() {
    // Whichever of part1 and part2 runs first, the extension's reset makes both succeed.
    assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(sandbox, USER, PAR)).code());
    sandbox.reset();
    assertEquals(0, sandbox.terminationCount(PAR));
    assertEquals(CardStatus.ACTIVE, sandbox.cardStatus(PAR).get());
    assertFalse(sandbox.cardStatus("Q19999999999999999999999999").isPresent());
  }

  @Test
  void otherPaths_are404WithAJsonEnvelope() {
    Request request = new Request.Builder().url(sandbox.baseUrl() + "/api/v1/card/unknown")
        .post(RequestBody.create(new byte[0], TestSigner.JSON)).build();
    TestHttp.Answer a = TestHttp.call(request);
    assertEquals(404, a.status());
    assertEquals("990_404", a.code());
    assertEquals("application/json;charset=UTF-8", a.contentType());
  }

  @Test
  void getIs405() {
    TestHttp.Answer a = TestHttp.call(new Request.Builder()
        .url(sandbox.baseUrl() + "/api/v1/card/terminate").get().build());
    assertEquals(405, a.status());
    assertEquals("990_405", a.code());
  }

  @Test
  void aNonJsonContentType_is415() {
    byte[] body = TestSigner.body(USER, PAR);
    Map<String, String> headers = TestSigner.headers(sandbox.credentials(),
        sandbox.clock().instant(), body);
    headers.remove("Content-Type");
    Request request = new Request.Builder().url(sandbox.baseUrl() + "/api/v1/card/terminate")
        .post(RequestBody.create(body, MediaType.get("text/plain")))
        .headers(okhttp3.Headers.of(headers)).build();
    assertEquals(415, TestHttp.call(request).status());
  }

  @Test
  void aTamperedBody_overHttp_isASignatureMismatch() {
    byte[] body = TestSigner.body(USER, PAR);
    Map<String, String> headers = TestSigner.headers(sandbox.credentials(),
        sandbox.clock().instant(), body);
    byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("101\"", "102\"")
        .getBytes(StandardCharsets.UTF_8);
    TestHttp.Answer a = TestHttp.call(TestSigner.terminateRequest(sandbox, headers, tampered));
    assertEquals(401, a.status());
    assertEquals("990_002", a.code());
    assertEquals(0, sandbox.terminationCount("Q10000000000000000000000102"));
  }

  @Test
  void customCredentials_areTheOnlyOnesAccepted() {
    SandboxCredentials mine = SandboxCredentials.of("MYASP0000000001",
        "MYACCESSKEY00000000000000000000000000001", "my-secret");
    try (KonaplateSandbox custom = KonaplateSandbox.builder().credentials(mine).start()) {
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(custom, USER, PAR)).code());
      byte[] body = TestSigner.body(USER, DocumentedCase.BALANCE_LEFT.par());
      Map<String, String> withDefaults = TestSigner.headers(SandboxCredentials.defaults(),
          custom.clock().instant(), body);
      assertEquals("990_001",
          TestHttp.call(TestSigner.terminateRequest(custom, withDefaults, body)).code());
    }
  }

  @Test
  void aCustomBasePath_isServed() {
    try (KonaplateSandbox custom = KonaplateSandbox.builder().basePath("/kp/v9").start()) {
      assertTrue(custom.baseUrl().endsWith("/kp/v9"));
      assertEquals("000_000", TestHttp.call(TestSigner.terminateRequest(custom, USER, PAR)).code());
    }
  }

  @Test
  void smallResponses_doNotWaitForDelayedAcks() {
    // With Nagle's algorithm on, each call costs about 40 ms: 100 calls would take 4 s.
    Request request = TestSigner.terminateRequest(sandbox, DocumentedCase.BALANCE_LEFT.userId(),
        DocumentedCase.BALANCE_LEFT.par());
    TestHttp.call(request); // warm the connection
    long start = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      TestHttp.call(request);
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(elapsed.compareTo(Duration.ofMillis(1500)) < 0, "100 calls took " + elapsed);
  }

  @Test
  void close_freesThePortAndIsIdempotent() throws IOException {
    KonaplateSandbox s = KonaplateSandbox.start();
    int port = s.port();
    s.close();
    s.close();
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
  }

  @Test
  void builderArguments_areCheckedAtOnce() {
    KonaplateSandbox.Builder b = KonaplateSandbox.builder();
    assertThrows(IllegalArgumentException.class, () -> b.port(-1));
    assertThrows(IllegalArgumentException.class, () -> b.basePath("open-api"));
    assertThrows(IllegalArgumentException.class, () -> b.basePath("/open-api/"));
    assertThrows(IllegalArgumentException.class, () -> b.clockSkew(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> b.threads(0));
    assertThrows(NullPointerException.class, () -> b.credentials(null));
    try (KonaplateSandbox root = b.basePath("/").start()) {
      assertEquals("http://127.0.0.1:" + root.port(), root.baseUrl());
    }
  }
}
