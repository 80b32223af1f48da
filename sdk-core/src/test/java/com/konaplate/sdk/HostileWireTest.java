package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.HostileAnswers.SUCCESS;
import static com.konaplate.sdk.testing.HostileAnswers.echoing;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.testing.HostileAnswers;
import com.konaplate.sdk.testing.HostileAnswers.Case;
import com.konaplate.sdk.testing.HostileServer;
import com.konaplate.sdk.testing.LogCapture;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13, items 1 to 6: a real socket server answers with exact bytes, and whatever it sends
 * after reading the request ends in a typed exception that says the outcome is unknown, carries
 * this call's own correlation id and forges no log line; every request that leaves is an attempt
 * the SDK counted.
 */
class HostileWireTest {
  /** The correlation id of every call of {@link TestClients} (fixed clock and random). */
  private static final String OUR_ID = "261125100203-1234567";
  private final TestClients t = new TestClients();

  static List<Case> cases() {
    return HostileAnswers.all();
  }

  private KonaplateClient client(HostileServer server, RetryPolicy policy) {
    return t.builder(server.baseUrl()).retryPolicy(policy).readTimeout(Duration.ofSeconds(2))
        .logBodies(true).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void terminate_whenTheAnswerIsHostile_throwsTypedWithOutcomeUnknown(Case c) throws Exception {
    try (HostileServer server = HostileServer.start(c.script); LogCapture logs = new LogCapture();
        KonaplateClient client = client(server, RetryPolicy.none())) {
      KonaplateException e = assertThrows(KonaplateException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertHonest(c, e, server, logs);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void terminateAsync_whenTheAnswerIsHostile_completesTypedWithOutcomeUnknown(Case c) throws Exception {
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, ex) -> uncaught.add(ex));
    try (HostileServer server = HostileServer.start(c.script); LogCapture logs = new LogCapture();
        KonaplateClient client = client(server, RetryPolicy.none())) {
      CompletableFuture<TerminateCardResult> f = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR);
      Throwable cause = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS)).getCause();
      assertInstanceOf(KonaplateException.class, cause);
      assertHonest(c, (KonaplateException) cause, server, logs);
      Thread.sleep(50); // OkHttp rethrows on its own thread after the callback, if it does
      assertEquals(List.of(), uncaught, "nothing escapes on OkHttp's threads");
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
  }

  private static void assertHonest(Case c, KonaplateException e, HostileServer server, LogCapture logs) {
    assertInstanceOf(c.expected, e, e.toString());
    assertTrue(e.outcomeUnknown(), "the request was read by the server: " + e);
    assertEquals(1, e.attempts());
    assertEquals(1, server.requests().size(), "never resent");
    assertEquals(OUR_ID, e.correlationId(), "only this call's own id is reported");
    String token = server.requests().get(0).header("X-KM-Tran-Token");
    // The whole chain a partner's log would print: the exception and every cause.
    for (Throwable x = e; x != null; x = x.getCause()) {
      String text = String.valueOf(x.getMessage());
      assertPrintable(text);
      assertFalse(text.contains(SUCCESS_PAR), text);
      assertFalse(text.contains(token.substring(token.lastIndexOf(':') + 1)), text);
    }
    for (String line : logs.lines()) {
      assertPrintable(line);
      assertFalse(line.contains(SUCCESS_PAR), line);
    }
  }

  /** No control character that could end or rewrite a log line, and no unbounded text. */
  static void assertPrintable(String text) {
    assertTrue(text.length() < 2_000, () -> "unbounded: " + text.length() + " chars");
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      assertFalse(Character.isISOControl(ch), () -> "control character in: " + text);
    }
  }

  @Test
  void anAnswerWithoutACorrelationId_endedByClosingTheConnection_isThisCallsAnswer() throws Exception {
    // Gateways answer without the header; an HTTP/1.0 server ends the body by closing.
    String answer = "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + SUCCESS;
    try (HostileServer server = HostileServer.startClosing((r, i) -> HostileServer.fill(answer, r));
        KonaplateClient client = client(server, RetryPolicy.none())) {
      TerminateCardResult r = client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
      assertEquals("000_000", r.code());
      assertEquals(OUR_ID, r.correlationId());
    }
  }

  @Test
  void aStaleExtraAnswerQueuedOnAPooledConnection_isNotTakenForTheNextCallsAnswer() throws Exception {
    // The first request is answered twice; the second request is never answered at all. Chosen
    // by correlation id, not arrival order: the client may retire the connection on the stale
    // answer before the server has even read the second request (a busy machine showed it).
    HostileServer.Script script = (r, i) -> {
      byte[] answer = HostileServer.fill(echoing("HTTP/1.1 200 OK", "", SUCCESS), r);
      String id = r.header("X-KM-Correlation-Id");
      return "261125100203-aaaaaa1".equals(id) ? HostileServer.concat(answer, answer)
          : "261125100203-aaaaaa2".equals(id) ? new byte[0] : answer;
    };
    try (HostileServer server = HostileServer.start(script);
        KonaplateClient client = client(server, RetryPolicy.none())) {
      Cards cards = client.cards();
      TerminateCardRequest request = TerminateCardRequest.builder().userId(SUCCESS_USER).par(SUCCESS_PAR).build();
      assertEquals("261125100203-aaaaaa1", cards.terminate(request, id("261125100203-aaaaaa1")).correlationId());

      KonaplateException e = assertThrows(KonaplateException.class,
          () -> cards.terminate(request, id("261125100203-aaaaaa2")));
      assertInstanceOf(KonaplateResponseException.class, e);
      assertTrue(e.outcomeUnknown(), "the second request was sent");
      assertEquals("261125100203-aaaaaa2", e.correlationId());

      // The desynchronised connection is not used again.
      assertEquals("261125100203-aaaaaa3", cards.terminate(request, id("261125100203-aaaaaa3")).correlationId());
      assertEquals(2, server.connections());
    }
  }

  private static RequestOptions id(String correlationId) {
    return RequestOptions.builder().correlationId(correlationId).build();
  }

  @Test
  void a503WithRetryAfterZero_isResentOnlyAsTheSdksOwnCountedAttempts() throws Exception {
    String unavailable = echoing("HTTP/1.1 503 Service Unavailable", "Retry-After: 0\r\n", "{}");
    try (HostileServer server = HostileServer.answering(unavailable)) {
      try (KonaplateClient client = client(server, RetryPolicy.none())) {
        ServerException e = assertThrows(ServerException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
        assertEquals(1, e.attempts());
        assertEquals(1, server.requests().size(), "OkHttp does not resend on its own");
      }
      try (KonaplateClient client = client(server, RetryPolicy.defaults())) {
        ServerException e = assertThrows(ServerException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
        assertEquals(3, e.attempts());
        assertEquals(1 + 3, server.requests().size(), "one request per counted attempt");
      }
      try (KonaplateClient client = client(server, RetryPolicy.defaults())) {
        CompletableFuture<TerminateCardResult> f = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR);
        Throwable cause = assertThrows(ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS)).getCause();
        assertEquals(3, ((ServerException) cause).attempts());
        assertEquals(1 + 3 + 3, server.requests().size(), "one request per counted attempt, async too");
      }
    }
  }

  @Test
  void aPartnerInterceptorThatResends_cannotSendASecondRequestWithinOneAttempt() throws Exception {
    OkHttpClient resending = new OkHttpClient.Builder().addInterceptor(chain -> {
      Response first = chain.proceed(chain.request());
      first.close();
      return chain.proceed(chain.request());
    }).build();
    try (HostileServer server = HostileServer.answering(echoing("HTTP/1.1 200 OK", "", SUCCESS));
        KonaplateClient client = t.builder(server.baseUrl()).httpClient(resending)
            .retryPolicy(RetryPolicy.none()).build()) {
      KonaplateException e = assertThrows(KonaplateException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown(), e.toString());
      assertEquals(1, server.requests().size(), "the second request never left");
    } finally {
      resending.dispatcher().executorService().shutdown();
      resending.connectionPool().evictAll();
    }
  }
}
