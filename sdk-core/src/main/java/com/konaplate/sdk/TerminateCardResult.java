package com.konaplate.sdk;

import java.time.Duration;

/** The outcome of a successful "Discarding a Card" call. Immutable. */
public final class TerminateCardResult {
  private final String code;
  private final String description;
  private final String correlationId;
  private final int httpStatus;
  private final int attempts;
  private final Duration elapsed;

  /** Creates a result; the SDK creates these, tests may too. */
  public TerminateCardResult(String code, String description, String correlationId, int httpStatus,
      int attempts, Duration elapsed) {
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
    this.elapsed = elapsed;
  }

  /** The result code, {@code 000_000}. */
  public String code() {
    return code;
  }

  /** The server's description, e.g. {@code Success}; may be null. */
  public String description() {
    return description;
  }

  /** The {@code X-KM-Correlation-Id} of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The HTTP status, 200. */
  public int httpStatus() {
    return httpStatus;
  }

  /** How many HTTP attempts the call made. */
  public int attempts() {
    return attempts;
  }

  /** Time from the start of the call to the result. */
  public Duration elapsed() {
    return elapsed;
  }

  @Override
  public String toString() {
    return "TerminateCardResult{code=" + code + ", description=" + description + ", correlationId="
        + correlationId + ", attempts=" + attempts + ", elapsed=" + elapsed + '}';
  }
}
