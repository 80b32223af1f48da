package com.konaplate.sdk;

import com.konaplate.sdk.model.TerminateCardRequest;
import com.konaplate.sdk.model.TerminateCardResult;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One client shared by many threads keeps its connections between bursts of calls. */
class ConnectionReuseTest {
  private static final int THREADS = 16;

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void burstsOfConcurrentCalls_reuseTheConnectionsOfTheFirstBurst() throws Exception {
    // The server answers only when all calls of a burst have arrived, so each burst needs
    // THREADS connections at once.
    CyclicBarrier wholeBurst = new CyclicBarrier(THREADS);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        try {
          wholeBurst.await(10, TimeUnit.SECONDS);
        } catch (BrokenBarrierException | TimeoutException e) {
          return new MockResponse().setResponseCode(500);
        }
        return RequestSigningTest.success();
      }
    });
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try (KonaplateClient c = t.client(server)) {
      for (int burst = 0; burst < 3; burst++) {
        List<Future<TerminateCardResult>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
          calls.add(threads.submit(
              () -> c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR)));
        }
        for (Future<TerminateCardResult> call : calls) {
          assertEquals("000_000", call.get(20, TimeUnit.SECONDS).code());
        }
      }
    } finally {
      threads.shutdownNow();
    }
    int newConnections = 0;
    for (int i = 0; i < 3 * THREADS; i++) {
      // A request's sequence number counts the requests before it on its connection.
      if (server.takeRequest(1, TimeUnit.SECONDS).getSequenceNumber() == 0) {
        newConnections++;
      }
    }
    assertEquals(THREADS, newConnections, "connections opened for three bursts of " + THREADS);
  }
}
