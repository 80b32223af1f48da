package com.konaplate.sdk;

import com.konaplate.sdk.exception.KonaplateException;
import java.time.Duration;

/** What a {@link KonaplateListener} is told about a call. Immutable. */
public final class CallEvent {
  private final String operation;
  private final String correlationId;
  private final int attempt;
  private final Duration elapsed;
  private final int httpStatus;
  private final String code;
  private final Duration retryDelay;
  private final String reason;
  private final KonaplateException exception;

  /** Creates an event; the SDK creates these, partners' tests may too. */
  public CallEvent(String operation, String correlationId, int attempt, Duration elapsed, int httpStatus,
      String code, Duration retryDelay, String reason, KonaplateException exception) {
    this.operation = operation;
    this.correlationId = correlationId;
    this.attempt = attempt;
    this.elapsed = elapsed;
    this.httpStatus = httpStatus;
    this.code = code;
    this.retryDelay = retryDelay;
    this.reason = reason;
    this.exception = exception;
  }

  /** The operationId of openapi.yaml, e.g. {@code terminateCard}. */
  public String operation() {
    return operation;
  }

  /** The correlation id of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The attempt number, from 1. */
  public int attempt() {
    return attempt;
  }

  /** Time since the call started. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The HTTP status of the answer, or 0 when there is none. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The result code of the answer, or null. */
  public String code() {
    return code;
  }

  /** The wait before the next attempt ({@code retryScheduled} only), or null. */
  public Duration retryDelay() {
    return retryDelay;
  }

  /** Why an attempt failed, e.g. {@code HTTP 503} or {@code connection failure}, or null. */
  public String reason() {
    return reason;
  }

  /** The exception that ended the call ({@code callFailed} only), or null. */
  public KonaplateException exception() {
    return exception;
  }

  @Override
  public String toString() {
    return "CallEvent{operation=" + operation + ", correlationId=" + correlationId + ", attempt="
        + attempt + ", elapsed=" + elapsed + ", httpStatus=" + httpStatus + ", code=" + code
        + (retryDelay != null ? ", retryDelay=" + retryDelay : "")
        + (reason != null ? ", reason=" + reason : "") + '}';
  }
}
