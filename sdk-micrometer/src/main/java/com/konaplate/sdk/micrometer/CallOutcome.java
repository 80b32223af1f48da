package com.konaplate.sdk.micrometer;

import com.konaplate.sdk.exception.AuthenticationException;
import com.konaplate.sdk.exception.CallCancelledException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.RateLimitException;

/** How a call ended, as the {@code konaplate.outcome} key tells it. */
public enum CallOutcome {
  /** The call succeeded (its own answer, or a read-back that showed the effect). */
  SUCCESS("success"),
  /**
   * KONA PLATE refused the call and nothing was applied: a documented result code, an
   * authentication failure or a rate limit.
   */
  REFUSED("refused"),
  /** The call may or may not have taken effect ({@link KonaplateException#outcomeUnknown()}). */
  OUTCOME_UNKNOWN("outcome-unknown"),
  /** Any other failure: connection, timeout, server error, encryption, validation. */
  FAILED("failed"),
  /**
   * The caller cancelled the async call's future before it ended, and no request of it can have
   * taken effect (a cancelled write whose request had left is {@link #OUTCOME_UNKNOWN}).
   */
  CANCELLED("cancelled");

  private final String value;

  CallOutcome(String value) {
    this.value = value;
  }

  /** The value of the {@code konaplate.outcome} key, e.g. {@code outcome-unknown}. */
  public String value() {
    return value;
  }

  /** The outcome of a call that ended with {@code e}. */
  public static CallOutcome of(KonaplateException e) {
    if (e == null) {
      throw new NullPointerException("e == null");
    }
    if (e.outcomeUnknown()) {
      return OUTCOME_UNKNOWN;
    }
    if (e instanceof CallCancelledException) {
      return CANCELLED;
    }
    if (e instanceof KonaplateApiException || e instanceof AuthenticationException
        || e instanceof RateLimitException) {
      return REFUSED;
    }
    return FAILED;
  }
}
