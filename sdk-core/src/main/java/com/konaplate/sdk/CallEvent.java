package com.konaplate.sdk;

import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.spec.RetryClass;
import java.time.Duration;

/**
 * What a {@link KonaplateListener} is told about a call. Immutable. It carries no request or
 * response content: no member id, PAR, card number or key, so it is safe to turn into metrics.
 */
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
  private final RetryClass retryClass;
  private final String httpMethod;
  private final String host;

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
    this.retryClass = null;
    this.httpMethod = null;
    this.host = null;
  }

  private CallEvent(CallEvent e, RetryClass retryClass, String httpMethod, String host) {
    this.operation = e.operation;
    this.correlationId = e.correlationId;
    this.attempt = e.attempt;
    this.elapsed = e.elapsed;
    this.httpStatus = e.httpStatus;
    this.code = e.code;
    this.retryDelay = e.retryDelay;
    this.reason = e.reason;
    this.exception = e.exception;
    this.retryClass = retryClass;
    this.httpMethod = httpMethod;
    this.host = host;
  }

  /**
   * A copy of this event that also names the operation's retry class, the HTTP method and the
   * host the call is sent to (each may be null). The SDK fills these in; tests may too.
   */
  public CallEvent withRequest(RetryClass retryClass, String httpMethod, String host) {
    return new CallEvent(this, retryClass, httpMethod, host);
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

  /** The operation's retry class from openapi.yaml, or null when the event does not say. */
  public RetryClass retryClass() {
    return retryClass;
  }

  /** The HTTP method of the call, e.g. {@code POST}, or null when the event does not say. */
  public String httpMethod() {
    return httpMethod;
  }

  /** The host the call is sent to, e.g. {@code sandbox.konaplate.com}, or null. */
  public String host() {
    return host;
  }

  @Override
  public String toString() {
    return "CallEvent{operation=" + operation + ", correlationId=" + correlationId + ", attempt="
        + attempt + ", elapsed=" + elapsed + ", httpStatus=" + httpStatus + ", code=" + code
        + (retryDelay != null ? ", retryDelay=" + retryDelay : "")
        + (reason != null ? ", reason=" + reason : "")
        + (retryClass != null ? ", retryClass=" + retryClass : "") + '}';
  }
}
