package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.crypto.RsaKeys;
import java.nio.file.Paths;
import java.time.Duration;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * 8. One process, one call: the time from {@code main} to the first response, in a JVM that has
 * done nothing else. Run by {@link FirstCallHarness} in fresh JVMs; prints
 * {@code first-call-micros=<n>}. Each mode lives in its own class so that a JVM measuring raw
 * OkHttp never loads an SDK class, and the other way round.
 *
 * <p>Usage: {@code FirstCallProbe raw|sdk|sdk-encrypted <server url> [<key dir>]}
 */
public final class FirstCallProbe {
  private FirstCallProbe() {
  }

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    String mode = args[0];
    String url = args[1];
    if ("raw".equals(mode)) {
      RawFirstCall.run(url);
    } else if ("sdk".equals(mode)) {
      SdkFirstCall.run(url);
    } else if ("sdk-encrypted".equals(mode)) {
      SdkEncryptedFirstCall.run(url, args[2]);
    } else {
      throw new IllegalArgumentException("mode: raw, sdk or sdk-encrypted");
    }
    long micros = (System.nanoTime() - start) / 1000;
    System.out.println("first-call-micros=" + micros);
    System.out.flush();
    // OkHttp's pool threads are daemons, but do not wait for anything else either.
    System.exit(0);
  }

  /** A raw OkHttp client configured like the SDK's, and the same request with fixed headers. */
  static final class RawFirstCall {
    static void run(String url) throws Exception {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(64);
      dispatcher.setMaxRequestsPerHost(64);
      OkHttpClient client = new OkHttpClient.Builder()
          .dispatcher(dispatcher)
          .connectTimeout(Duration.ofSeconds(10))
          .readTimeout(Duration.ofSeconds(30))
          .writeTimeout(Duration.ofSeconds(30))
          .retryOnConnectionFailure(false)
          .followRedirects(false)
          .followSslRedirects(false)
          .build();
      Request request = new Request.Builder()
          .url(url + Fixtures.PLAIN_BASE + Fixtures.TERMINATE_PATH)
          .header("X-KM-User-AspId", Fixtures.ASP_ID)
          .header("X-KM-Correlation-Id", "261125100203-1a2b3c4")
          .header("X-KM-Access-Key", Fixtures.ACCESS_KEY)
          .header("X-KM-Tran-Token",
              "KMV1:20261125100203123:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
          .header("X-KM-Tran-Time", "20261125100203")
          .header("X-KM-Time-Zone", "KST")
          .header("Accept", "application/json")
          .header("User-Agent", "konaplate-sdk-java/probe")
          .post(RequestBody.create(Fixtures.REQUEST_JSON, MediaType.get("application/json")))
          .build();
      try (Response response = client.newCall(request).execute()) {
        if (response.code() != 200 || response.body().bytes().length == 0) {
          throw new IllegalStateException("unexpected answer " + response.code());
        }
      }
    }
  }

  /** The SDK as a partner starts it: build a client, terminate a card. */
  static final class SdkFirstCall {
    static void run(String url) {
      try (KonaplateClient client = KonaplateClient.builder()
          .baseUrl(url + Fixtures.PLAIN_BASE)
          .aspId(Fixtures.ASP_ID)
          .accessKey(Fixtures.ACCESS_KEY)
          .secretKey(Fixtures.SECRET_KEY)
          .build()) {
        TerminateCardResult result = client.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
        if (!"000_000".equals(result.code())) {
          throw new IllegalStateException("unexpected answer " + result.code());
        }
      }
    }
  }

  /** The SDK with encryption: read both keys from PEM files, build, terminate. */
  static final class SdkEncryptedFirstCall {
    static void run(String url, String keyDir) {
      try (KonaplateClient client = KonaplateClient.builder()
          .baseUrl(url + Fixtures.ENCRYPTED_BASE)
          .aspId(Fixtures.ASP_ID)
          .accessKey(Fixtures.ACCESS_KEY)
          .secretKey(Fixtures.SECRET_KEY)
          .encryption(JweEncryption.builder()
              .cryptoKeyId(Fixtures.CRYPTO_KEY_ID)
              .serverPublicKey(RsaKeys.publicKeyFromFile(
                  Paths.get(keyDir, BenchKeys.SERVER_PUBLIC)))
              .clientPrivateKey(RsaKeys.privateKeyFromFile(
                  Paths.get(keyDir, BenchKeys.CLIENT_PRIVATE)))
              .policy(EncryptionPolicy.ALL_REQUESTS)
              .build())
          .build()) {
        TerminateCardResult result = client.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
        if (!"000_000".equals(result.code())) {
          throw new IllegalStateException("unexpected answer " + result.code());
        }
      }
    }
  }
}
