package com.konaplate.sdk.sandbox.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.junit.jupiter.api.Test;

/**
 * The fault-injection suite: many calls through one client against the local sandbox while a
 * quarter of the responses misbehave in every way the sandbox knows, and some connections are
 * refused. Proves, and prints as one summary line, that every call ends in a result or a typed
 * exception, no card is terminated twice, every failure that may have taken effect says
 * "outcome unknown", every call keeps its deadline, retries stay within the policy, and no
 * secret reaches a log line or an exception message.
 *
 * <p>{@code -Dkonaplate.faultSuite.calls=100000} runs a longer soak (README, "Reliability").
 */
class FaultInjectionTest {
  private static final int CALLS = Integer.getInteger("konaplate.faultSuite.calls", 10_000);
  private static final int THREADS = 16;
  private static final long SEED = Long.getLong("konaplate.faultSuite.seed", 20261125L);
  private static final double FAULT_RATE = 0.25;
  private static final double REFUSED_CONNECT_RATE = 0.3;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(250);
  private static final Duration DEADLINE = Duration.ofSeconds(2);
  /** Scheduling and thread hand-offs on a busy 2-core machine; the deadline itself is exact. */
  private static final Duration SLACK = Duration.ofMillis(500);
  private static final RetryPolicy POLICY = RetryPolicy.builder()
      .maxAttempts(3)
      .baseDelay(Duration.ofMillis(5))
      .maxDelay(Duration.ofMillis(20))
      .deadline(DEADLINE)
      .build();

  /** How one call ended. */
  private static final class Outcome {
    final boolean success;
    final String type;
    final boolean outcomeUnknown;
    final int attempts;
    final long elapsedNanos;

    Outcome(boolean success, String type, boolean outcomeUnknown, int attempts, long elapsedNanos) {
      this.success = success;
      this.type = type;
      this.outcomeUnknown = outcomeUnknown;
      this.attempts = attempts;
      this.elapsedNanos = elapsedNanos;
    }
  }

  /** A fault's kind, with its status where one kind has several (5xx, HTML pages). */
  private static String label(Fault f) {
    return f.status() != 0 && f.kind() != Fault.Kind.RATE_LIMITED ? f.kind() + "_" + f.status() : f.kind().name();
  }

  @Test
  void tenThousandCallsUnderFaults_stayTypedTruthfulBoundedAndSilentAboutSecrets() throws Exception {
    Fault[] kinds = {
        Fault.rateLimited(0), Fault.serverError(500), Fault.serverError(502), Fault.serverError(503),
        Fault.serverError(504), Fault.notJson(), Fault.notJson(200), Fault.dropBeforeRequest(),
        Fault.dropAfterRequest(), Fault.delay(Duration.ofMillis(400)),
        Fault.stalledBody(Duration.ofMillis(400)), Fault.truncatedBody(), Fault.wrongContentType(),
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(Fixtures.cards(CALLS))
            .maxRecordedRequests(CALLS * 4)
            .threads(64)
            .start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets).build()) {
      run("FAULT SUITE", sandbox, client, sockets, CALLS, kinds, List.of());
    }
  }

  /**
   * With encryption on (every request and response a JWE), a share of the answers arrive
   * tampered with or encrypted to a key the client does not have, besides the transport faults.
   * No decrypted payload may reach a log line.
   */
  @Test
  void encryptedCallsUnderJweFaults_stayTypedTruthfulAndNeverLogAPlaintext() throws Exception {
    int calls = Math.max(1_000, CALLS / 5);
    Fault[] kinds = {
        Fault.tamperedJwe(), Fault.undecryptableJwe(), Fault.serverError(503),
        Fault.dropAfterRequest(), Fault.truncatedBody(), Fault.rateLimited(0),
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 1, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(Fixtures.cards(calls))
            .maxRecordedRequests(calls * 4)
            .generatedCryptoKey()
            .threads(64)
            .start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets)
            .encryption(sandbox.clientEncryptionBuilder().policy(EncryptionPolicy.ALL_REQUESTS).build())
            .build()) {
      // The plaintext request and success JSON would show these; the wire carries only JWEs
      // (the sandbox's injected 429/5xx answers are plain, and carry other codes).
      run("ENCRYPTED FAULT SUITE", sandbox, client, sockets, calls, kinds,
          List.of("\"userId\"", "\"000_000\""));
    }
  }

  private static KonaplateClient.Builder faultTolerantClient(KonaplateSandbox sandbox,
      RefusingSocketFactory sockets) {
    return sandbox.clientBuilder()
        .httpClient(new OkHttpClient.Builder().socketFactory(sockets).build())
        .connectTimeout(READ_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .writeTimeout(READ_TIMEOUT)
        .retryPolicy(POLICY)
        .logBodies(true);
  }

  private static void run(String name, KonaplateSandbox sandbox, KonaplateClient client,
      RefusingSocketFactory sockets, int calls, Fault[] kinds, List<String> forbiddenInLogs)
      throws Exception {
    Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    AtomicInteger otherThrowables = new AtomicInteger();
    List<String> otherThrowableSamples = new ArrayList<>();
    long started = System.nanoTime();
    List<String> forbidden = new ArrayList<>(forbiddenInLogs);
    forbidden.add(sandbox.credentials().secretKey());
    forbidden.add(sandbox.credentials().accessKey());
    try (LeakDetector leaks = new LeakDetector(forbidden)) {
      sandbox.faults().randomly(SEED, FAULT_RATE, kinds);
      leaks.check("client.toString()", client.toString());
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = thread; i < calls; i += THREADS) {
            String par = Fixtures.par(i);
            boolean async = i % 5 == 0; // a fifth of the calls go through the async API
            long t0 = System.nanoTime();
            try {
              TerminateCardResult r = async
                  ? client.cards().terminateAsync(Fixtures.userId(i), par).get(30, TimeUnit.SECONDS)
                  : client.cards().terminate(Fixtures.userId(i), par);
              leaks.check("result.toString()", r.toString());
              outcomes.put(par, new Outcome(true, "success", false, r.attempts(), System.nanoTime() - t0));
            } catch (Throwable thrown) {
              Throwable e = async && thrown instanceof ExecutionException ? thrown.getCause() : thrown;
              long elapsed = System.nanoTime() - t0;
              if (e instanceof KonaplateException) {
                KonaplateException k = (KonaplateException) e;
                leaks.check("exception message", k.getMessage());
                leaks.check("exception toString()", k.toString());
                outcomes.put(par, new Outcome(false, k.getClass().getSimpleName(), k.outcomeUnknown(),
                    k.attempts(), elapsed));
              } else {
                otherThrowables.incrementAndGet();
                synchronized (otherThrowableSamples) {
                  if (otherThrowableSamples.size() < 5) {
                    otherThrowableSamples.add(e.toString());
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

      // What the sandbox saw: every response, and which of them were faults.
      List<RecordedRequest> recorded = sandbox.recordedRequests();
      long responses = recorded.size() + sockets.refused();
      long faulted = recorded.stream().filter(r -> r.fault().isPresent()).count() + sockets.refused();
      Map<String, Integer> faultsByKind = new TreeMap<>();
      recorded.forEach(r -> r.fault().ifPresent(f -> faultsByKind.merge(label(f), 1, Integer::sum)));
      faultsByKind.put("CONNECTION_REFUSED", sockets.refused());

      int doubleTerminations = 0;
      int successNotTerminated = 0;
      int definiteFailureButTerminated = 0;
      int late = 0;
      int overRetried = 0;
      int successes = 0;
      int unknown = 0;
      long maxElapsedMillis = 0;
      Map<String, Integer> byType = new TreeMap<>();
      for (int i = 0; i < calls; i++) {
        String par = Fixtures.par(i);
        int terminations = sandbox.terminationCount(par);
        Outcome o = outcomes.get(par);
        if (terminations > 1) {
          doubleTerminations++;
        }
        if (o == null) {
          continue; // counted among the other throwables
        }
        byType.merge(o.type, 1, Integer::sum);
        if (o.success) {
          successes++;
          if (terminations != 1) {
            successNotTerminated++;
          }
        } else if (o.outcomeUnknown) {
          unknown++;
        } else if (terminations != 0) {
          definiteFailureButTerminated++; // the SDK said "refused/not sent" but the card is gone
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(o.elapsedNanos);
        maxElapsedMillis = Math.max(maxElapsedMillis, ms);
        if (ms > DEADLINE.plus(SLACK).toMillis()) {
          late++;
        }
        if (o.attempts > POLICY.maxAttempts()) {
          overRetried++;
        }
      }
      long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
      System.out.printf(name + ": calls=%d (async %d) threads=%d responses=%d faulted=%d (%.1f%%) "
              + "| success=%d failed=%d outcomeUnknown=%d | otherThrowables=%d doubleTerminations=%d "
              + "untruthful=%d late=%d (max %d ms, deadline %d ms + %d ms slack) overRetried=%d "
              + "| log lines=%d leaks=%d | %d s%n  faults: %s%n  outcomes: %s%n",
          calls, (calls + 4) / 5, THREADS, responses, faulted, 100.0 * faulted / responses,
          successes, calls - successes - otherThrowables.get(), unknown, otherThrowables.get(),
          doubleTerminations, successNotTerminated + definiteFailureButTerminated, late,
          maxElapsedMillis, DEADLINE.toMillis(), SLACK.toMillis(), overRetried, leaks.lines(),
          leaks.leaks().size(), seconds, faultsByKind, byType);

      assertEquals(0, otherThrowables.get(), "only results and KonaplateExceptions: " + otherThrowableSamples);
      assertEquals(calls, outcomes.size());
      assertEquals(0, doubleTerminations, "no card terminated twice");
      assertEquals(0, successNotTerminated, "every success terminated its card");
      assertEquals(0, definiteFailureButTerminated, "every failure that took effect says outcome unknown");
      assertEquals(0, late, "every call within its deadline plus slack");
      assertEquals(0, overRetried, "attempts within the policy");
      assertTrue(faulted >= 0.20 * responses, "at least 20 % of responses faulted: " + faulted + "/" + responses);
      assertTrue(faultsByKind.size() == kinds.length + 1, "every fault kind occurred: " + faultsByKind);
      assertTrue(leaks.lines() > calls, "the log was captured at TRACE: " + leaks.lines());
      assertEquals(List.of(), leaks.leaks().subList(0, Math.min(5, leaks.leaks().size())), "no secret in any log line or message");
    }
  }
}
