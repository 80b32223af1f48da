package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.testing.MockServer;
import com.konaplate.sdk.testing.TestClients;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builder and environment: settings are checked, named, and secrets never echoed. */
class ClientConfigurationTest {
  @RegisterExtension
  final MockServer mock = new MockServer();
  private final MockWebServer server = mock.server();
  private final TestClients t = new TestClients();

  @Test
  void build_withoutAspId_namesTheSettingAndTheVariable() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KonaplateClient.builder().accessKey(TestClients.ACCESS_KEY).secretKey("s").build());
    assertTrue(e.getMessage().contains("aspId") && e.getMessage().contains("KONAPLATE_ASP_ID"), e.getMessage());
  }

  @Test
  void build_withoutSecretKey_namesIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> KonaplateClient.builder()
        .aspId(TestClients.ASP_ID).accessKey(TestClients.ACCESS_KEY).build());
    assertTrue(e.getMessage().contains("secretKey"), e.getMessage());
  }

  @Test
  void malformedAccessKey_isRefusedWithoutEchoingIt() {
    String almost = TestClients.ACCESS_KEY.substring(1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KonaplateClient.builder().accessKey(almost));
    assertTrue(e.getMessage().contains("accessKey") && e.getMessage().contains("40"), e.getMessage());
    assertFalse(e.getMessage().contains(almost));
  }

  @Test
  void aspIdWithSpaces_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> KonaplateClient.builder().aspId("ASP 00000000001"));
  }

  @Test
  void emptySecretKey_isRefused() {
    assertThrows(IllegalArgumentException.class, () -> KonaplateClient.builder().secretKey(""));
    assertThrows(NullPointerException.class, () -> KonaplateClient.builder().secretKey(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://sandbox.konaplate.com/open-api", "http://10.0.0.1/x", "ftp://x/y", "not a url"})
  void nonLoopbackPlainHttpAndGarbageUrls_areRefused(String url) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KonaplateClient.builder().baseUrl(url));
    assertTrue(e.getMessage().contains("baseUrl"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://sandbox.konaplate.com/open-api", "http://localhost:8080/open-api",
      "http://127.0.0.1:1/x", "http://[::1]:8080/open-api"})
  void httpsAndLoopbackHttp_areAccepted(String url) {
    KonaplateClient.builder().baseUrl(url);
  }

  @Test
  void unknownTimeZone_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KonaplateClient.builder().timeZone("XYZ"));
    assertTrue(e.getMessage().contains("KONAPLATE_TIME_ZONE"));
    assertThrows(IllegalArgumentException.class, () -> KonaplateClient.builder().timeZone("kst"));
  }

  @Test
  void defaultBaseUrl_isThePublicSandbox() {
    try (KonaplateClient c = KonaplateClient.builder().aspId(TestClients.ASP_ID)
        .accessKey(TestClients.ACCESS_KEY).secretKey("s").build()) {
      assertEquals("https://sandbox.konaplate.com/open-api", c.baseUrl());
    }
  }

  @Test
  void fromEnvironment_readsEveryVariable() throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("KONAPLATE_BASE_URL", server.url("/open-api").toString());
    env.put("KONAPLATE_ASP_ID", TestClients.ASP_ID);
    env.put("KONAPLATE_ACCESS_KEY", TestClients.ACCESS_KEY);
    env.put("KONAPLATE_SECRET_KEY", TestClients.SECRET_KEY);
    env.put("KONAPLATE_TIME_ZONE", "UTC");
    server.enqueue(RequestSigningTest.success());
    try (KonaplateClient c = KonaplateClient.builder().fromEnvironment(env::get).clock(t.clock).random(t.random).build()) {
      c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR);
    }
    var r = server.takeRequest();
    assertEquals("UTC", r.getHeader("X-KM-Time-Zone"));
    assertEquals(TestClients.ASP_ID, r.getHeader("X-KM-User-AspId"));
  }

  @Test
  void fromEnvironment_malformedVariable_isNamedButNotEchoed() {
    Map<String, String> env = Map.of("KONAPLATE_ACCESS_KEY", "short-secret-value");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> KonaplateClient.builder().fromEnvironment(env::get));
    assertTrue(e.getMessage().contains("KONAPLATE_ACCESS_KEY"));
    assertFalse(e.getMessage().contains("short-secret-value"));
  }

  @Test
  void fromEnvironment_cryptoVariablesWithoutCryptoModule_failClearly() {
    Map<String, String> env = Map.of("KONAPLATE_CRYPTO_KEY_ID", "0123456789abcdef0123456789abcdef");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> KonaplateClient.builder().fromEnvironment(env::get));
    assertTrue(e.getMessage().contains("konaplate-sdk-crypto"));
  }

  @Test
  void fromEnvironment_blankCryptoKeyId_meansNoEncryption() {
    Map<String, String> env = Map.of("KONAPLATE_CRYPTO_KEY_ID", "  ");
    KonaplateClient.builder().fromEnvironment(env::get);
  }

  @Test
  void partnersOkHttpClient_keepsItsInterceptors_andIsNotShutDownOnClose() {
    List<String> seen = new CopyOnWriteArrayList<>();
    OkHttpClient partner = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          seen.add(chain.request().url().encodedPath());
          return chain.proceed(chain.request().newBuilder().header("X-Partner", "yes").build());
        })
        .build();
    server.enqueue(RequestSigningTest.success());
    server.enqueue(RequestSigningTest.success());
    try (KonaplateClient c = t.builder(server).httpClient(partner).build()) {
      c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR);
    }
    assertEquals(List.of("/open-api/api/v1/card/terminate"), seen);
    assertFalse(partner.dispatcher().executorService().isShutdown());
  }

  @Test
  void partnerHeaders_reachTheWire_andSdkHeadersWin() throws Exception {
    OkHttpClient partner = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Partner", "yes").header("X-KM-Time-Zone", "UTC")
            .header("Accept", "text/html").build()))
        .build();
    server.enqueue(RequestSigningTest.success());
    try (KonaplateClient c = t.builder(server).httpClient(partner).build()) {
      c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR);
    }
    var r = server.takeRequest();
    assertEquals("yes", r.getHeader("X-Partner"));
    assertEquals(List.of("KST"), r.getHeaders().values("X-KM-Time-Zone"));
    assertEquals(List.of("application/json"), r.getHeaders().values("Accept"));
    assertEquals(1, r.getHeaders().values("X-KM-Tran-Token").size());
  }

  @Test
  void closedClient_refusesCalls() {
    KonaplateClient c = t.client(server);
    c.close();
    c.close();
    assertThrows(IllegalStateException.class, () -> c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void userAgent_namesTheSdk() throws Exception {
    server.enqueue(RequestSigningTest.success());
    try (KonaplateClient c = t.client(server)) {
      c.cards().terminate(TestClients.SUCCESS_USER, TestClients.SUCCESS_PAR);
    }
    assertTrue(server.takeRequest().getHeader("User-Agent").startsWith("konaplate-sdk-java/0."));
  }
}
