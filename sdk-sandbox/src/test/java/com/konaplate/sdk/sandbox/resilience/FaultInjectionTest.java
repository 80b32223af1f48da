package com.konaplate.sdk.sandbox.resilience;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RawRequest;
import com.konaplate.sdk.RawResponse;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.model.ChangeCardStatusResult;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The fault-injection suites, one per retry class: many calls through one client against the
 * local sandbox while a quarter of the answers misbehave in every way the sandbox knows (faults
 * after the effect included) and some connections are refused. Each proves, and prints as one
 * summary line, that every call ends in a result or a typed exception within its deadline, that
 * no effect is repeated, that every outcome is truthful by its class (a read never
 * outcome-unknown; a write's success means its effect is there and a failure that is not
 * outcome-unknown means it is not), how many ambiguous calls the read-back settled, and that no
 * secret reaches a log line or an exception message. The sandbox lets requests take effect in
 * any order here, as KONA PLATE may: an attempt still in flight can land after a read-back.
 *
 * <p>{@code -Dkonaplate.faultSuite.calls=100000} runs a longer soak (README, "Reliability").
 */
class FaultInjectionTest {
  private static final int CALLS = Integer.getInteger("konaplate.faultSuite.calls", 10_000);
  private static final long SEED = Long.getLong("konaplate.faultSuite.seed", 20261125L);
  private static final double FAULT_RATE = 0.25;
  private static final double REFUSED_CONNECT_RATE = 0.3;
  private static final RetryPolicy POLICY = FaultSuite.POLICY;
  /** Every transport fault, before and after the effect. */
  private static final Fault[] TRANSPORT_FAULTS = {
      Fault.rateLimited(0), Fault.serverError(500), Fault.serverError(502),
      Fault.serverError(503), Fault.serverError(504), Fault.serverErrorAfterEffect(500),
      Fault.serverErrorAfterEffect(504), Fault.notJson(), Fault.notJson(200),
      Fault.dropBeforeRequest(), Fault.dropAfterRequest(), Fault.delay(Duration.ofMillis(400)),
      Fault.stalledBody(Duration.ofMillis(400)), Fault.truncatedBody(), Fault.wrongContentType(),
  };

  // ------------------------------------------------------------------------ convergent

  /** Discarding a Card (convergent, read-back by Search for Card). */
  private static final FaultSuite.Driver TERMINATE = new FaultSuite.Driver() {
    @Override
    public int call(KonaplateClient client, int i, boolean async) throws Exception {
      TerminateCardResult r = async
          ? client.cards().terminateAsync(Fixtures.userId(i), Fixtures.par(i))
              .get(30, TimeUnit.SECONDS)
          : client.cards().terminate(Fixtures.userId(i), Fixtures.par(i));
      return r.attempts();
    }

    @Override
    public boolean read() {
      return false;
    }

    @Override
    public boolean applied(KonaplateSandbox sandbox, int i) {
      return sandbox.terminationCount(Fixtures.par(i)) > 0;
    }

    @Override
    public int repeats(KonaplateSandbox sandbox, int i, List<RecordedRequest> requests) {
      return Math.max(0, sandbox.terminationCount(Fixtures.par(i)) - 1);
    }

    @Override
    public String key(int i) {
      return Fixtures.par(i);
    }
  };

  @Test
  void convergent_tenThousandTerminationsUnderFaults_stayTypedTruthfulBoundedAndSilent()
      throws Exception {
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = sandbox(CALLS).start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets).build()) {
      FaultSuite.run("FAULT SUITE convergent (terminate)", sandbox, client, sockets, CALLS, SEED,
          FAULT_RATE, TRANSPORT_FAULTS, POLICY.maxAttempts(), List.of(), TERMINATE);
    }
  }

  /**
   * With encryption on (every request and response a JWE), a share of the answers arrive
   * tampered with or encrypted to a key the client does not have, besides the transport faults.
   * No decrypted payload may reach a log line.
   */
  @Test
  void convergent_encryptedTerminationsUnderJweFaults_stayTruthfulAndNeverLogAPlaintext()
      throws Exception {
    int calls = Math.max(1_000, CALLS / 5);
    Fault[] kinds = {
        Fault.tamperedJwe(), Fault.undecryptableJwe(), Fault.serverError(503),
        Fault.serverErrorAfterEffect(504), Fault.dropAfterRequest(), Fault.truncatedBody(),
        Fault.rateLimited(0),
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 1, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = sandbox(calls).generatedCryptoKey().start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets)
            .encryption(sandbox.clientEncryptionBuilder().policy(EncryptionPolicy.ALL_REQUESTS)
                .build())
            .build()) {
      // The plaintext request and success JSON would show these; the wire carries only JWEs
      // (the sandbox's injected 429/5xx answers are plain, and carry other codes).
      FaultSuite.run("ENCRYPTED FAULT SUITE convergent (terminate)", sandbox, client, sockets,
          calls, SEED + 1, FAULT_RATE, kinds, POLICY.maxAttempts(),
          List.of("\"userId\"", "\"000_000\""), TERMINATE);
    }
  }

  /** Modification of the Card's State, suspend (convergent, read-back by status). */
  @Test
  void convergent_suspensionsUnderFaults_stayTruthful() throws Exception {
    int calls = Math.max(1_000, CALLS / 5);
    FaultSuite.Driver suspend = new FaultSuite.Driver() {
      @Override
      public int call(KonaplateClient client, int i, boolean async) throws Exception {
        ChangeCardStatusResult r = async
            ? client.cards().suspendAsync(Fixtures.userId(i), Fixtures.par(i))
                .get(30, TimeUnit.SECONDS)
            : client.cards().suspend(Fixtures.userId(i), Fixtures.par(i));
        return r.attempts();
      }

      @Override
      public boolean read() {
        return false;
      }

      @Override
      public boolean applied(KonaplateSandbox sandbox, int i) {
        return sandbox.cardStatus(Fixtures.par(i)).equals(Optional.of(CardStatus.SUSPENDED));
      }

      @Override
      public int repeats(KonaplateSandbox sandbox, int i, List<RecordedRequest> requests) {
        return 0; // suspending a suspended card leaves it suspended: convergent
      }

      @Override
      public String key(int i) {
        return Fixtures.par(i);
      }
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 2, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = sandbox(calls).start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets).build()) {
      FaultSuite.run("FAULT SUITE convergent (suspend)", sandbox, client, sockets, calls,
          SEED + 2, FAULT_RATE, TRANSPORT_FAULTS, POLICY.maxAttempts(), List.of(), suspend);
    }
  }

  // ------------------------------------------------------------------------------- read

  /** Search for Card (read, encrypted answer): resent after anything, never outcome-unknown. */
  @Test
  void read_searchesUnderFaults_areNeverOutcomeUnknownAndListTheCard() throws Exception {
    int calls = Math.max(1_000, CALLS / 5);
    FaultSuite.Driver search = new FaultSuite.Driver() {
      @Override
      public int call(KonaplateClient client, int i, boolean async) throws Exception {
        SearchCardsResult r = async
            ? client.cards().searchAsync(Fixtures.userId(i)).get(30, TimeUnit.SECONDS)
            : client.cards().search(Fixtures.userId(i));
        if (r.cards().size() != 1 || !r.cards().get(0).par().equals(Fixtures.par(i))) {
          throw new AssertionError("search " + i + " listed other cards");
        }
        return r.attempts();
      }

      @Override
      public boolean read() {
        return true;
      }

      @Override
      public boolean applied(KonaplateSandbox sandbox, int i) {
        return false;
      }

      @Override
      public int repeats(KonaplateSandbox sandbox, int i, List<RecordedRequest> requests) {
        return 0;
      }

      @Override
      public String key(int i) {
        return Long.toString(Fixtures.userId(i));
      }
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 3, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = sandbox(calls).start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets).build()) {
      FaultSuite.run("FAULT SUITE read (search)", sandbox, client, sockets, calls, SEED + 3,
          FAULT_RATE, TRANSPORT_FAULTS, POLICY.maxAttempts(), List.of(), search);
    }
  }

  // ----------------------------------------------------------------------------- unsafe

  /**
   * A raw call left at its default retry class, unsafe, to the terminate path: never resent once
   * it may have reached the operation, so the sandbox sees at most one request of each call
   * reach it, and a 5xx or a timeout after sending ends outcome-unknown.
   */
  @Test
  void unsafe_rawCallsUnderFaults_neverReachTheOperationTwice() throws Exception {
    int calls = Math.max(1_000, CALLS / 5);
    FaultSuite.Driver raw = new FaultSuite.Driver() {
      @Override
      public int call(KonaplateClient client, int i, boolean async) throws Exception {
        RawRequest request = RawRequest.builder().path("/api/v1/card/terminate")
            .json("{\"userId\":" + Fixtures.userId(i) + ",\"par\":\"" + Fixtures.par(i) + "\"}")
            .build();
        RawResponse r = async ? client.rawCallAsync(request).get(30, TimeUnit.SECONDS)
            : client.rawCall(request);
        return r.attempts();
      }

      @Override
      public boolean read() {
        return false;
      }

      @Override
      public boolean applied(KonaplateSandbox sandbox, int i) {
        return sandbox.terminationCount(Fixtures.par(i)) > 0;
      }

      @Override
      public int repeats(KonaplateSandbox sandbox, int i, List<RecordedRequest> requests) {
        long reached = requests.stream().filter(FaultSuite::reachedTheOperation).count();
        return (int) Math.max(0, reached - 1);
      }

      @Override
      public String key(int i) {
        return Fixtures.par(i);
      }
    };
    RefusingSocketFactory sockets = new RefusingSocketFactory(SEED + 4, REFUSED_CONNECT_RATE);
    try (KonaplateSandbox sandbox = sandbox(calls).start();
        KonaplateClient client = faultTolerantClient(sandbox, sockets).build()) {
      FaultSuite.run("FAULT SUITE unsafe (raw call)", sandbox, client, sockets, calls, SEED + 4,
          FAULT_RATE, TRANSPORT_FAULTS, POLICY.maxAttempts(), List.of(), raw);
    }
  }

  private static KonaplateSandbox.Builder sandbox(int calls) {
    return KonaplateSandbox.builder()
        .fixture(Fixtures.cards(calls))
        .maxRecordedRequests(calls * 6)
        .effectsInArrivalOrder(false)
        .threads(64);
  }

  private static KonaplateClient.Builder faultTolerantClient(KonaplateSandbox sandbox,
      RefusingSocketFactory sockets) {
    return FaultSuite.faultTolerantClient(sandbox, sockets);
  }
}
