package com.konaplate.sdk;

import java.time.Duration;
import java.util.Random;

/**
 * When and how often a call is retried. Immutable and thread-safe.
 *
 * <p>A call is retried only when a retry cannot repeat an effect the server already applied, or
 * when the API says the request was not processed: a connection that failed before the request
 * was sent, HTTP 429 (waiting {@code Retry-After} when given) and HTTP 502, 503 and 504. Waits
 * between attempts grow exponentially with full jitter; all attempts together stay inside the
 * {@linkplain #deadline() deadline}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration deadline;
  private final int retryBudget;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.deadline = b.deadline;
    this.retryBudget = b.retryBudget;
  }

  /** Three attempts, 200 ms base delay, 5 s maximum delay, 30 s deadline, a budget of 500. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt, no retries; the default deadline still bounds the call. */
  public static RetryPolicy none() {
    return NONE;
  }

  /** A builder starting from the {@linkplain #defaults() defaults}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).baseDelay(baseDelay).maxDelay(maxDelay)
        .deadline(deadline).retryBudget(retryBudget);
  }

  /** The most attempts one call makes, the first included (at least 1). */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** The ceiling of the first backoff; each later ceiling doubles. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The largest backoff ceiling. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The time one call may take, all attempts and waits included. */
  public Duration deadline() {
    return deadline;
  }

  /**
   * The size of the client-wide retry budget: a retry after an answer takes 5 tokens, after a
   * connection failure 10; a call that succeeds gives back what its retries took, or 1 token when
   * it needed none. When the budget is spent, failures surface at once. Negative: unlimited.
   */
  public int retryBudget() {
    return retryBudget;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry): a uniformly random
   * duration between zero and {@code min(maxDelay, baseDelay * 2^(retry-1))} ("full jitter").
   */
  public Duration backoff(int retry, Random random) {
    long ceiling = baseDelay.toMillis();
    for (int i = 1; i < retry && ceiling < maxDelay.toMillis(); i++) {
      ceiling *= 2;
    }
    ceiling = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis((long) (random.nextDouble() * ceiling));
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay="
        + maxDelay + ", deadline=" + deadline + ", retryBudget=" + retryBudget + '}';
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration deadline = Duration.ofSeconds(30);
    private int retryBudget = 500;

    private Builder() {
    }

    /** Sets the size of the client-wide retry budget (default 500); negative is unlimited. */
    public Builder retryBudget(int tokens) {
      this.retryBudget = tokens;
      return this;
    }

    /** Sets the most attempts per call, the first included; 1 disables retries. */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 10");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Sets the ceiling of the first backoff. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = nonNegative(baseDelay, "baseDelay");
      return this;
    }

    /** Sets the largest backoff ceiling. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = nonNegative(maxDelay, "maxDelay");
      return this;
    }

    /** Sets the time one call may take, all attempts and waits included. */
    public Builder deadline(Duration deadline) {
      if (nonNegative(deadline, "deadline").isZero()) {
        throw new IllegalArgumentException("deadline must be positive");
      }
      this.deadline = deadline;
      return this;
    }

    /** Returns the policy. */
    public RetryPolicy build() {
      if (baseDelay.compareTo(maxDelay) > 0) {
        throw new IllegalStateException("baseDelay must not exceed maxDelay");
      }
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration d, String name) {
      if (d == null) {
        throw new NullPointerException(name + " == null");
      }
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
