package com.konaplate.sdk.internal.call;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;

/**
 * What a client owns and must release: its OkHttp client (unless the partner gave one), its
 * scheduler thread (made on first use) and whether it is closed. Thread-safe.
 */
public final class ClientRuntime {
  private final OkHttpClient http;
  private final boolean ownsHttpClient;
  private final ScheduledExecutorService partnerScheduler;
  private final AtomicBoolean closed = new AtomicBoolean();
  private ScheduledThreadPoolExecutor ownScheduler; // guarded by this

  /** The runtime of a client sending with {@code http}. */
  public ClientRuntime(OkHttpClient http, boolean ownsHttpClient,
      ScheduledExecutorService partnerScheduler) {
    this.http = http;
    this.ownsHttpClient = ownsHttpClient;
    this.partnerScheduler = partnerScheduler;
  }

  /** The OkHttp client calls go through. */
  public OkHttpClient http() {
    return http;
  }

  /** The scheduler of asynchronous retries: the partner's, else the client's own. */
  public ScheduledExecutorService retryScheduler() {
    return partnerScheduler != null ? partnerScheduler : ownScheduler();
  }

  /**
   * The client's own scheduler (the deadline watchdog's, and the retries' when the partner gave
   * none): one daemon thread made on first use, never after close.
   */
  public synchronized ScheduledExecutorService ownScheduler() {
    if (ownScheduler == null) {
      if (closed.get()) {
        throw new RejectedExecutionException("The client is closed");
      }
      ScheduledThreadPoolExecutor s = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "konaplate-scheduler");
        t.setDaemon(true);
        return t;
      });
      s.setRemoveOnCancelPolicy(true);
      ownScheduler = s;
    }
    return ownScheduler;
  }

  /** Fails when the client is closed. */
  public void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("KonaplateClient is closed");
    }
  }

  /**
   * Releases the connections and threads the client created; a partner-supplied OkHttp client
   * and scheduler are left running. Idempotent.
   */
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownsHttpClient) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
    synchronized (this) {
      if (ownScheduler != null) {
        ownScheduler.shutdownNow();
      }
    }
  }
}
