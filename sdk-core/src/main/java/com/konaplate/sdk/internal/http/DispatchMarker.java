package com.konaplate.sdk.internal.http;

import java.io.IOException;
import java.net.Socket;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * A network interceptor: OkHttp runs it only after a connection is established, right before
 * the request is written. Marking the attempt here separates failures that certainly did not
 * reach the server (safe to retry) from those that may have (outcome unknown).
 *
 * <p>It also keeps each attempt to exactly one request on the wire: a second exchange within
 * one attempt (an interceptor that resends) is refused before it is written. And it turns the
 * unchecked exceptions OkHttp throws on some hostile answers (two informational responses before
 * the final one end in an {@code IllegalStateException}) into a {@link MalformedResponseException},
 * so they end typed like every other failure after sending, sync and async alike, instead of
 * escaping raw (or, async, on OkHttp's own thread).
 */
final class DispatchMarker implements Interceptor {
  private final InFlightAttempts attempts;

  DispatchMarker(InFlightAttempts attempts) {
    this.attempts = attempts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    AttemptTag tag = attempts.of(chain.call());
    if (tag == null) {
      return chain.proceed(chain.request());
    }
    Connection connection = chain.connection();
    // Only an HTTP/1 connection is retired after a bad answer: there one answer follows another
    // on the same bytes, so a stale or misframed answer desynchronises what follows. An HTTP/2
    // connection carries other calls' streams, each framed on its own; closing it would break them.
    Socket socket = connection == null || !isHttp1(connection.protocol()) ? null : connection.socket();
    if (!tag.markDispatched(socket, chain.request().headers())) {
      throw new MalformedResponseException(
          "Refused to send a second request within one attempt (an interceptor resent it)", null);
    }
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      tag.retireConnection();
      throw new MalformedResponseException("KONA PLATE's answer broke the HTTP protocol", e);
    }
  }

  private static boolean isHttp1(Protocol protocol) {
    return protocol == Protocol.HTTP_1_1 || protocol == Protocol.HTTP_1_0;
  }
}
