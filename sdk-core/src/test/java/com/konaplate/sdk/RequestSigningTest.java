package com.konaplate.sdk;

import static com.konaplate.sdk.testing.TestClients.SUCCESS_PAR;
import static com.konaplate.sdk.testing.TestClients.SUCCESS_USER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Golden vectors: the exact headers and token at a fixed clock and random. */
class RequestSigningTest {
  // Computed independently: printf '%s' BODY | openssl dgst -sha256 -hmac sandbox-secret-key -binary | base64
  private static final String BODY = "{\"userId\":100000000001,\"par\":\"Q10000000000000000000000101\"}";
  private static final String BODY_HMAC = "8/zYsNDAFrMo4kCDvym/s/D15ZsfwItkv/cmkSGQ+qo=";

  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void terminate_sendsExactHeadersBodyAndToken_atFixedClockAndRandom() throws Exception {
    server.enqueue(success());
    try (KonaplateClient client = t.client(server)) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    RecordedRequest r = server.takeRequest();
    assertEquals("POST", r.getMethod());
    assertEquals("/open-api/api/v1/card/terminate", r.getPath());
    assertEquals(BODY, r.getBody().readUtf8());
    assertEquals("ASP000000000001", r.getHeader("X-KM-User-AspId"));
    assertEquals("261125100203-1234567", r.getHeader("X-KM-Correlation-Id"));
    assertEquals(TestClients.ACCESS_KEY, r.getHeader("X-KM-Access-Key"));
    assertEquals("20261125100203", r.getHeader("X-KM-Tran-Time"));
    assertEquals("KST", r.getHeader("X-KM-Time-Zone"));
    assertEquals("KMV1:20261125100203456:" + BODY_HMAC, r.getHeader("X-KM-Tran-Token"));
    assertEquals(67, r.getHeader("X-KM-Tran-Token").length());
    assertEquals("application/json", r.getHeader("Content-Type"));
    assertEquals("application/json", r.getHeader("Accept"));
    assertNull(r.getHeader("X-KM-Crypto-Key-Id"));
  }

  @Test
  void terminate_inUtc_usesUtcDigitsForTimesAndCorrelationId() throws Exception {
    server.enqueue(success());
    try (KonaplateClient client = t.builder(server).timeZone("UTC").build()) {
      client.cards().terminate(SUCCESS_USER, SUCCESS_PAR);
    }
    RecordedRequest r = server.takeRequest();
    assertEquals("UTC", r.getHeader("X-KM-Time-Zone"));
    assertEquals("20261125010203", r.getHeader("X-KM-Tran-Time"));
    assertEquals("261125010203-1234567", r.getHeader("X-KM-Correlation-Id"));
    assertEquals("KMV1:20261125010203456:" + BODY_HMAC, r.getHeader("X-KM-Tran-Token"));
  }

  @Test
  void token_isHmacOfTheBytesOnTheWire() throws Exception {
    server.enqueue(success());
    try (KonaplateClient client = t.client(server)) {
      client.cards().terminate(123L, "Q1ABCDEF0123456789ABCDEF012");
    }
    RecordedRequest r = server.takeRequest();
    byte[] wire = r.getBody().readByteArray();
    String token = r.getHeader("X-KM-Tran-Token");
    assertEquals(hmacBase64(wire), token.substring(token.lastIndexOf(':') + 1));
  }

  @Test
  void signer_matchesOpensslVectorForAnEncryptedEnvelope() {
    RequestSigner signer = new RequestSigner(TestClients.SECRET_KEY);
    KonaplateTimes time = KonaplateTimes.of(TestClients.T0, ZoneId.of("Asia/Seoul"));
    assertEquals("KMV1:20261125100203456:qfQe0E+64BY5gwprJU9wTFoufvZe/dDpsDMOBs+1zEE=",
        signer.token("{\"encData\":\"abc\"}".getBytes(StandardCharsets.UTF_8), time));
  }

  @Test
  void times_padEveryField() {
    KonaplateTimes time = KonaplateTimes.of(java.time.Instant.parse("2027-01-02T03:04:05.006Z"), ZoneId.of("UTC"));
    assertEquals("20270102030405006", time.tokenTime());
    assertEquals("20270102030405", time.tranTime());
    assertEquals("270102030405", time.correlationPrefix());
  }

  private static String hmacBase64(byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(TestClients.SECRET_KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(body));
  }

  static MockResponse success() {
    return new MockResponse().setResponseCode(200)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}");
  }
}
