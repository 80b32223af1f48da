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

  /** The call succeeded. */
  default void callSucceeded(CallEvent event) {
  }

  /** The call failed with {@link CallEvent#exception()}. */
  default void callFailed(CallEvent event) {
  }
}
