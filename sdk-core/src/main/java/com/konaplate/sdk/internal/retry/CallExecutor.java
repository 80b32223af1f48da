package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.Sleeper;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.http.AttemptResult;
import com.konaplate.sdk.internal.http.AttemptTag;
import com.konaplate.sdk.internal.http.EncryptionFailedException;
import com.konaplate.sdk.internal.http.OperationSpec;
import com.konaplate.sdk.internal.http.ResponseReader;
import com.konaplate.sdk.internal.http.TransportFailures;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Runs one logical call synchronously: an attempt per loop, each signed afresh by the
 * interceptors, bounded by the retry policy and its deadline. Thread-safe; holds no lock.
 */
public final class CallExecutor {
  private final OkHttpClient http;
  private final ResponseReader reader;
  private final Sleeper sleeper;
  private final Clock clock;
  private final Random random;

  /** Creates an executor over a configured OkHttp client. */
  public CallExecutor(OkHttpClient http, ResponseReader reader, Sleeper sleeper, Clock clock,
      Random random) {
    this.http = http;
    this.reader = reader;
    this.sleeper = sleeper;
    this.clock = clock;
    this.random = random;
  }

  /**
   * Sends {@code request} until it succeeds or the policy stops it.
   *
   * @throws com.konaplate.sdk.exception.KonaplateException on every failure
   */
  public CallResult execute(Request request, OperationSpec operation, String correlationId,
      RetryPolicy policy) {
    CallState state = new CallState(policy, clock, random, correlationId);
    while (true) {
      long remaining = state.beginAttempt();
      if (remaining == 0) {
        throw state.deadlineExceeded();
      }
      AttemptResult result = attempt(request, operation, correlationId, remaining);
      if (result.answer() != null) {
        return new CallResult(result.answer(), state.attempts(), state.elapsed());
      }
      CallState.Decision decision = state.onFailure(result.failure());
      if (!decision.retry()) {
        throw decision.error();
      }
      sleep(decision.delay(), state);
    }
  }

  private AttemptResult attempt(Request request, OperationSpec operation, String correlationId,
      long remainingMillis) {
    AttemptTag tag = new AttemptTag(correlationId, operation);
    Call call = http.newCall(request.newBuilder().tag(AttemptTag.class, tag).build());
    call.timeout().timeout(remainingMillis, TimeUnit.MILLISECONDS);
    try {
      return reader.read(call.execute(), correlationId);
    } catch (EncryptionFailedException e) {
      return AttemptResult.failure(AttemptFailure.of(AttemptFailure.Kind.CRYPTO,
          e.failure().getMessage(), 0, correlationId, false, false, e.failure()));
    } catch (IOException e) {
      return AttemptResult.failure(TransportFailures.classify(e, tag.dispatched(), correlationId));
    }
  }

  private void sleep(Duration delay, CallState state) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ErrorDetails d = ErrorDetails.builder()
          .correlationId(state.correlationId())
          .attempts(state.attempts())
          .elapsed(state.elapsed())
          .outcomeUnknown(state.outcomeUnknownSoFar())
          .build();
      throw new KonaplateConnectionException("Interrupted while waiting to retry", d, e);
    }
  }
}
