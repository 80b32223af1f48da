package com.konaplate.sdk.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Bounds each connect, read and write of an attempt by the time left before its call's deadline
 * (or the configured timeout, when shorter), so an attempt that stalls ends on time. What a
 * per-operation timeout cannot bound (a trickle) is left to the deadline
 * watchdog.
 */
final class AttemptTimeouts implements Interceptor {
  private final InFlightAttempts attempts;

  AttemptTimeouts(InFlightAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AttemptTag tag = attempts.of(chain.call());
    if (tag == null) {
      return chain.proceed(chain.request());
    }
    // 0 means "no timeout" to OkHttp: an attempt at its deadline still gets 1 ms.
    int left = (int) Math.max(1, Math.min(Integer.MAX_VALUE,
        TimeUnit.NANOSECONDS.toMillis(tag.remainingNanos())));
    Chain bounded = chain;
    if (exceeds(bounded.connectTimeoutMillis(), left)) {
      bounded = bounded.withConnectTimeout(left, TimeUnit.MILLISECONDS);
    }
    if (exceeds(bounded.readTimeoutMillis(), left)) {
      bounded = bounded.withReadTimeout(left, TimeUnit.MILLISECONDS);
    }
    if (exceeds(bounded.writeTimeoutMillis(), left)) {
      bounded = bounded.withWriteTimeout(left, TimeUnit.MILLISECONDS);
    }
    return bounded.proceed(bounded.request());
  }

  private static boolean exceeds(int timeoutMillis, int leftMillis) {
    return timeoutMillis == 0 || timeoutMillis > leftMillis;
  }
}
