package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.exception.RateLimitException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.testing.FixedSecureRandom;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries: only where safe, inside the policy, one correlation id, a fresh token each time. */
class RetryTest {
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  private static MockResponse status(int code) {
    return new MockResponse().setResponseCode(code).setBody("{\"response\":{\"code\":\"999_" + code + "\"}}");
  }

  private static MockResponse refusal(String code) {
    return new MockResponse().setResponseCode(400).setBody("{\"response\":{\"code\":\"" + code + "\"}}");
  }

  @Test
  void terminate_whenServerSays429WithRetryAfter_waitsRetryAfterThenSucceeds() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      TerminateCardResult r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
      assertEquals(2, r.attempts());
      assertEquals(Duration.ofSeconds(2), r.elapsed());
    }
    assertEquals(java.util.List.of(Duration.ofSeconds(2)), t.sleeper.sleeps);
  }

  @Test
  void terminate_when429RetryAfterIsAnHttpDate_waitsUntilThen() {
    String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        TestClients.T0.plusSeconds(4).atZone(java.time.ZoneOffset.UTC));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", at));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    // The date has second precision and T0 has 456 ms: the wait is the rest up to that second.
    assertEquals(java.util.List.of(Duration.ofMillis(3544)), t.sleeper.sleeps);
  }

  @Test
  void terminate_when503Then200_retriesWithOneCorrelationIdAndAFreshTokenPerAttempt() throws Exception {
    server.enqueue(status(503));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      assertEquals(2, client.cards().terminate(SUCCESS_USER, SUCCESS_PAR).attempts());
    }
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertEquals(first.getHeader("X-KM-Correlation-Id"), second.getHeader("X-KM-Correlation-Id"));
    assertNotEquals(first.getHeader("X-KM-Tran-Token"), second.getHeader("X-KM-Tran-Token"));
    long waited = t.sleeper.sleeps.get(0).toMillis();
    assertTrue(waited > 0 && waited <= 200, "first backoff is full jitter below 200 ms: " + waited);
    assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8());
  }

  @Test
  void terminate_whenEvery502_stopsAtMaxAttemptsWithOutcomeUnknown() {
    for (int i = 0; i < 5; i++) {
      server.enqueue(status(502));
    }
    try (KonaplateClient client = t.client(server)) {
      ServerException e = assertThrows(ServerException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(3, e.attempts());
      assertTrue(e.outcomeUnknown());
    }
    assertEquals(3, server.getRequestCount());
    assertEquals(2, t.sleeper.sleeps.size());
  }

  @Test
  void terminate_when500_doesNotRetry() {
    server.enqueue(status(500));
    try (KonaplateClient client = t.client(server)) {
      assertThrows(ServerException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retryPolicyNone_sendsOnce() {
    server.enqueue(status(503));
    try (KonaplateClient client = t.client(server, RetryPolicy.none())) {
      assertEquals(1, assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR)).attempts());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void terminate_when504ThenCardGone_reportsOutcomeUnknownNeverTheRefusal() {
    server.enqueue(status(504));
    server.enqueue(refusal("001_047"));
    try (KonaplateClient client = t.client(server)) {
      KonaplateException e = assertThrows(KonaplateException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertFalse(e instanceof InvalidCardException, "the refusal may be our own first attempt's doing");
      assertTrue(e instanceof ServerException);
      assertTrue(e.outcomeUnknown());
      assertEquals(2, e.attempts());
      assertEquals(InvalidCardException.class, e.getSuppressed()[0].getClass());
    }
  }

  @Test
  void terminate_when503ThenBalanceRefusal_reportsTheRefusal_cardWasUntouched() {
    server.enqueue(status(503));
    server.enqueue(refusal("001_052"));
    try (KonaplateClient client = t.client(server)) {
      CardHasBalanceException e = assertThrows(CardHasBalanceException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertFalse(e.outcomeUnknown());
      assertEquals(2, e.attempts());
    }
  }

  @Test
  void terminate_when503ThenRateLimitedToTheEnd_isOutcomeUnknown() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse().setResponseCode(429));
    server.enqueue(new MockResponse().setResponseCode(429));
    try (KonaplateClient client = t.client(server)) {
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown(), "the first attempt may have discarded the card");
    }
  }

  @Test
  void connectionRefused_isRetried_andNotOutcomeUnknown() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (KonaplateClient client = t.builder(server).baseUrl("http://127.0.0.1:" + closedPort + "/open-api").build()) {
      KonaplateConnectionException e = assertThrows(KonaplateConnectionException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(3, e.attempts());
      assertFalse(e.outcomeUnknown(), "the request never left the client");
    }
  }

  @Test
  void connectionDroppedAfterRequest_isNotRetried_andOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      KonaplateConnectionException e = assertThrows(KonaplateConnectionException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown());
      assertEquals(1, e.attempts());
    }
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void readTimeout_isTimeoutException_withOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    try (KonaplateClient client = t.builder(server).readTimeout(Duration.ofMillis(150)).build()) {
      KonaplateTimeoutException e = assertThrows(KonaplateTimeoutException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown());
      assertEquals(1, e.attempts());
    }
  }

  @Test
  void retryAfterBeyondTheDeadline_failsAtOnceWithoutWaiting() {
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "120"));
    try (KonaplateClient client = t.client(server)) {
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertEquals(Duration.ofSeconds(120), e.retryAfter());
    }
    assertTrue(t.sleeper.sleeps.isEmpty());
  }

  @Test
  void backoff_isFullJitterUnderADoublingCeiling() {
    RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(350)).build();
    FixedSecureRandom max = new FixedSecureRandom((byte) 0xFF);
    FixedSecureRandom min = new FixedSecureRandom((byte) 0x00);
    assertEquals(Duration.ZERO, p.backoff(1, min));
    assertEquals(Duration.ofMillis(99), p.backoff(1, max));
    assertEquals(Duration.ofMillis(199), p.backoff(2, max));
    assertEquals(Duration.ofMillis(349), p.backoff(3, max), "capped at maxDelay");
    assertEquals(Duration.ofMillis(349), p.backoff(9, max));
  }

  @Test
  void callerChosenCorrelationId_isUsedForEveryAttempt() throws Exception {
    server.enqueue(status(503));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      client.cards().terminate(TerminateCardRequest.builder().userId(SUCCESS_USER).par(SUCCESS_PAR).build(),
          RequestOptions.builder().correlationId("251231235959-ABCDEF0").build());
    }
    assertEquals("251231235959-ABCDEF0", server.takeRequest().getHeader("X-KM-Correlation-Id"));
    assertEquals("251231235959-ABCDEF0", server.takeRequest().getHeader("X-KM-Correlation-Id"));
  }
}
