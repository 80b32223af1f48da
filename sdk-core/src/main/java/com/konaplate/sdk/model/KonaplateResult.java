package com.konaplate.sdk.model;

import java.time.Duration;

/**
 * What every successful call returns besides its data: the envelope ({@link #code()},
 * {@link #description()}), the call's {@link #correlationId()}, how it went ({@link #attempts()},
 * {@link #elapsed()}) and whether a read-back had to confirm it. Immutable.
 */
public abstract class KonaplateResult {
  private final ResultMetadata metadata;

  KonaplateResult(ResultMetadata metadata) {
    this.metadata = metadata;
  }

  /** All of the figures below in one object. */
  public final ResultMetadata metadata() {
    return metadata;
  }

  /** The result code, {@code 000_000} for success. */
  public final String code() {
    return metadata.code();
  }

  /** The server's description, e.g. {@code Success}; null when none came. */
  public final String description() {
    return metadata.description();
  }

  /** The {@code X-KM-Correlation-Id} of the call. */
  public final String correlationId() {
    return metadata.correlationId();
  }

  /** The HTTP status of the answer, 200; 0 when a read-back confirmed the call. */
  public final int httpStatus() {
    return metadata.httpStatus();
  }

  /** How many HTTP attempts the call made (read-back calls not included). */
  public final int attempts() {
    return metadata.attempts();
  }

  /** Time from the start of the call to the result. */
  public final Duration elapsed() {
    return metadata.elapsed();
  }

  /**
   * True when no answer of the call itself proved its effect (a timeout or a 5xx, say) and a
   * read of the server's state (for cards: Search for Card) showed the effect applied.
   */
  public final boolean confirmedByReadBack() {
    return metadata.confirmedByReadBack();
  }
}
