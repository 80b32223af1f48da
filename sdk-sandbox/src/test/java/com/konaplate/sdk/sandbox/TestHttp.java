package com.konaplate.sdk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** A raw OkHttp client for the sandbox's tests, and a fully read response. */
public final class TestHttp {
  /**
   * OkHttp's silent resend on connection failure is off, as in the SDK: otherwise a dropped
   * connection could be retried under the test's feet and a fault would not be observed.
   */
  public static OkHttpClient client(Duration readTimeout) {
    return new OkHttpClient.Builder()
        .retryOnConnectionFailure(false)
        .readTimeout(readTimeout)
        .build();
  }

  public static final OkHttpClient CLIENT = client(Duration.ofSeconds(5));

  /** A response read to the end. */
  public record Answer(int status, String contentType, String correlationId, String retryAfter,
      String body) {
    public String code() {
      var m = java.util.regex.Pattern.compile("\"code\":\"([0-9_]+)\"").matcher(body);
      return m.find() ? m.group(1) : null;
    }
  }

  public static Answer call(OkHttpClient client, Request request) throws IOException {
    try (Response r = client.newCall(request).execute()) {
      return new Answer(r.code(), r.header("Content-Type"), r.header("X-KM-Correlation-Id"),
          r.header("Retry-After"), r.body().string());
    }
  }

  public static Answer call(Request request) {
    try {
      return call(CLIENT, request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TestHttp() {
  }
}
