package com.konaplate.sdk.internal.call;

import com.konaplate.sdk.RequestOptions;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.RequestValidationException;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.SequenceIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.http.ApiAnswer;
import com.konaplate.sdk.internal.http.JsonBody;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.json.JsonObjectWriter;
import com.konaplate.sdk.internal.retry.CallExecutor;
import com.konaplate.sdk.model.ResultMetadata;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.spec.TokenDescriptor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What every generated group method calls: checks the request and the client before any I/O,
 * writes the body with the generated writer, runs the call and reads the answer into the
 * operation's result type. Knows no operation by name: the descriptor says everything.
 * Thread-safe.
 */
public final class OperationCaller {
  private final ApiDescriptor api;
  private final Map<String, OperationRequests> requests;
  private final CallExecutor executor;
  private final CorrelationIds correlationIds;
  private final Clock clock;
  private final ZoneId zone;
  private final RetryPolicy policy;
  private final ClientRuntime runtime;
  private final SequenceIds sequenceIds;
  private final IssuedTokens tokens = new IssuedTokens();

  /** Creates the caller of a client. */
  public OperationCaller(ApiDescriptor api, Map<String, OperationRequests> requests,
      CallExecutor executor, CorrelationIds correlationIds, Clock clock, ZoneId zone,
      RetryPolicy policy, ClientRuntime runtime, SequenceIds sequenceIds) {
    this.api = api;
    this.requests = requests;
    this.executor = executor;
    this.correlationIds = correlationIds;
    this.clock = clock;
    this.zone = zone;
    this.policy = policy;
    this.runtime = runtime;
    this.sequenceIds = sequenceIds;
  }

  /** The descriptor of an operation the generated groups name; fails for an unknown one. */
  public OperationDescriptor operation(String operationId) {
    OperationDescriptor op = api.operation(operationId);
    if (op == null) {
      throw new IllegalStateException("openapi.yaml has no operation " + operationId);
    }
    return op;
  }

  /** The resources of the client. */
  public ClientRuntime runtime() {
    return runtime;
  }

  /**
   * Calls {@code op} with {@code request}.
   *
   * @throws KonaplateException on every failure, a RequestValidationException before any I/O
   */
  public <Q, R> R call(OperationDescriptor op, Q request, RequestOptions options,
      Function<Q, JsonObjectWriter> writer, BiFunction<String, ResultMetadata, R> reader) {
    JsonBody body = prepare(op, request, options, writer);
    return executor.execute(requests.get(op.operationId()), body, correlationId(options), policy,
        results(op, reader, body));
  }

  /** Calls {@code op} without blocking; every failure completes the future exceptionally. */
  public <Q, R> CompletableFuture<R> callAsync(OperationDescriptor op, Q request,
      RequestOptions options, Function<Q, JsonObjectWriter> writer,
      BiFunction<String, ResultMetadata, R> reader) {
    JsonBody body;
    String correlationId;
    try {
      body = prepare(op, request, options, writer);
      correlationId = correlationId(options);
    } catch (RuntimeException e) {
      return failed(e);
    }
    return executor.executeAsync(requests.get(op.operationId()), body, correlationId, policy,
        results(op, reader, body));
  }

  /** Calls an operation openapi.yaml does not describe, with a body already written. */
  public <R> R callRaw(OperationRequests raw, byte[] json, RequestOptions options,
      CallExecutor.ResultReader<R> reader) {
    checkClient(raw.operation(), options);
    return executor.execute(raw, new JsonBody(json), correlationId(options), policy, reader);
  }

  /** {@link #callRaw} without blocking. */
  public <R> CompletableFuture<R> callRawAsync(OperationRequests raw, byte[] json,
      RequestOptions options, CallExecutor.ResultReader<R> reader) {
    try {
      checkClient(raw.operation(), options);
      return executor.executeAsync(raw, new JsonBody(json), correlationId(options), policy,
          reader);
    } catch (RuntimeException e) {
      return failed(e);
    }
  }

  /** A future already failed with {@code t}. */
  public static <T> CompletableFuture<T> failed(Throwable t) {
    CompletableFuture<T> f = new CompletableFuture<>();
    f.completeExceptionally(t);
    return f;
  }

  private <Q> JsonBody prepare(OperationDescriptor op, Q request, RequestOptions options,
      Function<Q, JsonObjectWriter> writer) {
    if (request == null) {
      throw new RequestValidationException("request", "is required");
    }
    checkClient(op, options);
    JsonObjectWriter json = writer.apply(request);
    if (op.sequenceField() == null && op.tokenField() == null) {
      return new JsonBody(json.toUtf8());
    }
    // A transaction id and a token are in few operations: their values are picked from the
    // text written (no parser, no copy of the body).
    String sequenceId = op.sequenceField() == null ? null : json.stringMember(op.sequenceField());
    String token = op.tokenField() == null ? null : json.stringMember(op.tokenField());
    if (op.sequenceField() != null && sequenceId == null) {
      sequenceId = sequenceIds.next(KonaplateTimes.of(clock.instant(), zone), op.sequenceLength());
      json.string(op.sequenceField(), sequenceId);
    }
    return new JsonBody(json.toUtf8(), sequenceId, tokens.expiry(token));
  }

  /** The string values of the top-level members {@code a} and {@code b} (null when absent). */
  private static String[] topLevelStrings(String json, String a, String b) {
    String[] found = new String[2];
    try (com.google.gson.stream.JsonReader in = new com.google.gson.stream.JsonReader(
        new java.io.StringReader(json))) {
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        int slot = name.equals(a) ? 0 : name.equals(b) ? 1 : -1;
        if (slot >= 0 && in.peek() == com.google.gson.stream.JsonToken.STRING) {
          found[slot] = in.nextString();
        } else {
          in.skipValue();
        }
      }
    } catch (java.io.IOException | IllegalStateException e) {
      // Not an object: the caller decides (the request body the SDK wrote always is one).
      throw new IllegalStateException("not a JSON object", e);
    }
    return found;
  }

  private void checkClient(OperationDescriptor op, RequestOptions options) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    runtime.ensureOpen();
    executor.requireEncryption(op);
  }

  private String correlationId(RequestOptions options) {
    return options.correlationId() != null
        ? options.correlationId()
        : correlationIds.next(KonaplateTimes.of(clock.instant(), zone));
  }

  /** Reads an answer (or a read-back's confirmation) into the result with its metadata. */
  private <R> CallExecutor.ResultReader<R> results(OperationDescriptor op,
      BiFunction<String, ResultMetadata, R> reader, JsonBody body) {
    return (answer, state, confirmed) -> {
      String data = answer == null ? state.confirmedData() : answer.dataJson();
      ResultMetadata.Builder b = metadata(op, answer, state.correlationId(), state.attempts(),
          state.elapsed(), confirmed).sequenceId(state.sequenceId());
      if (op.token() != null) {
        b.expiresAt(issued(op.token(), data, body, state.startedAt()));
      }
      return reader.apply(data, b.build());
    };
  }

  /**
   * Records the token an answer issued and returns its expiry: the call's start (before the
   * request was sent) plus the validity the request's type gives, so never later than KONA
   * PLATE's own.
   */
  private Instant issued(TokenDescriptor token, String data, JsonBody body, Instant start) {
    String value = null;
    try {
      value = data == null ? null : topLevelStrings(data, token.field(), null)[0];
    } catch (RuntimeException unreadable) {
      // The generated reader refuses the answer with its own message.
    }
    String by = token.by() == null ? null : topLevelStrings(
        new String(body.bytes(), StandardCharsets.UTF_8), token.by(), null)[0];
    Instant expiresAt = start.plus(token.validityFor(by));
    if (value != null) {
      tokens.add(value, expiresAt, clock.instant());
    }
    return expiresAt;
  }

  private ResultMetadata.Builder metadata(OperationDescriptor op, ApiAnswer answer,
      String correlationId, int attempts, java.time.Duration elapsed, boolean confirmed) {
    ResultMetadata.Builder b = ResultMetadata.builder().operation(op.operationId())
        .attempts(attempts).elapsed(elapsed).confirmedByReadBack(confirmed);
    if (answer == null) {
      return b.code(api.successCode()).correlationId(correlationId)
          .description("Confirmed by read-back (" + op.readBack().operationId() + ")");
    }
    return b.code(answer.code()).description(answer.description())
        .correlationId(answer.correlationId()).httpStatus(answer.httpStatus());
  }
}
