package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.KonaplateTimeoutException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.error.ErrorCatalog;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.spec.RetryClass;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The retry decisions of one logical call, by the operation's retry class
 * ({@code x-konaplate-retry}): what to do after each failed attempt, and the final figures. Keeps
 * the outcome truthful: once an attempt of a write may have taken effect, the call can only end
 * in success, a documented refusal that proves nothing happened, a read-back's verdict, or
 * "outcome unknown". A read is never outcome-unknown. Confined to the thread(s) running the
 * call, one attempt at a time.
 */
public final class CallState {
  private final OperationDescriptor operation;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Random random;
  private final String correlationId;
  private final RetryBudget budget;
  private final long startMillis;
  private final long deadlineMillis;
  /** Set by the first report of the call's end: an async call may end and be cancelled at once. */
  private final AtomicBoolean ended = new AtomicBoolean();
  private int attempts;
  private int tokensSpent;
  private AttemptFailure firstAmbiguous;
  private int readBacks;
  private volatile String confirmedData;
  private String sequenceId;
  private volatile String settledStatus;

  /** Starts a call of {@code operation} now. */
  public CallState(OperationDescriptor operation, RetryPolicy policy, Clock clock, Random random,
      String correlationId, RetryBudget budget) {
    this.operation = operation;
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    this.correlationId = correlationId;
    this.budget = budget;
    this.startMillis = clock.millis();
    this.deadlineMillis = startMillis + policy.deadline().toMillis();
  }

  /** The call's retry policy. */
  public RetryPolicy policy() {
    return policy;
  }

  /** The operation called. */
  public OperationDescriptor operation() {
    return operation;
  }

  /** Counts a new attempt and returns the time left for it, or 0 when the deadline has passed. */
  public long beginAttempt() {
    long remaining = remainingMillis();
    if (remaining <= 0) {
      return 0;
    }
    attempts++;
    return remaining;
  }

  /** Time left before the call's deadline, 0 once it has passed. */
  public long remainingMillis() {
    return Math.max(0, deadlineMillis - clock.millis());
  }

  /**
   * The fields a read-back found for the result of a call it confirmed, as a JSON object's text
   * ("{}" when it found none).
   */
  public String confirmedData() {
    String d = confirmedData;
    return d == null ? "{}" : d;
  }

  /** The status a read-back's read answered (a charge's {@code result}), or null. */
  String settledStatus() {
    return settledStatus;
  }

  void settledStatus(String status) {
    this.settledStatus = status;
  }

  /** Records what a read-back found for the result (see {@link #confirmedData()}). */
  void confirmedData(String json) {
    this.confirmedData = json;
  }

  /** The caller's unique id of the call's transaction, or null. */
  public String sequenceId() {
    return sequenceId;
  }

  /** Sets the caller's unique id of the call's transaction (before the first attempt). */
  public CallState sequenceId(String sequenceId) {
    this.sequenceId = sequenceId;
    return this;
  }

  /** When the call started, by the client's clock. */
  public java.time.Instant startedAt() {
    return java.time.Instant.ofEpochMilli(startMillis);
  }

  /**
   * The exception for a call whose one-time token expired before another attempt could be sent:
   * KONA PLATE refuses an expired token, so it is not sent (outcome unknown only when an
   * earlier attempt may have taken effect).
   */
  public KonaplateException tokenExpired() {
    return new com.konaplate.sdk.exception.OneTimeTokenExpiredException(details());
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
    ErrorDetails d = details();
    return new KonaplateTimeoutException("The call's deadline of " + policy.deadline() + " passed",
        d, null);
  }

  /** True the first time only: the call's end is reported once, whichever way it ends first. */
  boolean end() {
    return ended.compareAndSet(false, true);
  }

  /**
   * The end of an async call cancelled by its caller; {@code attemptSent}: an attempt was in
   * flight and had left, so a write may have taken effect.
   */
  KonaplateException cancelled(boolean attemptSent) {
    boolean write = operation.retryClass() != RetryClass.READ;
    return new com.konaplate.sdk.exception.CallCancelledException(details().toBuilder()
        .outcomeUnknown(write && (attemptSent || firstAmbiguous != null)).build());
  }

  /** The details of a failure that is not an attempt's (interruption, a rejected retry). */
  public ErrorDetails details() {
    return ErrorDetails.builder().operation(operation.operationId()).correlationId(correlationId)
        .attempts(attempts).elapsed(elapsed()).outcomeUnknown(firstAmbiguous != null)
        .sequenceId(sequenceId).build();
  }

  /**
   * Decides what follows a failed attempt: a retry after a delay, a read-back that settles an
   * ambiguous write, or the call's exception.
   */
  public Decision onFailure(AttemptFailure failure) {
    boolean write = operation.retryClass() != RetryClass.READ;
    if (write && firstAmbiguous != null && failure.kind() == AttemptFailure.Kind.API
        && !provesNoEffect(failure.code())) {
      // An earlier attempt may have applied the effect; this refusal may be its consequence.
      KonaplateException unknown = exception(firstAmbiguous, true);
      unknown.addSuppressed(exception(failure, false));
      return settleOr(unknown);
    }
    if (write && failure.ambiguous() && firstAmbiguous == null) {
      firstAmbiguous = failure;
    }
    if (mayResend(failure) && attempts < policy.maxAttempts()) {
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
    KonaplateException end = finalException(failure);
    return end.outcomeUnknown() ? settleOr(end) : Decision.fail(end);
  }

  /**
   * After a read-back found the effect absent: not yet applied — but an attempt that timed out or
   * lost its connection may still be in flight and land later, so absence proves nothing final.
   * Sending it again is safe whichever lands when the operation is convergent, or when it is
   * unsafe but the server refuses a duplicate with a replay code (a registration: one login id,
   * one member; the refusal is then settled by another read-back): resent when attempts and time
   * allow (a success then is the truth), else the call stays outcome-unknown.
   */
  public Decision afterEffectAbsent(KonaplateException unknown) {
    if (operation.retryClass() == RetryClass.UNSAFE && operation.replayCodes().isEmpty()) {
      // A repeat would repeat the effect, and nothing refuses a duplicate: never resent.
      return Decision.fail(unknown);
    }
    if (attempts < policy.maxAttempts()) {
      Duration delay = policy.backoff(attempts, random);
      if (clock.millis() + delay.toMillis() < deadlineMillis && budget.tryAcquire(false)) {
        tokensSpent += RetryBudget.RETRY_COST;
        return Decision.retryAfter(delay);
      }
    }
    return Decision.fail(unknown);
  }

  /** Records the call's success: the budget gets back what the retries took, or one token. */
  public void onSuccess() {
    budget.release(tokensSpent > 0 ? tokensSpent : 1);
  }

  /** The exception when the call stops on this failure. */
  public KonaplateException finalException(AttemptFailure failure) {
    boolean write = operation.retryClass() != RetryClass.READ;
    boolean unknown = write && (failure.ambiguous()
        || (firstAmbiguous != null
            && !(failure.kind() == AttemptFailure.Kind.API && provesNoEffect(failure.code()))));
    return exception(failure, unknown);
  }

  private KonaplateException exception(AttemptFailure failure, boolean unknown) {
    return failure.toException(operation.operationId(), attempts, elapsed(), unknown, sequenceId);
  }

  /**
   * The exception when a read settled the call as failed for good: nothing was applied, the
   * outcome is known; {@code status} is what the read answered.
   */
  public KonaplateException settledAsFailed(String status) {
    return new com.konaplate.sdk.exception.OperationFailedException(details().toBuilder()
        .outcomeUnknown(false).description(status == null ? null : "result " + status).build());
  }

  /**
   * May this failure be resent, by the operation's retry class? A read: after any transient
   * failure. A convergent write: when the attempt cannot have applied (not sent, 408, 429), or
   * a gateway answered 502, 503 or 504. An unsafe write: only when it cannot have applied.
   */
  private boolean mayResend(AttemptFailure f) {
    if (!f.retryable()) {
      return false;
    }
    switch (operation.retryClass()) {
      case READ:
        return true;
      case CONVERGENT:
        return !f.ambiguous() || (f.kind() == AttemptFailure.Kind.SERVER
            && (f.httpStatus() == 502 || f.httpStatus() == 503 || f.httpStatus() == 504));
      case UNSAFE:
      default:
        return !f.ambiguous();
    }
  }

  /**
   * A read-back when the operation has one and the policy allows it: at most one per attempt
   * (a resend after "absent" that ends ambiguous again is read back again).
   */
  private Decision settleOr(KonaplateException unknown) {
    if (operation.readBack() != null && policy.readBack() && readBacks < attempts) {
      readBacks++;
      return Decision.settle(unknown);
    }
    return Decision.fail(unknown);
  }

  /**
   * A documented refusal that a replay of the operation's own effect would not produce proves
   * nothing was applied, so it is reported as itself.
   */
  private boolean provesNoEffect(String code) {
    return code != null && !operation.replayCodes().contains(code)
        && ErrorCatalog.lookup(code) != null;
  }

  /** What to do after a failed attempt. */
  public static final class Decision {
    private final Duration delay;
    private final KonaplateException error;
    private final boolean settle;

    private Decision(Duration delay, KonaplateException error, boolean settle) {
      this.delay = delay;
      this.error = error;
      this.settle = settle;
    }

    static Decision retryAfter(Duration delay) {
      return new Decision(delay, null, false);
    }

    static Decision fail(KonaplateException error) {
      return new Decision(null, error, false);
    }

    static Decision settle(KonaplateException unknown) {
      return new Decision(null, unknown, true);
    }

    /** True to retry after {@link #delay()}. */
    public boolean retry() {
      return error == null;
    }

    /** True to ask the operation's read-back before failing with {@link #error()}. */
    public boolean settle() {
      return settle;
    }

    /** The wait before the next attempt. */
    public Duration delay() {
      return delay;
    }

    /** The exception that ends the call (outcome unknown, when settling). */
    public KonaplateException error() {
      return error;
    }
  }
}
