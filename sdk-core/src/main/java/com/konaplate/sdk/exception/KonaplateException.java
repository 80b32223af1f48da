package com.konaplate.sdk.exception;

import java.time.Duration;

/**
 * The root of every exception the SDK throws. Unchecked.
 *
 * <p>The message carries what is known of HTTP status, result code, description and correlation
 * id; it never carries a secret, a key, a full PAR or a raw response body.
 */
public class KonaplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;

  /** Creates an exception with a summary and the details of the failed call. */
  public KonaplateException(String summary, ErrorDetails details, Throwable cause) {
    super(compose(summary, details), cause);
    this.details = details == null ? ErrorDetails.builder().build() : details;
  }

  /** Creates an exception with a summary and the details of the failed call. */
  public KonaplateException(String summary, ErrorDetails details) {
    this(summary, details, null);
  }

  /** All that is known about the failed call. */
  public ErrorDetails details() {
    return details;
  }

  /** The operationId of openapi.yaml the call was for, e.g. {@code terminateCard}; or null. */
  public String operation() {
    return details.operation();
  }

  /** The HTTP status of the last response, or 0 when no response was received. */
  public int httpStatus() {
    return details.httpStatus();
  }

  /** The API result code ({@code NNN_NNN}), or null. */
  public String code() {
    return details.code();
  }

  /** The server's description, or null. */
  public String description() {
    return details.description();
  }

  /** The {@code X-KM-Correlation-Id} of the call, or null. */
  public String correlationId() {
    return details.correlationId();
  }

  /**
   * True when the request may have taken effect although the SDK could not learn the result
   * (and no read-back could settle it): check the server's state before acting on this failure.
   * Never true for a read, nor for a failure before anything was sent.
   */
  public boolean outcomeUnknown() {
    return details.outcomeUnknown();
  }

  /**
   * The caller's unique id of the call's transaction (a charge's {@code sequenceId}, a payment's
   * {@code transactionId}), whether given or made by the SDK; null for operations without one.
   * After an outcome-unknown charge, ask Checking Result of Charge with it.
   */
  public String sequenceId() {
    return details.sequenceId();
  }

  /** How many HTTP attempts the call made. */
  public int attempts() {
    return details.attempts();
  }

  /** Time from the start of the call to this failure. */
  public Duration elapsed() {
    return details.elapsed();
  }

  private static String compose(String summary, ErrorDetails d) {
    StringBuilder sb = new StringBuilder(summary == null ? "KONA PLATE call failed" : summary);
    if (d == null) {
      return sb.toString();
    }
    StringBuilder facts = new StringBuilder();
    if (d.operation() != null) {
      append(facts, "operation " + d.operation());
    }
    if (d.code() != null) {
      append(facts, "code " + d.code());
    }
    if (d.httpStatus() > 0) {
      append(facts, "HTTP " + d.httpStatus());
    }
    if (d.correlationId() != null) {
      append(facts, "correlation id " + d.correlationId());
    }
    if (d.sequenceId() != null) {
      append(facts, "sequence id " + d.sequenceId());
    }
    if (d.attempts() > 0) {
      append(facts, d.attempts() + (d.attempts() == 1 ? " attempt" : " attempts"));
    }
    if (d.outcomeUnknown()) {
      append(facts, "outcome unknown");
    }
    if (facts.length() > 0) {
      sb.append(" (").append(facts).append(')');
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String fact) {
    if (sb.length() > 0) {
      sb.append(", ");
    }
    sb.append(fact);
  }
}
