package com.konaplate.sdk;

/**
 * Observes calls, e.g. to feed metrics. Every method has an empty default; implement the ones
 * you need. Methods are called on the thread running the call and must return quickly; an
 * exception thrown by a listener is logged and otherwise ignored.
 */
public interface KonaplateListener {

  /** An attempt is about to be sent ({@link CallEvent#attempt()} counts from 1). */
  default void requestSent(CallEvent event) {
  }

  /** An attempt got an HTTP answer, success or not ({@link CallEvent#httpStatus()}). */
  default void responseReceived(CallEvent event) {
  }

  /** Another attempt will follow after {@link CallEvent#retryDelay()}, for {@link CallEvent#reason()}. */
  default void retryScheduled(CallEvent event) {
  }

  /**
   * A read-back settled an ambiguous attempt of a write (terminate, suspend, resume, a
   * registration, a withdrawal, a charge): {@link CallEvent#reason()} is the verdict,
   * {@code visible} (the effect is there), {@code absent} (it is not: the operation may be
   * resent), {@code pending} (accepted, not final: a pending charge), {@code failed} (failed for
   * good: nothing applied) or {@code unknown} (the read could not tell). Comes before the call's
   * own {@code callSucceeded} or {@code callFailed}.
   */
  default void readBackSettled(CallEvent event) {
  }

  /**
   * The call succeeded: with its own answer ({@link CallEvent#code()}), or confirmed by a
   * read-back ({@link CallEvent#httpStatus()} 0, {@link CallEvent#reason()}
   * {@code confirmed by read-back}).
   */
  default void callSucceeded(CallEvent event) {
  }

  /** The call failed with {@link CallEvent#exception()}. */
  default void callFailed(CallEvent event) {
  }
}
