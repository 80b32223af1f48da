package com.konaplate.sdk.internal.http;

import java.util.concurrent.ConcurrentHashMap;
import okhttp3.Call;

/**
 * The attempt each of a client's calls in flight is making, found from its OkHttp {@link Call}
 * by the SDK's interceptors ({@code chain.call()} is the same object in every one of them).
 *
 * <p>Why not a request tag: OkHttp copies a request's tags into new maps each time an
 * interceptor rebuilds the request, which the SDK's signing and OkHttp's own bridge both do;
 * with a tag that was about 1.7 KB of every call and 1.5 – 1.8% of a history page's CPU samples
 * (benchmarks/), where an entry here costs one insertion and one removal. Thread-safe.
 */
public final class InFlightAttempts {
  private final ConcurrentHashMap<Call, AttemptTag> byCall = new ConcurrentHashMap<>();

  /** Records that {@code call} is making the attempt {@code tag}, before it is executed. */
  public void start(Call call, AttemptTag tag) {
    byCall.put(call, tag);
  }

  /** Forgets {@code call}: its interceptors have all run. */
  public void end(Call call) {
    byCall.remove(call);
  }

  /** The attempt {@code call} is making, or null for a call the SDK did not start. */
  public AttemptTag of(Call call) {
    return byCall.get(call);
  }
}
