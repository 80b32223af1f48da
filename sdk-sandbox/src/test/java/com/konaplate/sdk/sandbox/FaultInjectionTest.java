package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fault kind, as a real OkHttp client sees it, and whether the operation took effect. */
@KonaplateSandboxTest
class FaultInjectionTest {
  private static final long USER = DocumentedCase.SUCCESS.userId();
  private static final String PAR = DocumentedCase.SUCCESS.par();
  private static final long SPARE_USER = 100000000010L;
  private static final String SPARE_PAR = "Q10000000000000000000001001";

  private final KonaplateSandbox sandbox;

  FaultInjectionTest(KonaplateSandbox sandbox) {
    this.sandbox = sandbox;
  }

  private Request terminate() {
    return TestSigner.terminateRequest(sandbox, USER, PAR);
  }

  private void assertNotApplied() {
    assertEquals(0, sandbox.terminationCount(PAR));
    assertEquals(CardStatus.ACTIVE, sandbox.cardStatus(PAR).get());
  }

  private void assertApplied() {
    assertEquals(1, sandbox.terminationCount(PAR));
    assertEquals(CardStatus.TERMINATED, sandbox.cardStatus(PAR).get());
  }

  @Test
  void rateLimited_is429WithRetryAfter_andNotApplied() {
    sandbox.faults().next(1, Fault.rateLimited(2));
    Request request = terminate();
    TestHttp.Answer a = TestHttp.call(request);
    assertEquals(429, a.status());
    assertEquals("2", a.retryAfter());
    assertEquals("990_429", a.code());
    assertEquals(request.header("X-KM-Correlation-Id"), a.correlationId());
    assertNotApplied();
    assertEquals("000_000", TestHttp.call(terminate()).code()); // only the next one
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 503, 504})
  void serverErrors_carryAJsonEnvelope_andAreNotApplied(int status) {
    sandbox.faults().next(1, Fault.serverError(status));
    TestHttp.Answer a = TestHttp.call(terminate());
    assertEquals(status, a.status());
    assertEquals("990_" + status, a.code());
    assertEquals("application/json;charset=UTF-8", a.contentType());
    assertNotApplied();
  }

  @Test
  void notJson_isAnHtmlErrorPage_andNotApplied() {
    sandbox.faults().next(1, Fault.notJson());
    TestHttp.Answer a = TestHttp.call(terminate());
    assertEquals(502, a.status());
    assertTrue(a.contentType().startsWith("text/html"));
    assertTrue(a.body().startsWith("<!DOCTYPE html>"));
    assertNull(a.code());
    assertNotApplied();
  }

  @Test
  void notJson_canCarryAnyStatus_even200() {
    sandbox.faults().next(1, Fault.notJson(200));
    TestHttp.Answer a = TestHttp.call(terminate());
    assertEquals(200, a.status());
    assertTrue(a.body().contains("<html>"));
  }

  @Test
  void dropBeforeRequest_failsTheCallWithAnIOException_andIsNotApplied() {
    sandbox.faults().next(1, Fault.dropBeforeRequest());
    IOException e = assertThrows(IOException.class,
        () -> TestHttp.call(TestHttp.CLIENT, terminate()));
    assertFalse(e instanceof InterruptedIOException, "a drop, not a timeout: " + e);
    assertNotApplied();
    RecordedRequest r = sandbox.recordedRequests().get(0);
    assertEquals(0, r.status());
    assertEquals(Optional.of(Fault.dropBeforeRequest()), r.fault());
  }

  @Test
  void dropAfterRequest_failsTheCallWithAnIOException_butIsApplied() {
    sandbox.faults().next(1, Fault.dropAfterRequest());
    assertThrows(IOException.class, () -> TestHttp.call(TestHttp.CLIENT, terminate()));
    assertApplied();
    RecordedRequest r = sandbox.recordedRequests().get(0);
    assertEquals(200, r.status()); // decided, then withheld
    assertEquals("000_000", r.code());
  }

  @Test
  void okHttpsDefaultSilentRetry_wouldResendADroppedRequest() throws IOException {
    // Why TestHttp (and the SDK) turn retryOnConnectionFailure off: with OkHttp's default a
    // broken pooled connection is retried silently, and a destructive call runs twice.
    OkHttpClient defaults = new OkHttpClient();
    try {
      TestHttp.call(defaults, TestSigner.terminateRequest(sandbox, 100000000005L,
          DocumentedCase.BALANCE_LEFT.par())); // pools a connection
      sandbox.faults().next(1, Fault.dropAfterRequest());
      TestHttp.Answer a = TestHttp.call(defaults, terminate());
      assertEquals("001_047", a.code()); // the resend found the card already gone
      assertApplied();
      assertEquals(3, sandbox.requestCount());
    } finally {
      defaults.dispatcher().executorService().shutdown();
      defaults.connectionPool().evictAll();
    }
  }

  @Test
  void delay_holdsTheHeaders_pastAShortReadTimeout_butIsApplied() {
    sandbox.faults().next(1, Fault.delay(Duration.ofMillis(300)));
    OkHttpClient impatient = TestHttp.client(Duration.ofMillis(50));
    assertThrows(SocketTimeoutException.class, () -> TestHttp.call(impatient, terminate()));
    assertApplied();
  }

  @Test
  void delay_withAPatientClient_isJustSlow() throws IOException {
    sandbox.faults().next(1, Fault.delay(Duration.ofMillis(100)));
    long start = System.nanoTime();
    TestHttp.Answer a = TestHttp.call(TestHttp.CLIENT, terminate());
    assertEquals("000_000", a.code());
    assertTrue(System.nanoTime() - start >= 100_000_000L);
  }

  @Test
  void stalledBody_sendsHeadersAndPartOfTheBody_thenPauses() throws IOException {
    sandbox.faults().next(1, Fault.stalledBody(Duration.ofMillis(300)));
    OkHttpClient impatient = TestHttp.client(Duration.ofMillis(100));
    try (Response response = impatient.newCall(terminate()).execute()) {
      assertEquals(200, response.code()); // the headers arrived in time
      long length = Long.parseLong(response.header("Content-Length"));
      assertTrue(length > 0);
      assertThrows(SocketTimeoutException.class, () -> response.body().string());
    }
    assertApplied();
  }

  @Test
  void stalledBody_withAPatientClient_arrivesWhole() throws IOException {
    sandbox.faults().next(1, Fault.stalledBody(Duration.ofMillis(100)));
    long start = System.nanoTime();
    TestHttp.Answer a = TestHttp.call(TestHttp.CLIENT, terminate());
    assertEquals("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}", a.body());
    assertTrue(System.nanoTime() - start >= 100_000_000L);
  }

  @Test
  void truncatedBody_promisesMoreThanItSends_thenCloses() throws IOException {
    sandbox.faults().next(1, Fault.truncatedBody());
    try (Response response = TestHttp.CLIENT.newCall(terminate()).execute()) {
      assertEquals(200, response.code());
      IOException e = assertThrows(IOException.class, () -> response.body().string());
      assertFalse(e instanceof InterruptedIOException, "a cut, not a timeout: " + e);
    }
    assertApplied();
  }

  @Test
  void wrongContentType_labelsTheJsonAsText_andIsApplied() {
    sandbox.faults().next(1, Fault.wrongContentType());
    TestHttp.Answer a = TestHttp.call(terminate());
    assertEquals(200, a.status());
    assertEquals("text/plain;charset=UTF-8", a.contentType());
    assertEquals("000_000", a.code());
    assertApplied();
  }

  @Test
  void nextN_appliesToExactlyNRequests() {
    sandbox.faults().next(2, Fault.serverError(503));
    assertEquals(2, sandbox.faults().pending());
    assertEquals(503, TestHttp.call(terminate()).status());
    assertEquals(1, sandbox.faults().pending());
    assertEquals(503, TestHttp.call(terminate()).status());
    assertEquals(0, sandbox.faults().pending());
    assertEquals(200, TestHttp.call(terminate()).status());
  }

  @Test
  void parFaults_hitOnlyThatCard_andComeBeforeGlobalOnes() {
    sandbox.faults()
        .next(1, Fault.serverError(502))
        .forPar(PAR).next(1, Fault.rateLimited(1));
    // The spare card is not aimed at: it takes the global fault.
    assertEquals(502, TestHttp.call(TestSigner.terminateRequest(sandbox, SPARE_USER, SPARE_PAR))
        .status());
    assertEquals(429, TestHttp.call(terminate()).status());
    assertEquals(200, TestHttp.call(terminate()).status());
  }

  @Test
  void parFaults_doNotHitOtherCards() {
    sandbox.faults().forPar(PAR).next(1, Fault.serverError(503));
    assertEquals(200, TestHttp.call(TestSigner.terminateRequest(sandbox, SPARE_USER, SPARE_PAR))
        .status());
    assertEquals(503, TestHttp.call(terminate()).status());
  }

  @Test
  void faultsFireBeforeVerification() {
    // A gateway answers before the service checks anything; so does the sandbox.
    sandbox.faults().next(1, Fault.serverError(503));
    Request unsigned = new Request.Builder().url(sandbox.baseUrl() + "/api/v1/card/terminate")
        .post(okhttp3.RequestBody.create(TestSigner.body(USER, PAR), TestSigner.JSON)).build();
    assertEquals(503, TestHttp.call(unsigned).status());
  }

  @Test
  void clear_andReset_removeEveryFault() {
    sandbox.faults().next(5, Fault.serverError(500)).randomly(1, 1.0, Fault.serverError(503));
    sandbox.faults().clear();
    assertEquals(200, TestHttp.call(terminate()).status());
    sandbox.faults().next(5, Fault.serverError(500));
    sandbox.reset();
    assertEquals(0, sandbox.faults().pending());
  }

  @Test
  void randomly_isReproducibleForASeed() {
    Fault[] kinds = {Fault.serverError(503), Fault.rateLimited(0), Fault.notJson()};
    List<Optional<Fault>> first = randomRun(42L, kinds);
    sandbox.reset();
    List<Optional<Fault>> second = randomRun(42L, kinds);
    assertEquals(first, second);
    long faulted = first.stream().filter(Optional::isPresent).count();
    assertTrue(faulted > 5 && faulted < 35, "about a third of 60 faulted: " + faulted);
    sandbox.reset();
    assertNotEquals(first, randomRun(43L, kinds));
  }

  private List<Optional<Fault>> randomRun(long seed, Fault... kinds) {
    sandbox.faults().randomly(seed, 0.3, kinds);
    Request request = TestSigner.terminateRequest(sandbox, 100000000005L,
        DocumentedCase.BALANCE_LEFT.par());
    List<Optional<Fault>> seen = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      TestHttp.call(request);
    }
    for (RecordedRequest r : sandbox.recordedRequests()) {
      seen.add(r.fault());
    }
    return seen;
  }

  @Test
  void randomly_atRateZeroOrOne() {
    sandbox.faults().randomly(7, 0.0, Fault.serverError(500));
    assertEquals(400, TestHttp.call(TestSigner.terminateRequest(sandbox, 100000000005L,
        DocumentedCase.BALANCE_LEFT.par())).status());
    sandbox.faults().randomly(7, 1.0, Fault.serverError(500));
    assertEquals(500, TestHttp.call(terminate()).status());
    assertNotApplied();
  }

  @Test
  void faultArguments_areCheckedAtOnce() {
    assertThrows(IllegalArgumentException.class, () -> Fault.serverError(501));
    assertThrows(IllegalArgumentException.class, () -> Fault.rateLimited(-1));
    assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofMillis(-1)));
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().next(0, Fault.notJson()));
    assertThrows(NullPointerException.class, () -> sandbox.faults().next(1, null));
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().randomly(1, 1.5,
        Fault.notJson()));
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().randomly(1, 0.5));
    assertEquals(Fault.Kind.DROP_AFTER_REQUEST, Fault.dropAfterRequest().kind());
    assertTrue(Fault.truncatedBody().kind().operationApplied());
    assertFalse(Fault.dropBeforeRequest().kind().operationApplied());
  }
}
