package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** Builds the OkHttp client the SDK sends with, from the partner's client or a new one. */
public final class HttpClients {
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
      Duration writeTimeout) {
    OkHttpClient.Builder b;
    if (base == null) {
      // All calls go to one host: OkHttp's default of 5 concurrent async calls per host would
      // queue a busy partner's async calls behind each other.
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      b = new OkHttpClient.Builder().dispatcher(dispatcher);
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
            encryptor))
        .addInterceptor(new AttemptTimeouts())
        .addNetworkInterceptor(new DispatchMarker())
        .build();
  }
}
