package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.error.ErrorCatalog;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/**
 * The retry decisions of one logical call: what to do after each failed attempt, and the final
 * figures. Keeps the outcome truthful: once an attempt may have taken effect, the call can only
 * end in success, a documented refusal that proves nothing happened, or "outcome unknown".
 * Confined to the thread(s) running the call, one attempt at a time.
 */
public final class CallState {
  /** The refusal a retry meets when the first attempt already discarded the card. */
  private static final String CARD_GONE = "001_047";

  private final RetryPolicy policy;
  private final Clock clock;
  private final Random random;
  private final String correlationId;
  private final RetryBudget budget;
  private final long startMillis;
  private final long deadlineMillis;
  private int attempts;
  private int tokensSpent;
  private AttemptFailure firstAmbiguous;

  /** Starts a call now. */
  public CallState(RetryPolicy policy, Clock clock, Random random, String correlationId,
      RetryBudget budget) {
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    this.correlationId = correlationId;
    this.budget = budget;
    this.startMillis = clock.millis();
    this.deadlineMillis = startMillis + policy.deadline().toMillis();
  }

  /** Counts a new attempt and returns the time left for it, or 0 when the deadline has passed. */
  public long beginAttempt() {
    long remaining = deadlineMillis - clock.millis();
    if (remaining <= 0) {
      return 0;
    }
    attempts++;
    return remaining;
  }

  /** The number of attempts begun so far. */
  public int attempts() {
    return attempts;
  }

  /** Time since the call started. */
  public Duration elapsed() {
    return Duration.ofMillis(Math.max(0, clock.millis() - startMillis));
  }

  /** True once an attempt may have taken effect without a result saying so. */
  public boolean outcomeUnknownSoFar() {
    return firstAmbiguous != null;
  }

  /** The correlation id shared by all attempts. */
  public String correlationId() {
    return correlationId;
  }

  /** The exception for a call whose deadline passed before another attempt could start. */
  public KonaplateException deadlineExceeded() {
    ErrorDetails d = ErrorDetails.builder()
        .correlationId(correlationId)
        .attempts(attempts)
        .elapsed(elapsed())
        .outcomeUnknown(firstAmbiguous != null)
        .build();
    return new KonaplateTimeoutException("The call's deadline of " + policy.deadline() + " passed",
        d, null);
  }

  /** Decides what follows a failed attempt: a retry after a delay, or the call's exception. */
  public Decision onFailure(AttemptFailure failure) {
    if (firstAmbiguous != null && failure.kind() == AttemptFailure.Kind.API
        && !provesNoEffect(failure.code())) {
      // An earlier attempt may have discarded the card; this refusal may be its consequence.
      KonaplateException unknown = firstAmbiguous.toException(attempts, elapsed(), true);
      unknown.addSuppressed(failure.toException(attempts, elapsed(), false));
      return Decision.fail(unknown);
    }
    if (failure.ambiguous() && firstAmbiguous == null) {
      firstAmbiguous = failure;
    }
    if (failure.retryable() && attempts < policy.maxAttempts()) {
      Duration delay = failure.retryAfter() != null
          ? failure.retryAfter()
          : policy.backoff(attempts, random);
      boolean connection = failure.kind() == AttemptFailure.Kind.CONNECTION
          || failure.kind() == AttemptFailure.Kind.TIMEOUT;
      if (clock.millis() + delay.toMillis() < deadlineMillis && budget.tryAcquire(connection)) {
        tokensSpent += connection ? RetryBudget.CONNECTION_RETRY_COST : RetryBudget.RETRY_COST;
        return Decision.retryAfter(delay);
      }
    }
    return Decision.fail(finalException(failure));
  }

  /** Records the call's success: the budget gets back what the retries took, or one token. */
  public void onSuccess() {
    budget.release(tokensSpent > 0 ? tokensSpent : 1);
  }

  /** The exception when the call stops on this failure. */
  public KonaplateException finalException(AttemptFailure failure) {
    boolean unknown = failure.ambiguous()
        || (firstAmbiguous != null
            && !(failure.kind() == AttemptFailure.Kind.API && provesNoEffect(failure.code())));
    return failure.toException(attempts, elapsed(), unknown);
  }

  /** A documented refusal other than "card gone" means the card was there and untouched. */
  private static boolean provesNoEffect(String code) {
    return code != null && !CARD_GONE.equals(code) && ErrorCatalog.lookup(code) != null;
  }

  /** What to do after a failed attempt. */
  public static final class Decision {
    private final Duration delay;
    private final KonaplateException error;

    private Decision(Duration delay, KonaplateException error) {
      this.delay = delay;
      this.error = error;
    }

    static Decision retryAfter(Duration delay) {
      return new Decision(delay, null);
    }

    static Decision fail(KonaplateException error) {
      return new Decision(null, error);
    }

    /** True to retry after {@link #delay()}. */
    public boolean retry() {
      return error == null;
    }

    /** The wait before the next attempt. */
    public Duration delay() {
      return delay;
    }

    /** The exception that ends the call. */
    public KonaplateException error() {
      return error;
    }
  }
}
