package com.konaplate.sdk.sandbox.internal;

import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Makes requests take effect in the order they arrived: the HTTP front end gives each request a
 * ticket when the server dispatches it (in the order its connection became readable), and the
 * engine lets a request decide and apply its effect only once every request dispatched before it
 * has done so or finished. Without it, a request that arrived first could be overtaken by a later
 * one while its handler thread waits for CPU (decrypting JWE on a busy machine), and a read sent
 * after a write would not see it. A request waits at most {@link #MAX_WAIT_MILLIS} for those
 * before it (so a client that stalls mid-request delays the others that long, no longer).
 * Thread-safe.
 */
final class ArrivalOrder {
  /** The longest a request waits for the requests dispatched before it. */
  static final long MAX_WAIT_MILLIS = 2000;

  private final long maxWaitMillis;
  private final Object lock = new Object();
  private final TreeSet<Long> pending = new TreeSet<Long>(); // guarded by lock
  private long next; // guarded by lock
  private volatile boolean enabled = true;

  ArrivalOrder() {
    this(MAX_WAIT_MILLIS);
  }

  ArrivalOrder(long maxWaitMillis) {
    this.maxWaitMillis = maxWaitMillis;
  }

  /** Turns the ordering on or off (off: every request goes on at once). */
  void enabled(boolean on) {
    this.enabled = on;
  }

  /** A ticket for a request just dispatched; {@link #release(long)} it when it is done. */
  long issue() {
    synchronized (lock) {
      long ticket = next++;
      pending.add(ticket);
      return ticket;
    }
  }

  /** Marks the request past its effect (or finished); idempotent. */
  void release(long ticket) {
    synchronized (lock) {
      if (pending.remove(ticket)) {
        lock.notifyAll();
      }
    }
  }

  /**
   * Waits until every request dispatched before {@code ticket} has released its ticket, or
   * the longest wait ({@link #MAX_WAIT_MILLIS} by default) passed. A negative ticket (a request that did not come through the
   * front end) does not wait.
   */
  void awaitTurn(long ticket) {
    if (ticket < 0 || !enabled) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWaitMillis);
    synchronized (lock) {
      while (!pending.isEmpty() && pending.first() < ticket) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return;
        }
        try {
          lock.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt(); // the server is closing: go on without order
          return;
        }
      }
    }
  }
}
