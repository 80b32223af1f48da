package com.konaplate.sdk.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The envelope and call figures of a result (see {@link KonaplateResult}). Immutable; the SDK
 * creates these, and partners' tests may build them.
 */
public final class ResultMetadata {
  private final String operation;
  private final String code;
  private final String description;
  private final String correlationId;
  private final int httpStatus;
  private final int attempts;
  private final Duration elapsed;
  private final boolean confirmedByReadBack;
  private final String sequenceId;
  private final Instant expiresAt;

  private ResultMetadata(Builder b) {
    this.operation = b.operation;
    this.code = b.code;
    this.description = b.description;
    this.correlationId = b.correlationId;
    this.httpStatus = b.httpStatus;
    this.attempts = b.attempts;
    this.elapsed = b.elapsed;
    this.confirmedByReadBack = b.confirmedByReadBack;
    this.sequenceId = b.sequenceId;
    this.expiresAt = b.expiresAt;
  }

  /** A builder with nothing set (elapsed zero). */
  public static Builder builder() {
    return new Builder();
  }

  /** The operationId of openapi.yaml, e.g. {@code terminateCard}; null when not set. */
  public String operation() {
    return operation;
  }

  /** The result code. */
  public String code() {
    return code;
  }

  /** The server's description, or null. */
  public String description() {
    return description;
  }

  /** The correlation id of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The HTTP status of the answer; 0 when a read-back confirmed the call. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The HTTP attempts of the call. */
  public int attempts() {
    return attempts;
  }

  /** Time from the start of the call to the result. */
  public Duration elapsed() {
    return elapsed;
  }

  /** True when a read-back, not the call's own answer, proved the effect. */
  public boolean confirmedByReadBack() {
    return confirmedByReadBack;
  }

  /**
   * The caller's unique id of the call's transaction (a charge's {@code sequenceId}, a payment's
   * {@code transactionId}), given or made by the SDK; null for operations without one.
   */
  public String sequenceId() {
    return sequenceId;
  }

  /**
   * When what the call issued stops being valid (a one-time token: 30 seconds, 5 minutes for the
   * ATM and credit types), counted by the client's clock from before the request was sent, so
   * never later than KONA PLATE's own expiry; null for other operations.
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResultMetadata)) {
      return false;
    }
    ResultMetadata m = (ResultMetadata) o;
    return httpStatus == m.httpStatus && attempts == m.attempts
        && confirmedByReadBack == m.confirmedByReadBack && Objects.equals(operation, m.operation)
        && Objects.equals(code, m.code) && Objects.equals(description, m.description)
        && Objects.equals(correlationId, m.correlationId) && elapsed.equals(m.elapsed)
        && Objects.equals(sequenceId, m.sequenceId) && Objects.equals(expiresAt, m.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, code, correlationId, httpStatus, attempts, elapsed,
        confirmedByReadBack, sequenceId, expiresAt);
  }

  /** Code, correlation id, attempts and elapsed time (the description is left out). */
  @Override
  public String toString() {
    return "code=" + code + ", correlationId=" + correlationId
        + (sequenceId == null ? "" : ", sequenceId=" + sequenceId) + ", attempts=" + attempts
        + ", elapsed=" + elapsed + (confirmedByReadBack ? ", confirmedByReadBack" : "")
        + (expiresAt == null ? "" : ", expiresAt=" + expiresAt);
  }

  /** Builds {@link ResultMetadata}. Not thread-safe. */
  public static final class Builder {
    private String operation;
    private String code;
    private String description;
    private String correlationId;
    private int httpStatus;
    private int attempts;
    private Duration elapsed = Duration.ZERO;
    private boolean confirmedByReadBack;
    private String sequenceId;
    private Instant expiresAt;

    private Builder() {
    }

    /** Sets the operationId. */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** Sets the result code. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** Sets the description. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** Sets the correlation id. */
    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    /** Sets the HTTP status. */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /** Sets the number of attempts. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** Sets the elapsed time. */
    public Builder elapsed(Duration elapsed) {
      this.elapsed = Objects.requireNonNull(elapsed, "elapsed");
      return this;
    }

    /** Marks the result as confirmed by a read-back. */
    public Builder confirmedByReadBack(boolean confirmedByReadBack) {
      this.confirmedByReadBack = confirmedByReadBack;
      return this;
    }

    /** Sets the caller's unique id of the call's transaction. */
    public Builder sequenceId(String sequenceId) {
      this.sequenceId = sequenceId;
      return this;
    }

    /** Sets when what the call issued stops being valid. */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /** Returns the metadata. */
    public ResultMetadata build() {
      return new ResultMetadata(this);
    }
  }
}
