package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds the OkHttp client the SDK sends with, from the partner's client or a new one. */
public final class HttpClients {
  /** Concurrent calls to the one KONA PLATE host, and the idle connections kept for them. */
  private static final int MAX_CONCURRENT_CALLS = 64;
  /** How long an idle connection is kept: OkHttp's default. */
  private static final long KEEP_ALIVE_MINUTES = 5;

  private HttpClients() {
  }

  /**
   * Derives the SDK's client. A partner's client keeps its own interceptors, pool and
   * dispatcher; the SDK's signing interceptor runs after them, so it signs the final bytes.
   * OkHttp's silent retry on connection failure is turned off: the SDK decides what is safe to
   * retry. Redirects are not followed: KONA PLATE does not redirect, and following one would
   * resend a signed, destructive request elsewhere.
   */
  public static OkHttpClient create(OkHttpClient base, String aspId, String accessKey,
      String timeZoneName, ZoneId zone, Clock clock, RequestSigner signer,
      PayloadEncryptor encryptor, Duration connectTimeout, Duration readTimeout,
      Duration writeTimeout, InFlightAttempts attempts) {
    OkHttpClient.Builder b;
    if (base == null) {
      // All calls go to one host: OkHttp's default of 5 concurrent async calls per host would
      // queue a busy partner's async calls behind each other.
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
      dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
      // OkHttp's default pool keeps 5 idle connections: a partner calling from more threads than
      // that would close the surplus after every burst and open (and TLS-handshake) new ones for
      // the next. Keeping as many idle connections as calls may run removes that churn.
      ConnectionPool pool =
          new ConnectionPool(MAX_CONCURRENT_CALLS, KEEP_ALIVE_MINUTES, TimeUnit.MINUTES);
      b = new OkHttpClient.Builder().dispatcher(dispatcher).connectionPool(pool);
    } else {
      b = base.newBuilder();
    }
    if (connectTimeout != null) {
      b.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      b.readTimeout(readTimeout);
    }
    if (writeTimeout != null) {
      b.writeTimeout(writeTimeout);
    }
    return b.retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new SigningInterceptor(aspId, accessKey, timeZoneName, zone, clock, signer,
            encryptor, attempts))
        .addInterceptor(new AttemptTimeouts(attempts))
        .addNetworkInterceptor(new DispatchMarker(attempts))
        .build();
  }
}
