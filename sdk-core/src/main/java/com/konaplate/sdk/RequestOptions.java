package com.konaplate.sdk;

import com.konaplate.sdk.internal.auth.CorrelationIds;

/** Options of one call, such as a caller-chosen correlation id. Immutable. */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final String correlationId;

  private RequestOptions(Builder b) {
    this.correlationId = b.correlationId;
  }

  /** No options: the SDK chooses the correlation id. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The caller-chosen {@code X-KM-Correlation-Id}, or null to let the SDK choose one. */
  public String correlationId() {
    return correlationId;
  }

  @Override
  public String toString() {
    return "RequestOptions{correlationId=" + correlationId + '}';
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private String correlationId;

    private Builder() {
    }

    /**
     * Uses this {@code X-KM-Correlation-Id} for every attempt of the call.
     *
     * @throws IllegalArgumentException unless it is {@code yyMMddHHmmss-xxxxxxx} (12 digits, a
     *     dash, 7 hex digits)
     */
    public Builder correlationId(String correlationId) {
      if (correlationId == null) {
        throw new NullPointerException("correlationId == null");
      }
      if (!CorrelationIds.isValid(correlationId)) {
        throw new IllegalArgumentException(
            "correlationId must be yyMMddHHmmss-xxxxxxx: 12 digits, a dash and 7 hex digits");
      }
      this.correlationId = correlationId;
      return this;
    }

    /** Returns the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
