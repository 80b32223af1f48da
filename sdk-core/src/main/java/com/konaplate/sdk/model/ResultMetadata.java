package com.konaplate.sdk.model;

import java.time.Duration;
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

  private ResultMetadata(Builder b) {
    this.operation = b.operation;
    this.code = b.code;
    this.description = b.description;
    this.correlationId = b.correlationId;
    this.httpStatus = b.httpStatus;
    this.attempts = b.attempts;
    this.elapsed = b.elapsed;
    this.confirmedByReadBack = b.confirmedByReadBack;
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

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResultMetadata)) {
      return false;
    }
    ResultMetadata m = (ResultMetadata) o;
    return httpStatus == m.httpStatus && attempts == m.attempts
        && confirmedByReadBack == m.confirmedByReadBack && Objects.equals(operation, m.operation)
        && Objects.equals(code, m.code) && Objects.equals(description, m.description)
        && Objects.equals(correlationId, m.correlationId) && elapsed.equals(m.elapsed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, code, correlationId, httpStatus, attempts, elapsed,
        confirmedByReadBack);
  }

  /** Code, correlation id, attempts and elapsed time (the description is left out). */
  @Override
  public String toString() {
    return "code=" + code + ", correlationId=" + correlationId + ", attempts=" + attempts
        + ", elapsed=" + elapsed + (confirmedByReadBack ? ", confirmedByReadBack" : "");
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

    /** Returns the metadata. */
    public ResultMetadata build() {
      return new ResultMetadata(this);
    }
  }
}
