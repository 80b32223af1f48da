package com.konaplate.sdk.spring.boot.autoconfigure.health;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.KonaplateListener;
import com.konaplate.sdk.micrometer.CallOutcome;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;

/**
 * Remembers the outcomes of the latest calls for the health indicator: a listener, so it sees
 * what the application's own calls saw and never calls KONA PLATE itself. Thread-safe.
 */
public final class KonaplateCallStats implements KonaplateListener {
  private final int capacity;
  private final Deque<CallOutcome> recent = new ArrayDeque<>();
  private int consecutiveFailures;
  private int retries;

  /** Remembers the latest {@code capacity} outcomes (at least 1). */
  public KonaplateCallStats(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  @Override
  public synchronized void retryScheduled(CallEvent event) {
    retries++;
  }

  @Override
  public void callSucceeded(CallEvent event) {
    record(CallOutcome.SUCCESS);
  }

  @Override
  public void callFailed(CallEvent event) {
    record(event.exception() == null ? CallOutcome.FAILED : CallOutcome.of(event.exception()));
  }

  private synchronized void record(CallOutcome outcome) {
    if (recent.size() == capacity) {
      recent.removeFirst();
    }
    recent.addLast(outcome);
    if (outcome == CallOutcome.FAILED || outcome == CallOutcome.OUTCOME_UNKNOWN) {
      consecutiveFailures++;
    } else if (outcome != CallOutcome.CANCELLED) { // a caller's cancellation says nothing of KONA
      consecutiveFailures = 0;
    }
  }

  /** Counts of the latest outcomes by outcome (every outcome present, zero or more). */
  public synchronized Map<CallOutcome, Integer> recentOutcomes() {
    Map<CallOutcome, Integer> counts = new EnumMap<>(CallOutcome.class);
    for (CallOutcome o : CallOutcome.values()) {
      counts.put(o, 0);
    }
    recent.forEach(o -> counts.merge(o, 1, Integer::sum));
    return counts;
  }

  /** Calls in a row, up to the latest, that ended failed or outcome-unknown. */
  public synchronized int consecutiveFailures() {
    return consecutiveFailures;
  }

  /** Retries scheduled since start. */
  public synchronized int retries() {
    return retries;
  }
}
