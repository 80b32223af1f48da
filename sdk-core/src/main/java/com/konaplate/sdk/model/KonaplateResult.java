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
   * The caller's unique id of the call's transaction (a charge's {@code sequenceId}, a payment's
   * {@code transactionId}), given or made by the SDK; null for operations without one.
   */
  public final String sequenceId() {
    return metadata.sequenceId();
  }

  /**
   * When what the call issued stops being valid (a one-time token), by the client's clock and
   * never later than KONA PLATE's expiry; null for other operations.
   */
  public final java.time.Instant expiresAt() {
    return metadata.expiresAt();
  }

  /**
   * True when no answer of the call itself proved its effect (a timeout or a 5xx, say) and a
   * read of the server's state (for cards: Search for Card) showed the effect applied.
   */
  public final boolean confirmedByReadBack() {
    return metadata.confirmedByReadBack();
  }
}
