package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.InvalidCardException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** terminateAsync: same semantics, no blocked thread while backing off, cancellation reaches HTTP. */
class AsyncTest {
  private static final String SUCCESS = "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}";
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();
  private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);

  @BeforeEach
  void start() throws Exception {
    scheduler.setRemoveOnCancelPolicy(true);
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdownNow();
  }

  private static Throwable causeOf(CompletableFuture<?> f) {
    return assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void success_completesWithTheResult() throws Exception {
    server.enqueue(new MockResponse().setBody(SUCCESS));
    try (KonaplateClient client = t.client(server)) {
      TerminateCardResult r = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR).get(5, TimeUnit.SECONDS);
      assertEquals("000_000", r.code());
      assertEquals("261125100203-1234567", r.correlationId());
    }
    assertEquals("KMV1:20261125100203456:8/zYsNDAFrMo4kCDvym/s/D15ZsfwItkv/cmkSGQ+qo=",
        server.takeRequest().getHeader("X-KM-Tran-Token"), "signed exactly like the blocking call");
  }

  @Test
  void refusal_completesExceptionallyWithTheTypedException() {
    server.enqueue(new MockResponse().setResponseCode(400).setBody("{\"response\":{\"code\":\"001_047\"}}"));
    try (KonaplateClient client = t.client(server)) {
      assertInstanceOf(InvalidCardException.class, causeOf(client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR)));
    }
  }

  @Test
  void badInput_failsTheFutureWithoutAnyRequest() {
    try (KonaplateClient client = t.client(server)) {
      assertInstanceOf(RequestValidationException.class, causeOf(client.cards().terminateAsync(0, SUCCESS_PAR)));
    }
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void retries_goThroughTheScheduler_neverTheBlockingSleeper() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    server.enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "0"));
    server.enqueue(new MockResponse().setBody(SUCCESS));
    RetryPolicy fast = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();
    try (KonaplateClient client = t.builder(server).retryPolicy(fast).scheduler(scheduler).build()) {
      TerminateCardResult r = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR).get(5, TimeUnit.SECONDS);
      assertEquals(3, r.attempts());
    }
    assertTrue(t.sleeper.sleeps.isEmpty(), "async calls never block in the sleeper");
    assertEquals(2, scheduler.getCompletedTaskCount(), "two retries, both scheduled");
  }

  @Test
  void exhaustedRetries_failWithOutcomeUnknownServerException() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(502));
    }
    RetryPolicy fast = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
    try (KonaplateClient client = t.builder(server).retryPolicy(fast).scheduler(scheduler).build()) {
      ServerException e = assertInstanceOf(ServerException.class,
          causeOf(client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR)));
      assertEquals(3, e.attempts());
      assertTrue(e.outcomeUnknown());
    }
  }

  @Test
  void cancellingTheFuture_cancelsTheHttpCallInFlight() throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    Dispatcher dispatcher = new Dispatcher();
    OkHttpClient partner = new OkHttpClient.Builder().dispatcher(dispatcher).build();
    try (KonaplateClient client = t.builder(server).httpClient(partner).build()) {
      CompletableFuture<TerminateCardResult> f = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR);
      server.takeRequest(5, TimeUnit.SECONDS);
      assertEquals(1, dispatcher.runningCallsCount());
      assertTrue(f.cancel(true));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (dispatcher.runningCallsCount() > 0 && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      assertEquals(0, dispatcher.runningCallsCount(), "the HTTP call was cancelled");
    }
  }

  @Test
  void cancellingTheFuture_endsTheCallForListenersOnce_outcomeUnknownOnceItsRequestLeft()
      throws Exception {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    java.util.List<CallEvent> ends = new java.util.concurrent.CopyOnWriteArrayList<>();
    KonaplateListener listener = new KonaplateListener() {
      @Override
      public void callSucceeded(CallEvent event) {
        ends.add(event);
      }

      @Override
      public void callFailed(CallEvent event) {
        ends.add(event);
      }
    };
    try (KonaplateClient client = t.builder(server).listener(listener).build()) {
      CompletableFuture<TerminateCardResult> f = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR);
      server.takeRequest(5, TimeUnit.SECONDS);
      assertTrue(f.cancel(true));
      Thread.sleep(200); // the cancelled HTTP call fails on OkHttp's thread: it must not end it again
    }
    assertEquals(1, ends.size(), "one end: " + ends);
    assertInstanceOf(com.konaplate.sdk.exception.CallCancelledException.class, ends.get(0).exception());
    assertTrue(ends.get(0).exception().outcomeUnknown(), "a write whose request had left");
    assertTrue(ends.get(0).exception().getMessage().startsWith("The call was cancelled by its caller"));
  }

  @Test
  void cancellingDuringBackoff_dropsThePendingRetry() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503));
    RetryPolicy slow = RetryPolicy.builder().baseDelay(Duration.ofSeconds(5)).maxDelay(Duration.ofSeconds(5)).build();
    try (KonaplateClient client = t.builder(server).retryPolicy(slow).scheduler(scheduler).build()) {
      CompletableFuture<TerminateCardResult> f = client.cards().terminateAsync(SUCCESS_USER, SUCCESS_PAR);
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (scheduler.getQueue().isEmpty() && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      assertEquals(1, scheduler.getQueue().size(), "a retry is scheduled, no thread waits for it");
      f.cancel(true);
      // The retry may be scheduled a moment before its handle is stored: allow that thread to finish.
      until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (!scheduler.getQueue().isEmpty() && System.nanoTime() < until) {
        Thread.sleep(5);
      }
      assertTrue(scheduler.getQueue().isEmpty(), "the pending retry is gone");
    }
    assertEquals(1, server.getRequestCount());
  }
}
