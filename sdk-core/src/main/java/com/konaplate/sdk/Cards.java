package com.konaplate.sdk;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.generated.GeneratedJsonWriters;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.retry.CallExecutor;
import com.konaplate.sdk.internal.retry.CallResult;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * Card operations of the KONA PLATE Open API. Obtained from {@link KonaplateClient#cards()};
 * thread-safe.
 */
public final class Cards {

  private final OperationRequests terminateRequests;
  private final CallExecutor executor;
  private final CorrelationIds correlationIds;
  private final Clock clock;
  private final ZoneId zone;
  private final RetryPolicy retryPolicy;
  private final Runnable ensureOpen;

  Cards(OperationRequests terminateRequests, CallExecutor executor, CorrelationIds correlationIds, Clock clock, ZoneId zone,
      RetryPolicy retryPolicy, Runnable ensureOpen) {
    this.terminateRequests = terminateRequests;
    this.executor = executor;
    this.correlationIds = correlationIds;
    this.clock = clock;
    this.zone = zone;
    this.retryPolicy = retryPolicy;
    this.ensureOpen = ensureOpen;
  }

  /**
   * Discards card {@code par} of member {@code userId} ({@code POST /api/v1/card/terminate}).
   *
   * @return the result, code {@code 000_000}
   * @throws RequestValidationException before any I/O when an argument breaks the API's rules
   * @throws KonaplateException when the call fails; {@link KonaplateException#outcomeUnknown()}
   *     tells whether the card may have been discarded all the same
   */
  public TerminateCardResult terminate(long userId, String par) {
    return terminate(TerminateCardRequest.of(userId, par), RequestOptions.none());
  }

  /**
   * Discards the card of {@code request}.
   *
   * @see #terminate(long, String)
   */
  public TerminateCardResult terminate(TerminateCardRequest request) {
    return terminate(request, RequestOptions.none());
  }

  /**
   * Discards the card of {@code request} with per-call options, such as a caller-chosen
   * correlation id.
   *
   * @see #terminate(long, String)
   */
  public TerminateCardResult terminate(TerminateCardRequest request, RequestOptions options) {
    String correlationId = prepare(request, options);
    return toResult(executor.execute(terminateRequests, new JsonBody(terminateBody(request)),
        correlationId, retryPolicy));
  }

  /**
   * Discards card {@code par} of member {@code userId} without blocking: the same signing,
   * encryption, retries and outcome rules as {@link #terminate(long, String)}. No thread waits
   * while backing off; cancelling the future cancels the HTTP call and any pending retry.
   *
   * @return a future completed with the result, or exceptionally with a
   *     {@link KonaplateException} (a {@link RequestValidationException} for bad input, before
   *     any I/O)
   */
  public CompletableFuture<TerminateCardResult> terminateAsync(long userId, String par) {
    TerminateCardRequest request;
    try {
      request = TerminateCardRequest.of(userId, par);
    } catch (RequestValidationException e) {
      return failed(e);
    }
    return terminateAsync(request, RequestOptions.none());
  }

  /**
   * Discards the card of {@code request} without blocking.
   *
   * @see #terminateAsync(long, String)
   */
  public CompletableFuture<TerminateCardResult> terminateAsync(TerminateCardRequest request) {
    return terminateAsync(request, RequestOptions.none());
  }

  /**
   * Discards the card of {@code request} with per-call options, without blocking.
   *
   * @see #terminateAsync(long, String)
   */
  public CompletableFuture<TerminateCardResult> terminateAsync(TerminateCardRequest request,
      RequestOptions options) {
    String correlationId;
    JsonBody body;
    try {
      correlationId = prepare(request, options);
      body = new JsonBody(terminateBody(request));
    } catch (KonaplateException | IllegalStateException | NullPointerException e) {
      return failed(e);
    }
    return executor.executeAsync(terminateRequests, body, correlationId, retryPolicy,
        Cards::toResult);
  }

  /** Checks the arguments and the client, and returns the call's correlation id. */
  private String prepare(TerminateCardRequest request, RequestOptions options) {
    if (request == null) {
      throw new RequestValidationException("request", "is required");
    }
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    ensureOpen.run();
    return options.correlationId() != null
        ? options.correlationId()
        : correlationIds.next(KonaplateTimes.of(clock.instant(), zone));
  }

  private static TerminateCardResult toResult(CallResult r) {
    return new TerminateCardResult(r.answer().code(), r.answer().description(),
        r.answer().correlationId(), r.answer().httpStatus(), r.attempts(), r.elapsed());
  }

  private static <T> CompletableFuture<T> failed(Throwable t) {
    CompletableFuture<T> f = new CompletableFuture<>();
    f.completeExceptionally(t);
    return f;
  }

  /**
   * {@code {"userId":…,"par":"…"}}, written by the writer generated from openapi.yaml's
   * {@code TerminateCardRequest}: the spec decides the body's shape, and the bytes are those its
   * generated model and Gson would write (a test holds the two writers to the same bytes), without
   * their reflection and JSON tree on every call. These bytes are both signed and sent.
   */
  static byte[] terminateBody(TerminateCardRequest request) {
    return GeneratedJsonWriters.terminateCardRequest(request.userId(), request.par()).toUtf8();
  }

  @Override
  public String toString() {
    return "Cards{}";
  }
}
