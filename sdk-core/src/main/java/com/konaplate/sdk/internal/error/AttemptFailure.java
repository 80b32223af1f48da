package com.konaplate.sdk.internal.error;

import com.konaplate.sdk.exception.AuthenticationException;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateResponseException;
import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.exception.RateLimitException;
import com.konaplate.sdk.exception.ServerException;
import java.time.Duration;

/**
 * How one attempt failed, before the call's final figures (attempts, elapsed, outcome) are
 * known. The retry loop decides from it, and turns the last one into the typed exception.
 */
public final class AttemptFailure {

  /** The kinds of failure; each becomes one exception type. */
  public enum Kind {
    /** A result code from the server. */
    API,
    /** HTTP 401 or 403. */
    AUTHENTICATION,
    /** HTTP 429. */
    RATE_LIMIT,
    /** HTTP 5xx. */
    SERVER,
    /** A response that cannot be understood. */
    RESPONSE,
    /** A transport failure. */
    CONNECTION,
    /** A transport timeout or the call's deadline. */
    TIMEOUT,
    /** Payload encryption or decryption. */
    CRYPTO
  }

  private final Kind kind;
  private final String summary;
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final boolean retryable;
  private final boolean ambiguous;
  private final Duration retryAfter;
  private final Throwable cause;

  private AttemptFailure(Kind kind, String summary, int httpStatus, String code, String description,
      String correlationId, boolean retryable, boolean ambiguous, Duration retryAfter, Throwable cause) {
    this.kind = kind;
    this.summary = summary;
    this.httpStatus = httpStatus;
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.retryable = retryable;
    this.ambiguous = ambiguous;
    this.retryAfter = retryAfter;
    this.cause = cause;
  }

  /** A server answer with an HTTP status and, when the body had one, a result code. */
  public static AttemptFailure answer(Kind kind, int httpStatus, String code, String description,
      String correlationId, boolean retryable, boolean ambiguous, Duration retryAfter) {
    return new AttemptFailure(kind, null, httpStatus, code, description, correlationId, retryable,
        ambiguous, retryAfter, null);
  }

  /** A failure without a usable answer: transport, timeout, unreadable response or crypto. */
  public static AttemptFailure of(Kind kind, String summary, int httpStatus, String correlationId,
      boolean retryable, boolean ambiguous, Throwable cause) {
    return new AttemptFailure(kind, summary, httpStatus, null, null, correlationId, retryable,
        ambiguous, null, cause);
  }

  /**
   * An answer that contradicts itself (a success status with a refusal code, a refusal status
   * with the success code, a member given twice): it keeps status and code for the exception,
   * may have taken effect, and is never retried.
   */
  public static AttemptFailure contradiction(String summary, int httpStatus, String code,
      String description, String correlationId) {
    return new AttemptFailure(Kind.RESPONSE, summary, httpStatus, code, description, correlationId,
        false, true, null, null);
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** The result code, or null. */
  public String code() {
    return code;
  }

  /** The HTTP status, or 0. */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * True when the failure is transient: a resend may succeed (connection failures other than
   * TLS, timeouts, 408, 429, 500, 502, 503, 504, an unreadable answer). Whether a resend is
   * also safe depends on the operation's retry class and {@link #ambiguous()}.
   */
  public boolean retryable() {
    return retryable;
  }

  /** True when the request may have reached the server and taken effect there. */
  public boolean ambiguous() {
    return ambiguous;
  }

  /** The server's {@code Retry-After}, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** A short name of the reason, for listeners and logs: e.g. {@code HTTP 503}. */
  public String reason() {
    switch (kind) {
      case CONNECTION:
        return "connection failure";
      case TIMEOUT:
        return "timeout";
      case CRYPTO:
        return "crypto failure";
      case RESPONSE:
        return "unreadable response";
      default:
        return code == null ? "HTTP " + httpStatus : "HTTP " + httpStatus + " " + code;
    }
  }

  /** The typed exception of this failure of {@code operation} with the call's final figures. */
  public KonaplateException toException(String operation, int attempts, Duration elapsed,
      boolean outcomeUnknown) {
    return toException(operation, attempts, elapsed, outcomeUnknown, null);
  }

  /** {@link #toException(String, int, Duration, boolean)} naming the call's transaction id. */
  public KonaplateException toException(String operation, int attempts, Duration elapsed,
      boolean outcomeUnknown, String sequenceId) {
    ErrorDetails d = ErrorDetails.builder()
        .sequenceId(sequenceId)
        .operation(operation)
        .httpStatus(httpStatus)
        .code(code)
        .description(description)
        .correlationId(correlationId)
        .attempts(attempts)
        .elapsed(elapsed)
        .outcomeUnknown(outcomeUnknown)
        .build();
    switch (kind) {
      case API:
        ErrorCatalogEntry entry = ErrorCatalog.lookup(code);
        return entry == null ? new KonaplateApiException(d) : entry.factory().create(d);
      case AUTHENTICATION:
        return new AuthenticationException(d);
      case RATE_LIMIT:
        return new RateLimitException(d, retryAfter);
      case SERVER:
        return new ServerException(d);
      case RESPONSE:
        return new KonaplateResponseException(summary, d, cause);
      case TIMEOUT:
        return new KonaplateTimeoutException(summary, d, cause);
      case CRYPTO:
        return new KonaplateCryptoException(summary, d, cause);
      case CONNECTION:
      default:
        return new KonaplateConnectionException(summary, d, cause);
    }
  }
}
