package com.konaplate.sdk;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.testing.LogCapture;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The listener, the retry budget and the log: what operators see, and what they never see. */
class ObservabilityTest {
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void listener_seesEveryAttemptRetryAndOutcome_inOrder() {
    List<String> events = new CopyOnWriteArrayList<>();
    KonaplateListener listener = new KonaplateListener() {
      @Override
      public void requestSent(CallEvent e) {
        events.add("sent#" + e.attempt());
      }

      @Override
      public void responseReceived(CallEvent e) {
        events.add("response#" + e.attempt() + ":" + e.httpStatus());
      }

      @Override
      public void retryScheduled(CallEvent e) {
        events.add("retry:" + e.reason() + ":" + e.retryDelay().toMillis() + "ms");
      }

      @Override
      public void callSucceeded(CallEvent e) {
        events.add("succeeded:" + e.code() + ":" + e.attempt());
      }
    };
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.builder(server).listener(listener).build()) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    long delay = t.sleeper.sleeps.get(0).toMillis();
    assertEquals(List.of("sent#1", "response#1:503", "retry:HTTP 503:" + delay + "ms", "sent#2",
        "response#2:200", "succeeded:000_000:2"), events);
  }

  @Test
  void listenerEvents_nameTheRetryClassMethodAndHost_andTheOldConstructorLeavesThemNull() {
    List<CallEvent> events = new CopyOnWriteArrayList<>();
    KonaplateListener listener = new KonaplateListener() {
      @Override
      public void requestSent(CallEvent e) {
        events.add(e);
      }

      @Override
      public void callSucceeded(CallEvent e) {
        events.add(e);
      }
    };
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.builder(server).listener(listener).build()) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    assertEquals(2, events.size());
    for (CallEvent e : events) {
      assertEquals(com.konaplate.sdk.spec.RetryClass.CONVERGENT, e.retryClass());
      assertEquals("POST", e.httpMethod());
      assertEquals(server.getHostName(), e.host());
    }
    CallEvent partnerMade = new CallEvent("terminateCard", "id", 1, java.time.Duration.ZERO, 200,
        "000_000", null, null, null);
    assertEquals(null, partnerMade.retryClass());
    assertEquals("POST", partnerMade.withRequest(null, "POST", "h").httpMethod());
  }

  @Test
  void aSuccessConfirmedByReadBack_isToldAsTheVerdictThenTheCallsSuccess() {
    List<String> events = new CopyOnWriteArrayList<>();
    KonaplateListener listener = new KonaplateListener() {
      @Override
      public void readBackSettled(CallEvent e) {
        events.add(e.operation() + " read-back:" + e.reason());
      }

      @Override
      public void callSucceeded(CallEvent e) {
        events.add(e.operation() + " succeeded:" + (e.reason() == null ? e.code() : e.reason()));
      }
    };
    // 504, then the replay refusal 001_047: ambiguous, so Search for Card reads the list (the
    // card is gone: the terminate applied).
    server.enqueue(new MockResponse().setResponseCode(504).setBody("{\"response\":{\"code\":\"999_999\"}}"));
    server.enqueue(new MockResponse().setResponseCode(400)
        .setBody("{\"response\":{\"code\":\"001_047\",\"description\":\"Invalid card info\"}}"));
    server.enqueue(new MockResponse().setBody(com.konaplate.sdk.testing.FakeJwe.body(
        "{\"cardDataInfo\":[],\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")));
    try (KonaplateClient client = t.builder(server).encryption(new com.konaplate.sdk.testing.FakeJwe())
        .listener(listener).build()) {
      assertTrue(client.cards().terminate(SUCCESS_USER, SUCCESS_PAR).confirmedByReadBack());
    }
    assertEquals(List.of("searchCards succeeded:000_000", "terminateCard read-back:visible",
        "terminateCard succeeded:confirmed by read-back"), events);
  }

  @Test
  void listener_isToldOfTheFailure_andAThrowingListenerChangesNothing() {
    List<CallEvent> failures = new CopyOnWriteArrayList<>();
    KonaplateListener listener = new KonaplateListener() {
      @Override
      public void requestSent(CallEvent e) {
        throw new IllegalStateException("metrics backend down");
      }

      @Override
      public void callFailed(CallEvent e) {
        failures.add(e);
      }
    };
    server.enqueue(new MockResponse().setResponseCode(500));
    try (KonaplateClient client = t.builder(server).listener(listener).build()) {
      assertThrows(ServerException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
    }
    assertEquals(1, failures.size());
    assertTrue(failures.get(0).exception() instanceof ServerException);
    assertTrue(failures.get(0).exception().outcomeUnknown());
  }

  @Test
  void retryBudget_whenSpent_failuresSurfaceAtOnce_andSuccessRefillsIt() {
    RetryPolicy policy = RetryPolicy.builder().retryBudget(10).build();
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse().setResponseCode(503));
    }
    try (KonaplateClient client = t.client(server, policy)) {
      assertEquals(3, assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR)).attempts(), "10 tokens pay two retries");
      assertEquals(1, assertThrows(ServerException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR)).attempts(), "budget spent: no retry");
      for (int i = 0; i < 5; i++) {
        server.enqueue(new MockResponse().setBody(SUCCESS));
        client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
      }
      server.enqueue(new MockResponse().setResponseCode(503));
      server.enqueue(new MockResponse().setBody(SUCCESS));
      assertEquals(2, client.cards().terminate(SUCCESS_USER, SUCCESS_PAR).attempts(),
          "five first-try successes earn one retry back");
    }
  }

  @Test
  void debugLog_hasOneLinePerAttempt_withMethodPathStatusCodeAttemptElapsedAndCorrelationId() {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"response\":{\"code\":\"001_052\"}}"));
    try (LogCapture log = new LogCapture(); KonaplateClient client = t.client(server)) {
      assertThrows(RuntimeException.class, () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      List<String> attempts = log.lines(Level.DEBUG).stream().filter(l -> l.startsWith("POST ")).toList();
      assertEquals(2, attempts.size(), log.lines().toString());
      assertTrue(attempts.get(0).matches("POST /open-api/api/v1/card/terminate status=503 code=- attempt=1 "
          + "elapsed=\\d+ms correlationId=261125100203-1234567"), attempts.get(0));
      assertTrue(attempts.get(1).matches("POST /open-api/api/v1/card/terminate status=400 code=001_052 attempt=2 "
          + "elapsed=\\d+ms correlationId=261125100203-1234567"), attempts.get(1));
    }
  }

  @Test
  void traceLog_withBodies_leaksNoSecretTokenKeyOrFullPar() throws Exception {
    server.enqueue(new MockResponse().setHeader("X-KM-Correlation-Id", "261125100203-1234567")
        .setBody("{\"response\":{\"code\":\"000_000\"},\"par\":\"" + SUCCESS_PAR + "\",\"password\":\"hunter2\"}"));
    List<String> lines;
    try (LogCapture log = new LogCapture(); KonaplateClient client = t.builder(server).logBodies(true).build()) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
      lines = log.lines();
    }
    String token = server.takeRequest().getHeader("X-KM-Tran-Token");
    String all = String.join("\n", lines);
    assertTrue(all.contains("X-KM-Tran-Token: KMV1:20261125100203456:****"), all);
    assertTrue(all.contains("\"par\":\"Q100****0101\""), all);
    assertTrue(all.contains("X-KM-Access-Key: AK00****"), all);
    assertFalse(all.contains(SUCCESS_PAR), all);
    assertFalse(all.contains(TestClients.SECRET_KEY), all);
    assertFalse(all.contains(TestClients.ACCESS_KEY), all);
    assertFalse(all.contains(token.substring(23)), all);
    assertFalse(all.contains("hunter2"), all);
  }

  @Test
  void bodies_areNotLoggedByDefault() {
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (LogCapture log = new LogCapture(); KonaplateClient client = t.client(server)) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
      assertTrue(log.lines().stream().noneMatch(l -> l.contains("body")), log.lines().toString());
    }
  }
}
