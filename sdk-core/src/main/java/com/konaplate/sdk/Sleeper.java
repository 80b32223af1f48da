package com.konaplate.sdk;

import java.time.Duration;

/**
 * Waits between retry attempts. Injected so tests never really sleep; the default sleeps the
 * calling thread.
 */
@FunctionalInterface
public interface Sleeper {

  /** Waits for {@code duration}; throws if the thread is interrupted while waiting. */
  void sleep(Duration duration) throws InterruptedException;

  /** The default: {@link Thread#sleep(long)}. */
  static Sleeper system() {
    return d -> Thread.sleep(d.toMillis());
  }
}
