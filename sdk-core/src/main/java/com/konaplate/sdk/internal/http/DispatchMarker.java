package com.konaplate.sdk.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor: OkHttp runs it only after a connection is established, right before
 * the request is written. Marking the attempt here separates failures that certainly did not
 * reach the server (safe to retry) from those that may have (outcome unknown).
 */
final class DispatchMarker implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    AttemptTag tag = chain.request().tag(AttemptTag.class);
    if (tag != null) {
      tag.markDispatched();
    }
    return chain.proceed(chain.request());
  }
}
