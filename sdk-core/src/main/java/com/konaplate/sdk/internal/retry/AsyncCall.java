package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.http.AttemptResult;
import com.konaplate.sdk.internal.http.AttemptTag;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.log.KnownSecrets;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One asynchronous call: attempts chained through OkHttp callbacks, retries through the
 * scheduler and a read-back through its own future, so no thread ever waits. The same decisions
 * as {@link CallExecutor#execute}; cancelling the future cancels the HTTP call and any pending
 * retry.
 */
final class AsyncCall<R> implements Callback {
  private final CompletableFuture<R> future = new CompletableFuture<>();
  private final CallExecutor executor;
  private final OperationRequests requests;
  private final JsonBody body;
  private final CallState state;
  private final CallExecutor.ResultReader<R> results;
  private final KnownSecrets secrets;
  private final AtomicReference<Call> inFlight = new AtomicReference<>();
  private final AtomicReference<ScheduledFuture<?>> pendingRetry = new AtomicReference<>();
  private DeadlineWatchdog.Watch watch;
  private volatile AttemptTag tag;
  private Request request;

  AsyncCall(CallExecutor executor, OperationRequests requests, JsonBody body, CallState state,
      CallExecutor.ResultReader<R> results) {
    this.executor = executor;
    this.requests = requests;
    this.body = body;
    this.state = state;
    this.results = results;
    this.secrets = executor.clientSecrets.forCall(body.bytes());
  }

  CompletableFuture<R> start() {
    future.whenComplete((r, t) -> {
      if (future.isCancelled()) {
        cancel();
      }
    });
    attempt();
    return future;
  }

  private void attempt() {
    if (future.isDone()) {
      return;
    }
    try {
      long remaining = state.beginAttempt();
      if (remaining == 0) {
        future.completeExceptionally(executor.fail(state, state.deadlineExceeded()));
        return;
      }
      if (executor.tokenExpired(body)) {
        future.completeExceptionally(executor.fail(state, state.tokenExpired()));
        return;
      }
      executor.observer.attemptStarted(state.operation().operationId(), state);
      tag = new AttemptTag(state.correlationId(), requests.operation(), remaining, secrets);
      request = requests.attempt(body);
      Call call = executor.http.newCall(request);
      inFlight.set(call);
      if (future.isCancelled()) {
        return;
      }
      watch = executor.watchdog.watch(call, tag);
      executor.attempts.start(call, tag);
      try {
        call.enqueue(this);
      } catch (RuntimeException e) {
        executor.attempts.end(call);
        watch.close();
        throw e;
      }
    } catch (RuntimeException e) {
      failUntyped(e);
    }
  }

  @Override
  public void onResponse(Call call, Response response) {
    inFlight.compareAndSet(call, null);
    executor.attempts.end(call);
    AttemptResult result;
    try {
      result = executor.reader.read(response, state.correlationId(), tag);
    } finally {
      watch.close();
    }
    handle(result);
  }

  @Override
  public void onFailure(Call call, IOException e) {
    inFlight.compareAndSet(call, null);
    executor.attempts.end(call);
    watch.close();
    handle(CallExecutor.transportFailure(e, tag));
  }

  private void handle(AttemptResult result) {
    if (future.isDone()) {
      return;
    }
    try {
      CallExecutor.Outcome<R> outcome = executor.afterAttempt(request, secrets, state, result, results);
      if (outcome.result != null) {
        future.complete(outcome.result);
        return;
      }
      AttemptFailure failure = outcome.failure;
      CallState.Decision decision = state.onFailure(failure);
      if (decision.settle()) {
        executor.readBack.settleAsync(state, body).whenComplete((verdict, t) -> {
          try {
            CallExecutor.Outcome<R> settled = executor.settle(state, decision.error(), results,
                verdict == null ? ReadBack.Verdict.UNKNOWN : verdict);
            if (settled.result != null) {
              future.complete(settled.result);
            } else {
              decide(settled.decision, failure);
            }
          } catch (RuntimeException e) {
            failUntyped(e);
          }
        });
        return;
      }
      decide(decision, failure);
    } catch (RuntimeException e) {
      failUntyped(e);
    }
  }

  private void decide(CallState.Decision decision, AttemptFailure failure) {
    if (!decision.retry()) {
      future.completeExceptionally(executor.fail(state, decision.error()));
      return;
    }
    executor.observer.retryScheduled(state.operation().operationId(), state, failure,
        decision.delay());
    ScheduledFuture<?> retry = executor.scheduler.get().schedule(this::attempt,
        decision.delay().toMillis(), TimeUnit.MILLISECONDS);
    pendingRetry.set(retry);
    if (future.isCancelled()) {
      retry.cancel(false); // cancelled between schedule() and set(): cancel() missed it
    }
  }

  /** A rejected schedule (client closed) or a bug must still complete the future, typed. */
  private void failUntyped(RuntimeException e) {
    future.completeExceptionally(executor.fail(state,
        new KonaplateException("The call could not continue", state.details(), e)));
  }

  /**
   * Stops the call its caller cancelled and reports its end, so listeners and metrics do not
   * wait for an outcome that will never come: a write whose attempt had left may have taken
   * effect.
   */
  private void cancel() {
    Call call = inFlight.get();
    AttemptTag sent = tag;
    // An attempt still in flight whose request had left (a finished one is in the state).
    boolean attemptSent = call != null && sent != null && sent.dispatched();
    if (call != null) {
      call.cancel();
    }
    ScheduledFuture<?> retry = pendingRetry.get();
    if (retry != null) {
      retry.cancel(false);
    }
    executor.fail(state, state.cancelled(attemptSent));
  }
}
