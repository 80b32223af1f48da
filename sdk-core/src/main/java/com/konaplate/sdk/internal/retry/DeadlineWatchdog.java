package com.konaplate.sdk.internal.retry;

import com.konaplate.sdk.internal.http.AttemptTag;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.Call;

/**
 * Cancels attempts still running when their call's deadline passes: the backstop for what
 * per-read timeouts cannot bound (headers or a body trickling in byte by byte).
 * {@code AttemptTimeouts} bounds every connect, read and write by the time left, so a stalled
 * attempt ends on time without it. Attempts are kept in a concurrent set and swept every
 * {@value #SWEEP_MILLIS} ms on the client's scheduler, only while some are in flight.
 *
 * <p>Why not OkHttp's call timeout: it enters Okio's JVM-wide timeout list, a sorted linked list
 * behind one lock that every socket read and write also takes; a call timeout per in-flight call
 * lengthens every walk of that list, and at 32 threads the lock became the SDK's bottleneck
 * (benchmarks/). Watching here costs a set insertion and removal per attempt. Thread-safe.
 */
public final class DeadlineWatchdog {
  /** How often running attempts are checked; a trickling attempt ends at most this late. */
  static final long SWEEP_MILLIS = 25;
  /** Empty sweeps before the watchdog stops until the next attempt. */
  private static final int IDLE_SWEEPS_BEFORE_STOP = 40;

  private final Supplier<ScheduledExecutorService> scheduler;
  private final Set<Watch> watched = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private int idleSweeps; // touched by the sweep alone, which never runs twice at once

  /** A watchdog sweeping on {@code scheduler}, obtained when the first attempt is watched. */
  public DeadlineWatchdog(Supplier<ScheduledExecutorService> scheduler) {
    this.scheduler = scheduler;
  }

  /**
   * Watches {@code call}, the attempt of {@code tag}, until the returned watch is closed. When the
   * scheduler cannot sweep (a partner's scheduler shut down, the client closing) the attempt is
   * bounded by OkHttp's call timeout instead.
   */
  public Watch watch(Call call, AttemptTag tag) {
    Watch w = new Watch(call, tag);
    watched.add(w);
    if (!sweeping.get() && sweeping.compareAndSet(false, true) && !schedule()) {
      watched.remove(w);
      call.timeout().timeout(Math.max(1, tag.remainingNanos()), TimeUnit.NANOSECONDS);
    }
    return w;
  }

  /** Arms the next sweep; false (and not sweeping) when the scheduler refuses it. */
  private boolean schedule() {
    try {
      scheduler.get().schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
      return true;
    } catch (RejectedExecutionException e) {
      sweeping.set(false);
      return false;
    }
  }

  private void sweep() {
    long now = System.nanoTime();
    for (Watch w : watched) {
      if (w.tag.deadlineNanoTime() - now <= 0 && watched.remove(w)) {
        w.tag.markDeadlinePassed();
        w.call.cancel();
      }
    }
    if (!watched.isEmpty()) {
      idleSweeps = 0;
    } else if (++idleSweeps >= IDLE_SWEEPS_BEFORE_STOP) {
      idleSweeps = 0;
      sweeping.set(false);
      // An attempt watched between the check above and now saw the watchdog still sweeping.
      if (watched.isEmpty() || !sweeping.compareAndSet(false, true)) {
        return;
      }
    }
    // Refused mid-flight (the client closing): attempts still running keep their per-read
    // bounds (AttemptTimeouts), only this backstop ends.
    schedule();
  }

  /** One watched attempt; closing it ends the watch. */
  public final class Watch implements AutoCloseable {
    final Call call;
    final AttemptTag tag;

    Watch(Call call, AttemptTag tag) {
      this.call = call;
      this.tag = tag;
    }

    /** Stops watching the attempt (it has ended). */
    @Override
    public void close() {
      watched.remove(this);
    }
  }
}
