package com.konaplate.sdk.internal.retry;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client-wide token bucket for retries (as AWS SDKs do): each retry takes tokens, each call
 * that succeeds at the first attempt gives one back. During an outage the bucket empties and
 * failures surface at once, so the SDK never multiplies the load on a struggling service.
 * Thread-safe and lock-free.
 */
public final class RetryBudget {
  /** Tokens a retry after an answer (429, 502-504) takes. */
  static final int RETRY_COST = 5;
  /** Tokens a retry after a connection failure takes: those are costlier to repeat. */
  static final int CONNECTION_RETRY_COST = 10;

  private final int capacity;
  private final AtomicInteger tokens;

  /** A full bucket of {@code capacity} tokens; 0 disables retries, negative is unlimited. */
  public RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = new AtomicInteger(Math.max(capacity, 0));
  }

  /** Takes the tokens of one retry; false when the budget cannot pay for it. */
  boolean tryAcquire(boolean afterConnectionFailure) {
    if (capacity < 0) {
      return true;
    }
    int cost = afterConnectionFailure ? CONNECTION_RETRY_COST : RETRY_COST;
    while (true) {
      int now = tokens.get();
      if (now < cost) {
        return false;
      }
      if (tokens.compareAndSet(now, now - cost)) {
        return true;
      }
    }
  }

  /** Gives tokens back after a successful call: its retries' cost, or 1 for a first-try success. */
  void release(int amount) {
    if (capacity < 0) {
      return;
    }
    tokens.updateAndGet(now -> Math.min(capacity, now + amount));
  }
}
