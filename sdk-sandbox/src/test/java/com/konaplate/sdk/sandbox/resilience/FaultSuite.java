package com.konaplate.sdk.sandbox.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * Runs one fault suite: many calls of one operation through one client against the sandbox while
 * a share of the answers misbehave, then checks every call against the sandbox's state, by the
 * operation's retry class, and prints one summary line. What "truthful" means is the driver's.
 */
final class FaultSuite {
  static final int THREADS = 16;
  static final Duration DEADLINE = Duration.ofSeconds(2);
  /** Scheduling and thread hand-offs on a busy 2-core machine; the deadline itself is exact. */
  static final Duration SLACK = Duration.ofMillis(500);
  /** Connect, read and write timeouts: short, so faults that stall end attempts quickly. */
  static final Duration TIMEOUT = Duration.ofMillis(250);
  /** Every suite's policy: 3 attempts, short backoff, the suite's deadline. */
  static final RetryPolicy POLICY = RetryPolicy.builder()
      .maxAttempts(3)
      .baseDelay(Duration.ofMillis(5))
      .maxDelay(Duration.ofMillis(20))
      .deadline(DEADLINE)
      .build();

  /**
   * The client every suite uses: the sandbox's, over sockets that refuse some connections, with
   * {@link #TIMEOUT}, {@link #POLICY} and body logging on (so the leak check sees bodies).
   */
  static KonaplateClient.Builder faultTolerantClient(KonaplateSandbox sandbox,
      RefusingSocketFactory sockets) {
    return sandbox.clientBuilder()
        .httpClient(new OkHttpClient.Builder().socketFactory(sockets).build())
        .connectTimeout(TIMEOUT)
        .readTimeout(TIMEOUT)
        .writeTimeout(TIMEOUT)
        .retryPolicy(POLICY)
        .logBodies(true);
  }

  /** One operation under test: how to call it and how to judge its outcome on the sandbox. */
  interface Driver {
    /** Makes call {@code i}, sync or async, and returns its attempts (a result was returned). */
    int call(KonaplateClient client, int i, boolean async) throws Exception;

    /** True for a read: no effect, never outcome-unknown. */
    boolean read();

    /** For a write: whether call {@code i}'s effect is on the sandbox now. */
    boolean applied(KonaplateSandbox sandbox, int i);

    /**
     * For a write: how the sandbox shows the effect repeated (a second termination, a request
     * that reached an unsafe operation after an earlier one had); 0 when it was not.
     */
    int repeats(KonaplateSandbox sandbox, int i, List<RecordedRequest> requestsOfCall);

    /** The key that ties recorded requests to call {@code i} (its PAR or userId in the body). */
    String key(int i);
  }

  private static final class Outcome {
    final boolean success;
    final String type;
    final boolean unknown;
    final int attempts;
    final long elapsedNanos;

    Outcome(boolean success, String type, boolean unknown, int attempts, long elapsedNanos) {
      this.success = success;
      this.type = type;
      this.unknown = unknown;
      this.attempts = attempts;
      this.elapsedNanos = elapsedNanos;
    }
  }

  private FaultSuite() {
  }

  /** Runs {@code calls} calls under random faults of {@code kinds} and asserts the invariants. */
  static void run(String name, KonaplateSandbox sandbox, KonaplateClient client,
      RefusingSocketFactory sockets, int calls, long seed, double faultRate, Fault[] kinds,
      int maxAttempts, List<String> forbiddenInLogs, Driver driver) throws Exception {
    Map<Integer, Outcome> outcomes = new ConcurrentHashMap<>();
    AtomicInteger otherThrowables = new AtomicInteger();
    List<String> samples = new ArrayList<>();
    long started = System.nanoTime();
    List<String> forbidden = new ArrayList<>(forbiddenInLogs);
    forbidden.add(sandbox.credentials().secretKey());
    forbidden.add(sandbox.credentials().accessKey());
    try (LeakDetector leaks = new LeakDetector(forbidden)) {
      sandbox.faults().randomly(seed, faultRate, kinds);
      leaks.check("client.toString()", client.toString());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = thread; i < calls; i += THREADS) {
            boolean async = i % 5 == 0; // a fifth of the calls go through the async API
            long t0 = System.nanoTime();
            try {
              int attempts = driver.call(client, i, async);
              outcomes.put(i, new Outcome(true, "success", false, attempts,
                  System.nanoTime() - t0));
            } catch (Throwable thrown) {
              Throwable e = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
              long elapsed = System.nanoTime() - t0;
              if (e instanceof KonaplateException) {
                KonaplateException k = (KonaplateException) e;
                leaks.check("exception message", k.getMessage());
                leaks.check("exception toString()", k.toString());
                outcomes.put(i, new Outcome(false, k.getClass().getSimpleName(),
                    k.outcomeUnknown(), k.attempts(), elapsed));
              } else {
                otherThrowables.incrementAndGet();
                synchronized (samples) {
                  if (samples.size() < 5) {
                    samples.add(String.valueOf(e));
                  }
                }
              }
            }
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
      pool.shutdown();

      List<RecordedRequest> recorded = sandbox.recordedRequests();
      Map<String, List<RecordedRequest>> byKey = new TreeMap<>();
      for (RecordedRequest r : recorded) {
        String body = r.decryptedBody().orElse(r.bodyUtf8());
        for (String key : keysIn(body)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
      }
      long responses = recorded.size() + sockets.refused();
      long faulted = recorded.stream().filter(r -> r.fault().isPresent()).count()
          + sockets.refused();
      Map<String, Integer> faultsByKind = new TreeMap<>();
      recorded.forEach(r -> r.fault().ifPresent(f -> faultsByKind.merge(label(f), 1, Integer::sum)));
      faultsByKind.put("CONNECTION_REFUSED", sockets.refused());

      int repeated = 0;
      int untruthful = 0;
      int late = 0;
      int overRetried = 0;
      int successes = 0;
      int unknown = 0;
      int unknownApplied = 0;
      long maxElapsedMillis = 0;
      Map<String, Integer> byType = new TreeMap<>();
      for (int i = 0; i < calls; i++) {
        Outcome o = outcomes.get(i);
        if (!driver.read()) {
          repeated += driver.repeats(sandbox, i, byKey.getOrDefault(driver.key(i), List.of()));
        }
        if (o == null) {
          continue; // counted among the other throwables
        }
        byType.merge(o.type, 1, Integer::sum);
        if (o.success) {
          successes++;
        } else if (o.unknown) {
          unknown++;
          unknownApplied += !driver.read() && driver.applied(sandbox, i) ? 1 : 0;
        }
        if (driver.read()) {
          untruthful += o.unknown ? 1 : 0; // a read has no effect to be unsure about
        } else if (o.success ? !driver.applied(sandbox, i)
            : !o.unknown && driver.applied(sandbox, i)) {
          untruthful++; // a success without its effect, or "not applied" with it
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(o.elapsedNanos);
        maxElapsedMillis = Math.max(maxElapsedMillis, ms);
        late += ms > DEADLINE.plus(SLACK).toMillis() ? 1 : 0;
        overRetried += o.attempts > maxAttempts ? 1 : 0;
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      System.out.printf(name + ": calls=%d (async %d) threads=%d responses=%d faulted=%d (%.1f%%) "
              + "| success=%d failed=%d outcomeUnknown=%d (applied %d, not applied %d) "
              + "| otherThrowables=%d repeatedEffects=%d "
              + "untruthful=%d late=%d (max %d ms, deadline %d ms + %d ms slack) overRetried=%d "
              + "| read-backs %s | log lines=%d leaks=%d | %d s%n  faults: %s%n  outcomes: %s%n",
          calls, (calls + 4) / 5, THREADS, responses, faulted, 100.0 * faulted / responses,
          successes, calls - successes - otherThrowables.get(), unknown, unknownApplied,
          unknown - unknownApplied, otherThrowables.get(),
          repeated, untruthful, late, maxElapsedMillis, DEADLINE.toMillis(), SLACK.toMillis(),
          overRetried, leaks.readBacks(), leaks.lines(), leaks.leaks().size(), seconds,
          faultsByKind, byType);

      assertEquals(0, otherThrowables.get(), "only results and KonaplateExceptions: " + samples);
      assertEquals(calls, outcomes.size());
      assertEquals(0, repeated, "no effect repeated");
      assertEquals(0, untruthful, "every outcome truthful");
      assertEquals(0, late, "every call within its deadline plus slack");
      assertEquals(0, overRetried, "attempts within the policy");
      assertTrue(faulted >= 0.15 * responses,
          "at least 15 % of responses faulted: " + faulted + "/" + responses);
      assertTrue(faultsByKind.size() == kinds.length + 1, "every fault kind occurred: "
          + faultsByKind);
      assertTrue(leaks.lines() > calls, "the log was captured at TRACE: " + leaks.lines());
      assertEquals(List.of(), leaks.leaks().subList(0, Math.min(5, leaks.leaks().size())),
          "no secret in any log line or message");
    }
  }

  /** The PARs, userIds, login ids and transaction ids a request body names (drivers' keys). */
  private static List<String> keysIn(String body) {
    List<String> keys = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("\"(par|userId|loginId|sequenceId|transactionId)\":\"?([A-Za-z0-9.@_-]+)")
        .matcher(body);
    while (m.find()) {
      keys.add(m.group(2));
    }
    return keys;
  }

  /** A fault's kind, with its status where one kind has several (5xx, HTML pages). */
  private static String label(Fault f) {
    return f.status() != 0 && f.kind() != Fault.Kind.RATE_LIMITED
        ? f.kind() + "_" + f.status() : f.kind().name();
  }

  /** True when a recorded request reached the operation (no fault stopped it before). */
  static boolean reachedTheOperation(RecordedRequest r) {
    return !r.fault().isPresent() || r.fault().get().kind().operationApplied();
  }
}
