package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.spec.OperationDescriptor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Travels with one HTTP attempt as an OkHttp request tag: what the interceptors need to know
 * about the call, and whether the request left this client.
 */
public final class AttemptTag {
  private final String correlationId;
  private final OperationDescriptor operation;
  private final long deadlineNanoTime;
  private final AtomicBoolean dispatched = new AtomicBoolean();
  private volatile boolean deadlinePassed;

  /**
   * Creates the tag of one attempt of a call that has {@code remainingMillis} left before its
   * deadline.
   */
  public AttemptTag(String correlationId, OperationDescriptor operation, long remainingMillis) {
    this.correlationId = correlationId;
    this.operation = operation;
    this.deadlineNanoTime = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(remainingMillis);
  }

  /** The correlation id shared by all attempts of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The operation being called. */
  public OperationDescriptor operation() {
    return operation;
  }

  /**
   * True once a connection was established and the request handed to it: from then on the
   * server may have received it, so a failure leaves the outcome unknown.
   */
  public boolean dispatched() {
    return dispatched.get();
  }

  void markDispatched() {
    dispatched.set(true);
  }

  /** When the call's deadline passes, on the {@link System#nanoTime()} scale. */
  public long deadlineNanoTime() {
    return deadlineNanoTime;
  }

  /** Time left before the call's deadline; zero or negative once it has passed. */
  public long remainingNanos() {
    return deadlineNanoTime - System.nanoTime();
  }

  /** True once the deadline watchdog cancelled this attempt. */
  public boolean deadlinePassed() {
    return deadlinePassed;
  }

  /** Records that the deadline watchdog cancels this attempt, before it does. */
  public void markDeadlinePassed() {
    deadlinePassed = true;
  }
}
