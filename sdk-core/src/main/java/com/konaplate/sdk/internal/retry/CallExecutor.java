package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.Sleeper;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.http.AttemptResult;
import com.konaplate.sdk.internal.http.AttemptTag;
import com.konaplate.sdk.internal.http.EncryptionFailedException;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.http.OperationSpec;
import com.konaplate.sdk.internal.http.RedactedCause;
import com.konaplate.sdk.internal.http.ResponseReader;
import com.konaplate.sdk.internal.http.TransportFailures;
import com.konaplate.sdk.internal.log.KnownSecrets;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs logical calls: an attempt at a time, each signed afresh by the interceptors, bounded by
 * the retry policy, its deadline and the client-wide retry budget. The blocking form waits with
 * the {@link Sleeper}; the asynchronous form never blocks a thread while backing off (it uses
 * the scheduler) and cancels the HTTP call when its future is cancelled. Thread-safe; no lock is
 * held across I/O.
 */
public final class CallExecutor {
  private final OkHttpClient http;
  private final ResponseReader reader;
  private final Sleeper sleeper;
  private final Supplier<ScheduledExecutorService> scheduler;
  private final Clock clock;
  private final Random random;
  private final RetryBudget budget;
  private final CallObserver observer;
  private final DeadlineWatchdog watchdog;
  private final KnownSecrets clientSecrets;

  /**
   * Creates an executor over a configured OkHttp client; {@code scheduler} runs asynchronous
   * retries, {@code watchdogScheduler} the deadline watchdog.
   */
  public CallExecutor(OkHttpClient http, ResponseReader reader, Sleeper sleeper,
      Supplier<ScheduledExecutorService> scheduler,
      Supplier<ScheduledExecutorService> watchdogScheduler, Clock clock, Random random,
      RetryBudget budget, CallObserver observer) {
    this(http, reader, sleeper, scheduler, watchdogScheduler, clock, random, budget, observer,
        KnownSecrets.NONE);
  }

  /**
   * Creates an executor that masks {@code clientSecrets}, and each call's own secrets, wherever
   * a call logs or throws text.
   */
  public CallExecutor(OkHttpClient http, ResponseReader reader, Sleeper sleeper,
      Supplier<ScheduledExecutorService> scheduler,
      Supplier<ScheduledExecutorService> watchdogScheduler, Clock clock, Random random,
      RetryBudget budget, CallObserver observer, KnownSecrets clientSecrets) {
    this.clientSecrets = clientSecrets;
    this.http = http;
    this.reader = reader;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.clock = clock;
    this.random = random;
    this.budget = budget;
    this.observer = observer;
    this.watchdog = new DeadlineWatchdog(watchdogScheduler);
  }

  /**
   * Sends {@code body} to the operation of {@code requests} until it succeeds or the policy stops
   * it.
   *
   * @throws KonaplateException on every failure
   */
  public CallResult execute(OperationRequests requests, JsonBody body, String correlationId,
      RetryPolicy policy) {
    CallState state = new CallState(policy, clock, random, correlationId, budget);
    String op = requests.operation().operationId();
    KnownSecrets secrets = clientSecrets.forCall(body.bytes());
    while (true) {
      long remaining = state.beginAttempt();
      if (remaining == 0) {
        throw fail(op, state, state.deadlineExceeded());
      }
      observer.attemptStarted(op, state);
      AttemptTag tag = new AttemptTag(correlationId, requests.operation(), remaining, secrets);
      Request request = requests.attempt(body, tag);
      Call call = http.newCall(request);
      AttemptResult result;
      try (DeadlineWatchdog.Watch watch = watchdog.watch(call, tag)) {
        result = reader.read(call.execute(), correlationId);
      } catch (IOException e) {
        result = transportFailure(e, tag);
      } catch (RuntimeException e) {
        result = unexpected(e, tag);
      }
      CallResult done = afterAttempt(op, request, state, result);
      if (done != null) {
        return done;
      }
      CallState.Decision decision = state.onFailure(result.failure());
      if (!decision.retry()) {
        throw fail(op, state, decision.error());
      }
      observer.retryScheduled(op, state, result.failure(), decision.delay());
      sleep(op, decision.delay(), state);
    }
  }

  /**
   * Sends {@code body} to the operation of {@code requests} without blocking. The future
   * completes with the result, or exceptionally with the {@link KonaplateException}; cancelling
   * it cancels the HTTP call and any scheduled retry.
   */
  public <T> CompletableFuture<T> executeAsync(OperationRequests requests, JsonBody body,
      String correlationId, RetryPolicy policy, Function<CallResult, T> toResult) {
    AsyncCall<T> async = new AsyncCall<>(requests, body,
        new CallState(policy, clock, random, correlationId, budget), toResult);
    async.future.whenComplete((r, t) -> {
      if (async.future.isCancelled()) {
        async.cancel();
      }
    });
    async.attempt();
    return async.future;
  }

  /** Logs the attempt; on success records it and returns the call's result, else null. */
  private CallResult afterAttempt(String op, Request request, CallState state, AttemptResult result) {
    observer.attemptFinished(op, request, state, result);
    if (result.answer() == null) {
      return null;
    }
    state.onSuccess();
    observer.succeeded(op, state, result);
    return new CallResult(result.answer(), state.attempts(), state.elapsed());
  }

  private KonaplateException fail(String op, CallState state, KonaplateException e) {
    observer.failed(op, state, e);
    return e;
  }

  /**
   * An unchecked exception from the HTTP stack outside the exchange (a partner's interceptor,
   * an OkHttp bug): typed like a broken connection, outcome unknown once the request left.
   */
  private static AttemptResult unexpected(RuntimeException e, AttemptTag tag) {
    boolean sent = tag.dispatched();
    return AttemptResult.failure(AttemptFailure.of(AttemptFailure.Kind.CONNECTION,
        sent ? "The HTTP client failed after the request was sent"
            : "The HTTP client failed before sending the request",
        0, tag.correlationId(), false, sent, RedactedCause.of(e, tag)));
  }

  private static AttemptResult transportFailure(IOException e, AttemptTag tag) {
    if (e instanceof EncryptionFailedException) {
      KonaplateException cause = ((EncryptionFailedException) e).failure();
      return AttemptResult.failure(AttemptFailure.of(AttemptFailure.Kind.CRYPTO, cause.getMessage(),
          0, tag.correlationId(), false, false, cause));
    }
    return AttemptResult.failure(TransportFailures.classify(e, tag));
  }

  private void sleep(String op, Duration delay, CallState state) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw fail(op, state, interrupted(state, e));
    }
  }

  private static KonaplateException interrupted(CallState state, Exception cause) {
    ErrorDetails d = ErrorDetails.builder()
        .correlationId(state.correlationId())
        .attempts(state.attempts())
        .elapsed(state.elapsed())
        .outcomeUnknown(state.outcomeUnknownSoFar())
        .build();
    return new KonaplateConnectionException("Interrupted while waiting to retry", d, cause);
  }

  /** One asynchronous call: attempts chained through OkHttp callbacks and the scheduler. */
  private final class AsyncCall<T> implements Callback {
    final CompletableFuture<T> future = new CompletableFuture<>();
    private final Function<CallResult, T> toResult;
    private final OperationRequests requests;
    private final JsonBody body;
    private final OperationSpec operation;
    private final CallState state;
    private final KnownSecrets secrets;
    private final AtomicReference<Call> inFlight = new AtomicReference<>();
    private final AtomicReference<ScheduledFuture<?>> pendingRetry = new AtomicReference<>();
    private DeadlineWatchdog.Watch watch;
    private AttemptTag tag;
    private Request request;

    AsyncCall(OperationRequests requests, JsonBody body, CallState state,
        Function<CallResult, T> toResult) {
      this.toResult = toResult;
      this.requests = requests;
      this.body = body;
      this.operation = requests.operation();
      this.state = state;
      this.secrets = clientSecrets.forCall(body.bytes());
    }

    void attempt() {
      if (future.isDone()) {
        return;
      }
      long remaining = state.beginAttempt();
      if (remaining == 0) {
        future.completeExceptionally(fail(operation.operationId(), state, state.deadlineExceeded()));
        return;
      }
      observer.attemptStarted(operation.operationId(), state);
      tag = new AttemptTag(state.correlationId(), operation, remaining, secrets);
      request = requests.attempt(body, tag);
      Call call = http.newCall(request);
      inFlight.set(call);
      if (future.isCancelled()) {
        return;
      }
      watch = watchdog.watch(call, tag);
      call.enqueue(this);
    }

    @Override
    public void onResponse(Call call, Response response) {
      AttemptResult result;
      try {
        result = reader.read(response, state.correlationId());
      } finally {
        watch.close();
      }
      handle(result);
    }

    @Override
    public void onFailure(Call call, IOException e) {
      watch.close();
      handle(transportFailure(e, tag));
    }

    private void handle(AttemptResult result) {
      if (future.isDone()) {
        return;
      }
      String op = operation.operationId();
      try {
        CallResult done = afterAttempt(op, request, state, result);
        if (done != null) {
          future.complete(toResult.apply(done));
          return;
        }
        CallState.Decision decision = state.onFailure(result.failure());
        if (!decision.retry()) {
          future.completeExceptionally(fail(op, state, decision.error()));
          return;
        }
        observer.retryScheduled(op, state, result.failure(), decision.delay());
        ScheduledFuture<?> retry = scheduler.get().schedule(this::attempt,
            decision.delay().toMillis(), TimeUnit.MILLISECONDS);
        pendingRetry.set(retry);
        if (future.isCancelled()) {
          retry.cancel(false); // cancelled between schedule() and set(): cancel() missed it
        }
      } catch (RuntimeException e) {
        // A rejected schedule (client closed) or a bug must still complete the future, typed.
        future.completeExceptionally(fail(op, state, new KonaplateException(
            "The call could not continue", ErrorDetails.builder()
                .correlationId(state.correlationId()).attempts(state.attempts())
                .elapsed(state.elapsed()).outcomeUnknown(state.outcomeUnknownSoFar()).build(), e)));
      }
    }

    void cancel() {
      Call call = inFlight.get();
      if (call != null) {
        call.cancel();
      }
      ScheduledFuture<?> retry = pendingRetry.get();
      if (retry != null) {
        retry.cancel(false);
      }
    }
  }
}
