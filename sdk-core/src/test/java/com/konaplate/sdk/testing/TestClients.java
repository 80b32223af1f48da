package com.konaplate.sdk.testing;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import java.time.Instant;
import okhttp3.mockwebserver.MockWebServer;

/** Credentials and a client wired to a MockWebServer with a test clock, random and sleeper. */
public final class TestClients {
  public static final String ASP_ID = "ASP000000000001";
  public static final String ACCESS_KEY = "AK00000000000000000000000000000000000001";
  public static final String SECRET_KEY = "sandbox-secret-key";
  /** 2026-11-25 10:02:03.456 in KST. */
  public static final Instant T0 = Instant.parse("2026-11-25T01:02:03.456Z");
  public static final String SUCCESS_PAR = "Q10000000000000000000000101";
  public static final long SUCCESS_USER = 100000000001L;

  public final MutableClock clock = new MutableClock(T0);
  public final RecordingSleeper sleeper = new RecordingSleeper(clock);
  public final FixedSecureRandom random = new FixedSecureRandom((byte) 0x12, (byte) 0x34, (byte) 0x56, (byte) 0x78);

  public KonaplateClient.Builder builder(MockWebServer server) {
    return builder(server.url("/open-api").toString());
  }

  /** A builder with the test credentials, clock, random and sleeper, sending to {@code baseUrl}. */
  public KonaplateClient.Builder builder(String baseUrl) {
    return KonaplateClient.builder()
        .baseUrl(baseUrl)
        .aspId(ASP_ID)
        .accessKey(ACCESS_KEY)
        .secretKey(SECRET_KEY)
        .clock(clock)
        .random(random)
        .sleeper(sleeper);
  }

  public KonaplateClient client(MockWebServer server) {
    return builder(server).build();
  }

  public KonaplateClient client(MockWebServer server, RetryPolicy policy) {
    return builder(server).retryPolicy(policy).build();
  }
}
