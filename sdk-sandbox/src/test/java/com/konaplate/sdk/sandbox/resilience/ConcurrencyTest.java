package com.konaplate.sdk.sandbox.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 32 threads share one client: no errors, unique correlation ids, no lock held across I/O. */
class ConcurrencyTest {
  private static final int THREADS = 32;

  @Test
  void thirtyTwoThreadsTenThousandCalls_allSucceedWithUniqueCorrelationIds() throws Exception {
    int calls = 10_000;
    Set<String> resultIds = ConcurrentHashMap.newKeySet();
    AtomicInteger errors = new AtomicInteger();
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().fixture(Fixtures.cards(calls))
            .maxRecordedRequests(calls).threads(THREADS).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      runOnThreads(calls, i -> {
        try {
          TerminateCardResult r = client.cards().terminate(Fixtures.userId(i), Fixtures.par(i));
          resultIds.add(r.correlationId());
        } catch (RuntimeException e) {
          errors.incrementAndGet();
        }
      });
      List<RecordedRequest> recorded = sandbox.recordedRequests();
      Set<String> sentIds = recorded.stream().map(r -> r.header("X-KM-Correlation-Id")).collect(Collectors.toSet());

      assertEquals(0, errors.get(), "no errors without injected faults");
      assertEquals(calls, resultIds.size(), "every result has its own correlation id");
      assertEquals(calls, recorded.size(), "one attempt per call");
      assertEquals(calls, sentIds.size(), "every request had its own correlation id");
      for (int i = 0; i < calls; i++) {
        assertEquals(1, sandbox.terminationCount(Fixtures.par(i)));
      }
    }
  }

  /**
   * With every answer delayed by 100 ms, 320 calls on 32 threads take about 1 s when the
   * threads wait on their sockets side by side, and 32 s if any lock were held across I/O (the
   * calls would queue behind it). The bound is a quarter of the serialized time: far from both.
   */
  @Test
  void callsWaitingOnTheNetwork_doNotWaitForEachOther() throws Exception {
    int calls = THREADS * 10;
    Duration delay = Duration.ofMillis(100);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().fixture(Fixtures.cards(calls))
            .threads(THREADS).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      client.cards().terminate(Fixtures.userId(0), Fixtures.par(0)); // warm up: classes, first connection
      sandbox.faults().randomly(1L, 1.0, Fault.delay(delay));
      long t0 = System.nanoTime();
      runOnThreads(calls - 1, i -> client.cards().terminate(Fixtures.userId(i + 1), Fixtures.par(i + 1)));
      long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
      long serializedMillis = (calls - 1) * delay.toMillis();
      System.out.printf("CONCURRENCY: %d delayed calls on %d threads took %d ms (serialized: %d ms)%n",
          calls - 1, THREADS, elapsedMillis, serializedMillis);
      assertTrue(elapsedMillis < serializedMillis / 4, elapsedMillis + " ms");
    }
  }

  private static void runOnThreads(int calls, java.util.function.IntConsumer call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<?>[] done = new Future<?>[THREADS];
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done[t] = pool.submit(() -> {
          start.await();
          for (int i = thread; i < calls; i += THREADS) {
            call.accept(i);
          }
          return null;
        });
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
