package com.konaplate.sdk.micrometer;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.exception.KonaplateException;
import io.micrometer.observation.Observation;

/**
 * What an observation of one KONA PLATE call knows: the first event of the call, then the
 * outcome and the last event. Filled in by {@link KonaplateObservationListener} on the threads
 * that run the call; read by an {@link KonaplateObservationConvention}. It holds the SDK's
 * {@link CallEvent}s only, which carry no request or response content.
 */
public final class KonaplateObservationContext extends Observation.Context {
  private final CallEvent firstEvent;
  private volatile CallEvent lastEvent;
  private volatile CallOutcome outcome;

  /** A context for the call that {@code firstEvent} starts. */
  public KonaplateObservationContext(CallEvent firstEvent) {
    if (firstEvent == null) {
      throw new NullPointerException("firstEvent == null");
    }
    this.firstEvent = firstEvent;
    this.lastEvent = firstEvent;
  }

  /** The first event of the call (usually its first {@code requestSent}). */
  public CallEvent firstEvent() {
    return firstEvent;
  }

  /** The latest event of the call; at the stop, {@code callSucceeded} or {@code callFailed}. */
  public CallEvent lastEvent() {
    return lastEvent;
  }

  /** How the call ended, or null while it runs. */
  public CallOutcome outcome() {
    return outcome;
  }

  /** The exception that ended the call, or null. */
  public KonaplateException exception() {
    return lastEvent.exception();
  }

  void update(CallEvent event) {
    this.lastEvent = event;
  }

  void end(CallEvent event, CallOutcome outcome) {
    this.lastEvent = event;
    this.outcome = outcome;
  }
}
