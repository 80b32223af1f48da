package com.konaplate.sdk.exception;

import java.time.Duration;

/**
 * What is known about a failed call: HTTP status, result code, description, correlation id,
 * how many attempts were made and how long the call took. Immutable.
 *
 * <p>Partners may build instances to construct SDK exceptions in their own tests.
 */
public final class ErrorDetails {
  private final String operation;
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final boolean outcomeUnknown;
  private final int attempts;
  private final Duration elapsed;
  private final String sequenceId;

  private ErrorDetails(Builder b) {
    this.operation = b.operation;
    this.httpStatus = b.httpStatus;
    this.code = b.code;
    this.description = b.description;
    this.correlationId = b.correlationId;
    this.outcomeUnknown = b.outcomeUnknown;
    this.attempts = b.attempts;
    this.elapsed = b.elapsed;
    this.sequenceId = b.sequenceId;
  }

  /** Returns a new builder with nothing known. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these details. */
  public Builder toBuilder() {
    return new Builder()
        .operation(operation)
        .httpStatus(httpStatus)
        .code(code)
        .description(description)
        .correlationId(correlationId)
        .outcomeUnknown(outcomeUnknown)
        .attempts(attempts)
        .elapsed(elapsed)
        .sequenceId(sequenceId);
  }

  /**
   * The caller's unique id of the call's transaction (a charge's {@code sequenceId}, a payment's
   * {@code transactionId}), given or made by the SDK; null for operations without one. Ask
   * KONA PLATE about the call with it.
   */
  public String sequenceId() {
    return sequenceId;
  }

  /** The operationId of openapi.yaml the call was for (e.g. {@code terminateCard}), or null. */
  public String operation() {
    return operation;
  }

  /** The HTTP status of the last response, or 0 when no response was received. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The API result code ({@code NNN_NNN}), or null when the server sent none. */
  public String code() {
    return code;
  }

  /** The server's description of the result, or null. */
  public String description() {
    return description;
  }

  /** The {@code X-KM-Correlation-Id} of the call, or null before one was assigned. */
  public String correlationId() {
    return correlationId;
  }

  /** True when the request may have taken effect on the server although no result says so. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }

  /** How many HTTP attempts the call made (0 when it failed before sending). */
  public int attempts() {
    return attempts;
  }

  /** Wall-clock time from the start of the call to this failure. */
  public Duration elapsed() {
    return elapsed;
  }

  /** Builds {@link ErrorDetails}. Not thread-safe. */
  public static final class Builder {
    private String operation;
    private int httpStatus;
    private String code;
    private String description;
    private String correlationId;
    private boolean outcomeUnknown;
    private int attempts;
    private Duration elapsed = Duration.ZERO;
    private String sequenceId;

    private Builder() {
    }

    /** Sets the operationId the call was for. */
    public Builder operation(String operation) {
      this.operation = operation;
      return this;
    }

    /** Sets the HTTP status (0 for none). */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
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

    /** Marks whether the outcome on the server is unknown. */
    public Builder outcomeUnknown(boolean outcomeUnknown) {
      this.outcomeUnknown = outcomeUnknown;
      return this;
    }

    /** Sets the number of attempts. */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /** Sets the elapsed time. */
    public Builder elapsed(Duration elapsed) {
      this.elapsed = elapsed == null ? Duration.ZERO : elapsed;
      return this;
    }

    /** Sets the caller's unique id of the call's transaction. */
    public Builder sequenceId(String sequenceId) {
      this.sequenceId = sequenceId;
      return this;
    }

    /** Returns the details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
