package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.internal.SdkVersion;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The clients under comparison, configured alike. The raw OkHttp client is built the way the SDK
 * builds its own (a {@link Dispatcher} of 64/64, no silent retry, no redirects, timeouts 10 s /
 * 30 s / 30 s, a pool keeping up to 64 idle connections for 5 minutes), so the difference
 * between the two is the SDK's work, not a configuration.
 */
public final class Clients {
  private static final MediaType JSON = MediaType.get("application/json");

  private Clients() {
  }

  /** An OkHttp client configured as the SDK configures the one it creates. */
  public static OkHttpClient rawOkHttp() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
        .connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30))
        .writeTimeout(Duration.ofSeconds(30))
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .build();
  }

  /**
   * The plaintext terminate request as the SDK sends it: same URL, body and headers, signed once
   * when built (the floor does no per-call work).
   */
  public static Request rawTerminate(String serverUrl) {
    return signedRequest(serverUrl + Fixtures.PLAIN_BASE + Fixtures.TERMINATE_PATH,
        Fixtures.REQUEST_JSON, null);
  }

  /**
   * A request of an encrypted call's size: a real {@code {"encData":"<JWE>"}} body encrypted once,
   * to the encrypted base path (so the server answers the encrypted envelope). The transport floor
   * of an encrypted call.
   */
  public static Request rawEncryptedSizes(String serverUrl, BenchKeys keys) {
    String jwe = JweCodec.builder().encryptTo(keys.serverPublic).build()
        .encrypt(Fixtures.REQUEST_JSON);
    byte[] body = ("{\"encData\":\"" + jwe + "\"}").getBytes(StandardCharsets.US_ASCII);
    return signedRequest(serverUrl + Fixtures.ENCRYPTED_BASE + Fixtures.TERMINATE_PATH, body,
        Fixtures.CRYPTO_KEY_ID);
  }

  /**
   * Search for Card as the SDK sends it (plaintext request without a crypto key id; the answer
   * comes encrypted), signed once when built.
   */
  public static Request rawSearch(String serverUrl) {
    return signedRequest(serverUrl + Fixtures.PLAIN_BASE + Fixtures.SEARCH_PATH,
        Fixtures.SEARCH_REQUEST_JSON, null);
  }

  /**
   * The charge as the SDK sends it ({@link Fixtures#CHARGE_REQUEST_JSON}: the SDK's body with a
   * sequenceId of the same form and length), signed once when built. The floor sends it again
   * and again; the SDK makes a new sequenceId, body and signature for every charge.
   */
  public static Request rawCharge(String serverUrl) {
    return signedRequest(serverUrl + Fixtures.PLAIN_BASE + Fixtures.CHARGE_PATH,
        Fixtures.CHARGE_REQUEST_JSON, null);
  }

  /**
   * The requests of the history walk as the SDK sends them, page 0 to
   * {@value Fixtures#HISTORY_PAGES} − 1, each signed once when built.
   */
  public static Request[] rawHistoryPages(String serverUrl) {
    Request[] pages = new Request[Fixtures.HISTORY_PAGES];
    for (int p = 0; p < pages.length; p++) {
      pages[p] = signedRequest(serverUrl + Fixtures.PLAIN_BASE + Fixtures.HISTORY_PATH,
          Fixtures.historyRequestJson(p), null);
    }
    return pages;
  }

  private static Request signedRequest(String url, byte[] body, String cryptoKeyId) {
    ZoneId kst = ZoneId.of("Asia/Seoul");
    KonaplateTimes time = KonaplateTimes.of(Instant.now(), kst);
    Request.Builder b = new Request.Builder()
        .url(url)
        .header("X-KM-User-AspId", Fixtures.ASP_ID)
        .header("X-KM-Correlation-Id", new CorrelationIds(new SecureRandom()).next(time))
        .header("X-KM-Access-Key", Fixtures.ACCESS_KEY)
        .header("X-KM-Tran-Token", new RequestSigner(Fixtures.SECRET_KEY).token(body, time))
        .header("X-KM-Tran-Time", time.tranTime())
        .header("X-KM-Time-Zone", "KST")
        .header("Accept", "application/json")
        .header("User-Agent", "konaplate-sdk-java/" + SdkVersion.VERSION)
        .post(RequestBody.create(body, JSON));
    if (cryptoKeyId != null) {
      b.header("X-KM-Crypto-Key-Id", cryptoKeyId);
    }
    return b.build();
  }

  /** The floor's whole call: send, check the status, read the body to its end. */
  public static byte[] call(OkHttpClient client, Request request) throws IOException {
    try (Response response = client.newCall(request).execute()) {
      if (response.code() != 200) {
        throw new IOException("HTTP " + response.code());
      }
      ResponseBody body = response.body();
      return body.bytes();
    }
  }

  /** The SDK's client for plaintext calls, with its defaults (retry policy, timeouts, pool). */
  public static KonaplateClient sdkPlaintext(String serverUrl) {
    return sdk(serverUrl + Fixtures.PLAIN_BASE).build();
  }

  /**
   * The SDK's client for plaintext calls sending with {@code http} (the SDK derives its own
   * client from it, keeping its pool, dispatcher and socket factory).
   */
  public static KonaplateClient sdkPlaintext(String serverUrl, OkHttpClient http) {
    return sdk(serverUrl + Fixtures.PLAIN_BASE).httpClient(http).build();
  }

  /**
   * The SDK's client encrypting every request (terminate is not encrypted by the spec) to the
   * server's key and decrypting responses with the client's key.
   */
  public static KonaplateClient sdkEncrypted(String serverUrl, BenchKeys keys) {
    return encrypted(sdk(serverUrl + Fixtures.ENCRYPTED_BASE), keys);
  }

  /** The encrypting SDK client sending with {@code http} (its pool and socket factory kept). */
  public static KonaplateClient sdkEncrypted(String serverUrl, BenchKeys keys, OkHttpClient http) {
    return encrypted(sdk(serverUrl + Fixtures.ENCRYPTED_BASE).httpClient(http), keys);
  }

  private static KonaplateClient encrypted(KonaplateClient.Builder builder, BenchKeys keys) {
    return builder.encryption(jweEncryption(keys)).build();
  }

  /**
   * The encryption of the encrypted SDK client: every request (terminate is not encrypted by the
   * spec) to the server's key, responses decrypted with the client's key.
   */
  public static JweEncryption jweEncryption(BenchKeys keys) {
    return JweEncryption.builder()
        .cryptoKeyId(Fixtures.CRYPTO_KEY_ID)
        .serverPublicKey(keys.serverPublic)
        .clientPrivateKey(keys.clientPrivate)
        .policy(EncryptionPolicy.ALL_REQUESTS)
        .build();
  }

  /**
   * The SDK's client for Search for Card: plaintext base path, encryption as the spec says
   * ({@link EncryptionPolicy#FOLLOW_SPEC}, the default: the request goes in plaintext, the
   * answer must come encrypted).
   */
  public static KonaplateClient sdkSearch(String serverUrl, BenchKeys keys) {
    return sdk(serverUrl + Fixtures.PLAIN_BASE).encryption(followSpec(keys)).build();
  }

  /** The Search for Card client sending with {@code http} (its pool and socket factory kept). */
  public static KonaplateClient sdkSearch(String serverUrl, BenchKeys keys, OkHttpClient http) {
    return sdk(serverUrl + Fixtures.PLAIN_BASE).httpClient(http).encryption(followSpec(keys))
        .build();
  }

  /** The encryption a partner configures: the spec decides what is encrypted. */
  public static JweEncryption followSpec(BenchKeys keys) {
    return JweEncryption.builder()
        .cryptoKeyId(Fixtures.CRYPTO_KEY_ID)
        .serverPublicKey(keys.serverPublic)
        .clientPrivateKey(keys.clientPrivate)
        .build();
  }

  /** The SDK's builder with the fixture's credentials and its defaults otherwise. */
  private static KonaplateClient.Builder sdk(String baseUrl) {
    return KonaplateClient.builder()
        .baseUrl(baseUrl)
        .aspId(Fixtures.ASP_ID)
        .accessKey(Fixtures.ACCESS_KEY)
        .secretKey(Fixtures.SECRET_KEY);
  }
}
