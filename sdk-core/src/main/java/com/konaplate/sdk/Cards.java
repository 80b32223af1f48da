package com.konaplate.sdk;

import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.google.gson.stream.JsonWriter;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.retry.CallExecutor;
import com.konaplate.sdk.internal.retry.CallResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;

/**
 * Card operations of the KONA PLATE Open API. Obtained from {@link KonaplateClient#cards()};
 * thread-safe.
 */
public final class Cards {
  private static final String BODY_START = "{\"userId\":";
  private static final String BODY_PAR = ",\"par\":\"";
  private static final String BODY_END = "\"}";

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
    return toResult(executor.execute(terminateRequests, terminateBody(request, correlationId),
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
      body = terminateBody(request, correlationId);
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

  private static JsonBody terminateBody(TerminateCardRequest request, String correlationId) {
    try {
      return new JsonBody(terminateBody(request));
    } catch (RuntimeException e) {
      throw new KonaplateException("Could not build the terminate request",
          ErrorDetails.builder().correlationId(correlationId).build(), e);
    }
  }

  /**
   * {@code {"userId":…,"par":"…"}}, serialized once, straight to the bytes that are signed and
   * sent. Byte for byte what Gson writes for the generated model (a test pins this), without its
   * reflection and intermediate JSON tree: a PAR of letters and digits (every real PAR) needs no
   * escaping and is copied as is; any other PAR goes through Gson's own writer.
   */
  static byte[] terminateBody(TerminateCardRequest request) {
    String par = request.par();
    if (!lettersAndDigits(par)) {
      return terminateBodyEscaped(request);
    }
    String userId = Long.toString(request.userId());
    byte[] out = new byte[BODY_START.length() + userId.length() + BODY_PAR.length()
        + par.length() + BODY_END.length()];
    int at = putAscii(out, 0, BODY_START);
    at = putAscii(out, at, userId);
    at = putAscii(out, at, BODY_PAR);
    at = putAscii(out, at, par);
    putAscii(out, at, BODY_END);
    return out;
  }

  private static int putAscii(byte[] out, int at, String ascii) {
    for (int i = 0; i < ascii.length(); i++) {
      out[at++] = (byte) ascii.charAt(i);
    }
    return at;
  }

  private static byte[] terminateBodyEscaped(TerminateCardRequest request) {
    StringWriter out = new StringWriter(64);
    try (JsonWriter json = new JsonWriter(out)) {
      json.setHtmlSafe(true); // as Gson's default: <, >, &, = and ' become Unicode escapes
      json.beginObject()
          .name("userId").value(request.userId())
          .name("par").value(request.par())
          .endObject();
    } catch (IOException e) {
      throw new IllegalStateException("StringWriter cannot fail", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static boolean lettersAndDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "Cards{}";
  }
}
