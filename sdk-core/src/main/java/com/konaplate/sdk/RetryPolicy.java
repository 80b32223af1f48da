package com.konaplate.sdk;

import java.time.Duration;
import java.util.Random;

/**
 * When and how often a call is retried. Immutable and thread-safe.
 *
 * <p>What may be resent depends on the operation's retry class in openapi.yaml
 * ({@link com.konaplate.sdk.spec.RetryClass}): a read after any transient failure, a convergent
 * write only when the failed attempt cannot have applied or the gateway said so, an unsafe write
 * never once it may have reached the server. This policy sets how many attempts, how long the
 * waits between them (exponential, full jitter, {@code Retry-After} honoured) and the deadline
 * all attempts share, and whether an ambiguous convergent write is settled by a read-back.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).readBack(false).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration deadline;
  private final int retryBudget;
  private final boolean readBack;

  private RetryPolicy(Builder b) {
    this.readBack = b.readBack;
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.deadline = b.deadline;
    this.retryBudget = b.retryBudget;
  }

  /**
   * Three attempts, 200 ms base delay, 5 s maximum delay, 30 s deadline, a budget of 500,
   * read-back on.
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** One attempt and no read-back: exactly one request per call. */
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
        .deadline(deadline).retryBudget(retryBudget).readBack(readBack);
  }

  /** True when an ambiguous convergent write is settled by a read-back (default). */
  public boolean readBack() {
    return readBack;
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
        + maxDelay + ", deadline=" + deadline + ", retryBudget=" + retryBudget + ", readBack=" + readBack + '}';
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(5);
    private Duration deadline = Duration.ofSeconds(30);
    private int retryBudget = 500;
    private boolean readBack = true;

    private Builder() {
    }

    /**
     * Whether an ambiguous attempt of an operation that openapi.yaml gives a read-back (terminate,
     * suspend, resume) is settled by reading the server's state within the call's deadline
     * (default true). Off, such a call ends outcome-unknown instead.
     */
    public Builder readBack(boolean readBack) {
      this.readBack = readBack;
      return this;
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
