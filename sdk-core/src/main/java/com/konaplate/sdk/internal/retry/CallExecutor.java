package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.Sleeper;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.http.AttemptResult;
import com.konaplate.sdk.internal.http.AttemptTag;
import com.konaplate.sdk.internal.http.EncryptionFailedException;
import com.konaplate.sdk.internal.http.InFlightAttempts;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.http.RedactedCause;
import com.konaplate.sdk.internal.http.ResponseReader;
import com.konaplate.sdk.internal.http.TransportFailures;
import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Runs logical calls: an attempt at a time, each signed afresh by the interceptors, bounded by
 * the retry policy, its deadline and the client-wide retry budget, resent only as the
 * operation's retry class allows; an ambiguous write with a read-back is settled by it. The
 * blocking form waits with the {@link Sleeper}; the asynchronous form ({@link AsyncCall}) never
 * blocks a thread while backing off and cancels the HTTP call when its future is cancelled.
 * Thread-safe; no lock is held across I/O.
 */
public final class CallExecutor {
  final OkHttpClient http;
  final InFlightAttempts attempts;
  final ResponseReader reader;
  final Supplier<ScheduledExecutorService> scheduler;
  final Clock clock;
  final Random random;
  final RetryBudget budget;
  final CallObserver observer;
  final DeadlineWatchdog watchdog;
  final ReadBack readBack;
  final KnownSecrets clientSecrets;
  private final Sleeper sleeper;
  private final boolean encryption;

  /**
   * Creates an executor over a configured OkHttp client, whose interceptors find each attempt
   * in {@code attempts}; {@code scheduler} runs asynchronous
   * retries, {@code watchdogScheduler} the deadline watchdog; {@code requestsOf} and
   * {@code correlationIds} serve read-backs (a read-back is a call of its own); {@code
   * clientSecrets}, and each call's own secrets, are masked wherever a call logs or throws text.
   */
  public CallExecutor(OkHttpClient http, InFlightAttempts attempts, ResponseReader reader, Sleeper sleeper,
      Supplier<ScheduledExecutorService> scheduler,
      Supplier<ScheduledExecutorService> watchdogScheduler, Clock clock, Random random,
      RetryBudget budget, CallObserver observer, Function<String, OperationRequests> requestsOf,
      Supplier<String> correlationIds, boolean encryption, KnownSecrets clientSecrets) {
    this.encryption = encryption;
    this.clientSecrets = clientSecrets;
    this.http = http;
    this.attempts = attempts;
    this.reader = reader;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.clock = clock;
    this.random = random;
    this.budget = budget;
    this.observer = observer;
    this.watchdog = new DeadlineWatchdog(watchdogScheduler);
    this.readBack = new ReadBack(this, requestsOf, correlationIds);
  }

  /**
   * Sends {@code body} to the operation of {@code requests} until it succeeds or the policy
   * stops it, and reads the answer with {@code results}.
   *
   * @throws KonaplateException on every failure
   */
  public <R> R execute(OperationRequests requests, JsonBody body, String correlationId,
      RetryPolicy policy, ResultReader<R> results) {
    requireEncryption(requests.operation());
    CallState state = new CallState(requests.operation(), policy, clock, random, correlationId,
        budget).sequenceId(body.sequenceId());
    String op = requests.operation().operationId();
    KnownSecrets secrets = clientSecrets.forCall(body.bytes());
    while (true) {
      long remaining = state.beginAttempt();
      if (remaining == 0) {
        throw fail(state, state.deadlineExceeded());
      }
      if (tokenExpired(body)) {
        throw fail(state, state.tokenExpired());
      }
      observer.attemptStarted(op, state);
      AttemptTag tag = new AttemptTag(correlationId, requests.operation(), remaining, secrets);
      Request request = requests.attempt(body);
      Call call = http.newCall(request);
      AttemptResult result;
      attempts.start(call, tag);
      try (DeadlineWatchdog.Watch watch = watchdog.watch(call, tag)) {
        result = reader.read(call.execute(), correlationId, tag);
      } catch (IOException e) {
        result = transportFailure(e, tag);
      } catch (RuntimeException e) {
        result = unexpected(e, tag);
      } finally {
        attempts.end(call);
      }
      Outcome<R> outcome = afterAttempt(request, secrets, state, result, results);
      if (outcome.result != null) {
        return outcome.result;
      }
      AttemptFailure failure = outcome.failure;
      CallState.Decision decision = state.onFailure(failure);
      if (decision.settle()) {
        Outcome<R> settled = settle(state, decision.error(), results,
            readBack.settle(state, body));
        if (settled.result != null) {
          return settled.result;
        }
        decision = settled.decision;
      }
      if (!decision.retry()) {
        throw fail(state, decision.error());
      }
      observer.retryScheduled(op, state, failure, decision.delay());
      sleep(decision.delay(), state);
    }
  }

  /**
   * Sends {@code body} without blocking. The future completes with the result, or exceptionally
   * with the {@link KonaplateException}; cancelling it cancels the HTTP call and any scheduled
   * retry.
   */
  public <R> CompletableFuture<R> executeAsync(OperationRequests requests, JsonBody body,
      String correlationId, RetryPolicy policy, ResultReader<R> results) {
    try {
      requireEncryption(requests.operation());
    } catch (KonaplateException e) {
      CompletableFuture<R> failed = new CompletableFuture<>();
      failed.completeExceptionally(e);
      return failed;
    }
    AsyncCall<R> async = new AsyncCall<>(this, requests, body, new CallState(requests.operation(),
        policy, clock, random, correlationId, budget).sequenceId(body.sequenceId()), results);
    return async.start();
  }

  /**
   * Fails closed, before any I/O, when openapi.yaml flags the operation's request or response
   * for encryption and the client has none: a flagged request is never sent in plaintext, and a
   * flagged answer could not be read.
   */
  public void requireEncryption(OperationDescriptor op) {
    if ((op.encryptRequest() || op.encryptResponse()) && !encryption) {
      throw new KonaplateCryptoException(op.operationId() + ": openapi.yaml flags its "
          + (op.encryptRequest() ? "request" : "response") + " for JWE encryption but the client "
          + "has none: configure encryption (KonaplateClient.Builder.encryption, from "
          + "konaplate-sdk-crypto) or set KONAPLATE_CRYPTO_KEY_ID, KONAPLATE_SERVER_PUBLIC_KEY and "
          + "KONAPLATE_CLIENT_PRIVATE_KEY for fromEnv()",
          ErrorDetails.builder().operation(op.operationId()).build(), null);
    }
  }

  /**
   * True when the body's one-time token has expired by the client's clock: it is never sent
   * (again), since KONA PLATE would refuse it.
   */
  boolean tokenExpired(JsonBody body) {
    return body.tokenExpiresAt() != null && !clock.instant().isBefore(body.tokenExpiresAt());
  }

  /** Logs the attempt; on an answer reads the result, else returns the failure. */
  <R> Outcome<R> afterAttempt(Request request, KnownSecrets secrets, CallState state,
      AttemptResult result, ResultReader<R> results) {
    R value = null;
    boolean read = false;
    if (result.answer() != null && result.answer().checksDeferred()) {
      // Read in one pass; an answer the reader refuses is classified with every check instead,
      // so it ends exactly as if it had been skimmed first (a failure, or the same answer).
      try {
        value = results.read(result.answer(), state, false);
        read = true;
      } catch (RuntimeException refused) {
        result = result.answer().recheck();
      }
    }
    observer.attemptFinished(state.operation().operationId(), request, secrets, state, result);
    if (result.answer() == null) {
      return Outcome.failed(result.failure());
    }
    try {
      if (!read) {
        value = results.read(result.answer(), state, false);
      }
    } catch (RuntimeException e) {
      // A field of the wrong type, a required one missing: the answer cannot be trusted.
      return Outcome.failed(AttemptFailure.of(AttemptFailure.Kind.RESPONSE,
          "Unreadable KONA PLATE response: " + e.getMessage(), result.answer().httpStatus(),
          state.correlationId(), true, true, null));
    }
    state.onSuccess();
    if (state.end()) {
      observer.succeeded(state.operation().operationId(), state, result);
    }
    return Outcome.of(value);
  }

  /**
   * Turns a read-back's verdict into the call's outcome: the effect visible is a success
   * confirmed by read-back; absent, the operation is resent when attempts and time allow (an
   * attempt still in flight may land later, so the call stays outcome-unknown otherwise);
   * unknown, the call fails outcome-unknown.
   */
  <R> Outcome<R> settle(CallState state, KonaplateException unknown, ResultReader<R> results, ReadBack.Verdict verdict) {
    observer.readBack(state, verdict.name());
    if (verdict == ReadBack.Verdict.FAILED) {
      return Outcome.decided(CallState.Decision.fail(state.settledAsFailed(state.settledStatus())));
    }
    if (verdict == ReadBack.Verdict.VISIBLE || verdict == ReadBack.Verdict.PENDING) {
      try {
        R value = results.read(null, state, true);
        state.onSuccess();
        if (state.end()) {
          observer.succeededByReadBack(state);
        }
        return Outcome.of(value);
      } catch (RuntimeException e) {
        // The result needs data only the answer had: the read-back cannot stand in for it.
        return Outcome.decided(CallState.Decision.fail(unknown));
      }
    }
    if (verdict == ReadBack.Verdict.ABSENT) {
      return Outcome.decided(state.afterEffectAbsent(unknown));
    }
    return Outcome.decided(CallState.Decision.fail(unknown));
  }

  /** Reports the call's failure (unless its end was reported already) and returns it. */
  KonaplateException fail(CallState state, KonaplateException e) {
    if (state.end()) {
      observer.failed(state.operation().operationId(), state, e);
    }
    return e;
  }

  /**
   * An unchecked exception from the HTTP stack outside the exchange (a partner's interceptor,
   * an OkHttp bug): typed like a broken connection, outcome unknown once the request left.
   */
  static AttemptResult unexpected(RuntimeException e, AttemptTag tag) {
    boolean sent = tag.dispatched();
    return AttemptResult.failure(AttemptFailure.of(AttemptFailure.Kind.CONNECTION,
        sent ? "The HTTP client failed after the request was sent"
            : "The HTTP client failed before sending the request",
        0, tag.correlationId(), false, sent, RedactedCause.of(e, tag)));
  }

  static AttemptResult transportFailure(IOException e, AttemptTag tag) {
    if (e instanceof EncryptionFailedException) {
      KonaplateException cause = ((EncryptionFailedException) e).failure();
      return AttemptResult.failure(AttemptFailure.of(AttemptFailure.Kind.CRYPTO, cause.getMessage(),
          0, tag.correlationId(), false, false, cause));
    }
    return AttemptResult.failure(TransportFailures.classify(e, tag));
  }

  private void sleep(Duration delay, CallState state) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(state, new KonaplateConnectionException("Interrupted while waiting to retry",
          state.details(), e));
    }
  }

  /** Reads a successful answer into the operation's result type. */
  @FunctionalInterface
  public interface ResultReader<R> {
    /**
     * The result of {@code answer} (null when a read-back confirmed the call) with the call's
     * figures so far.
     */
    R read(com.konaplate.sdk.internal.http.ApiAnswer answer, CallState state,
        boolean confirmedByReadBack);
  }

  /** What an attempt (or a read-back) led to: a result, a failure, or a decision. */
  static final class Outcome<R> {
    final R result;
    final AttemptFailure failure;
    final CallState.Decision decision;

    private Outcome(R result, AttemptFailure failure, CallState.Decision decision) {
      this.result = result;
      this.failure = failure;
      this.decision = decision;
    }

    static <R> Outcome<R> of(R result) {
      return new Outcome<>(result, null, null);
    }

    static <R> Outcome<R> failed(AttemptFailure failure) {
      return new Outcome<>(null, failure, null);
    }

    static <R> Outcome<R> decided(CallState.Decision decision) {
      return new Outcome<>(null, null, decision);
    }
  }
}
