package com.konaplate.sdk;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call's deadline cuts off an attempt still running when it passes, even one OkHttp's own
 * per-read timeout would let run on, sync and async, header or body.
 */
class DeadlineTest {
  private static final Duration DEADLINE = Duration.ofMillis(300);
  private static final long CUT_OFF_WELL_BEFORE_MILLIS = 5_000;

  private final MockWebServer server = new MockWebServer();
  private final TestClients t = new TestClients();

  @BeforeEach
  void start() throws Exception {
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private KonaplateClient client() {
    return t.builder(server)
        .retryPolicy(RetryPolicy.builder().deadline(DEADLINE).build())
        .readTimeout(Duration.ofSeconds(20))
        .build();
  }

  @Test
  void terminate_whenNoAnswerComesBeforeTheDeadline_failsAsATimeoutWithOutcomeUnknown() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    long start = System.nanoTime();
    try (KonaplateClient client = client()) {
      KonaplateTimeoutException e = assertThrows(KonaplateTimeoutException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown());
      assertEquals(1, e.attempts());
    }
    assertCutOffAtTheDeadline(start);
  }

  @Test
  void terminate_whenTheBodyTricklesPastTheDeadline_failsAsATimeoutWithOutcomeUnknown() {
    // One byte every 100 ms: no single read ever waits long enough for a read timeout.
    server.enqueue(new MockResponse()
        .setBody("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")
        .throttleBody(1, 100, TimeUnit.MILLISECONDS));
    long start = System.nanoTime();
    try (KonaplateClient client = client()) {
      KonaplateTimeoutException e = assertThrows(KonaplateTimeoutException.class,
          () -> client.cards().terminate(SUCCESS_USER, SUCCESS_PAR));
      assertTrue(e.outcomeUnknown());
    }
    assertCutOffAtTheDeadline(start);
  }

  @Test
  void terminateAsync_whenNoAnswerComesBeforeTheDeadline_failsAsATimeout() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    long start = System.nanoTime();
    try (KonaplateClient client = client()) {
      ExecutionException e = assertThrows(ExecutionException.class,
          () -> client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR).get(10, TimeUnit.SECONDS));
      assertInstanceOf(KonaplateTimeoutException.class, e.getCause());
      assertTrue(((KonaplateTimeoutException) e.getCause()).outcomeUnknown());
    }
    assertCutOffAtTheDeadline(start);
  }

  private static void assertCutOffAtTheDeadline(long startNanos) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    assertTrue(millis < CUT_OFF_WELL_BEFORE_MILLIS,
        "the 300 ms deadline, not the 20 s read timeout, ended the call (took " + millis + " ms)");
  }
}
