package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.KonaplateClient;
import com.google.gson.Gson;
import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.crypto.RsaKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
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
 * <p>{@code raw-search} and {@code sdk-search} make the first call with the whole surface: an
 * encrypted Search for Card answer of {@value Fixtures#SEARCH_CARDS} cards read into typed
 * cards. The SDK loads its generated descriptor, group, models and readers and its JOSE layer on
 * the way; raw OkHttp does the same work by hand (PEM key, JWE parts, JCA, Gson into plain
 * classes).
 *
 * <p>Usage: {@code FirstCallProbe raw|sdk|sdk-encrypted|raw-search|sdk-search <server url>
 * [<key dir>]}
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
    } else if ("raw-search".equals(mode)) {
      RawSearchFirstCall.run(url, args[2]);
    } else if ("sdk-search".equals(mode)) {
      SdkSearchFirstCall.run(url, args[2]);
    } else {
      throw new IllegalArgumentException(
          "mode: raw, sdk, sdk-encrypted, raw-search or sdk-search");
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

  /**
   * Search for Card by hand: raw OkHttp, the client's private key read from its PEM file with
   * the JCA, the answer's JWE split and Base64URL-decoded, RSA-OAEP-256 and AES-GCM with the
   * JCA, Gson into {@link HandWrittenSearchResult}.
   */
  static final class RawSearchFirstCall {
    private static final class EncryptedBody {
      String encData;
    }

    static void run(String url, String keyDir) throws Exception {
      String pem = new String(Files.readAllBytes(Paths.get(keyDir, BenchKeys.CLIENT_PRIVATE)),
          StandardCharsets.US_ASCII);
      byte[] der = Base64.getMimeDecoder().decode(pem
          .replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
      PrivateKey clientPrivate = KeyFactory.getInstance("RSA")
          .generatePrivate(new PKCS8EncodedKeySpec(der));
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
          .url(url + Fixtures.PLAIN_BASE + Fixtures.SEARCH_PATH)
          .header("X-KM-User-AspId", Fixtures.ASP_ID)
          .header("X-KM-Correlation-Id", "261125100203-1a2b3c4")
          .header("X-KM-Access-Key", Fixtures.ACCESS_KEY)
          .header("X-KM-Tran-Token",
              "KMV1:20261125100203123:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
          .header("X-KM-Tran-Time", "20261125100203")
          .header("X-KM-Time-Zone", "KST")
          .header("Accept", "application/json")
          .header("User-Agent", "konaplate-sdk-java/probe")
          .post(RequestBody.create(Fixtures.SEARCH_REQUEST_JSON,
              MediaType.get("application/json")))
          .build();
      String body;
      try (Response response = client.newCall(request).execute()) {
        if (response.code() != 200) {
          throw new IllegalStateException("unexpected answer " + response.code());
        }
        body = response.body().string();
      }
      Gson gson = new Gson();
      String[] jwe = gson.fromJson(body, EncryptedBody.class).encData.split("\\.");
      Base64.Decoder b64 = Base64.getUrlDecoder();
      Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsa.init(Cipher.DECRYPT_MODE, clientPrivate, new OAEPParameterSpec("SHA-256", "MGF1",
          MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
      byte[] key = rsa.doFinal(b64.decode(jwe[1]));
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
          new GCMParameterSpec(128, b64.decode(jwe[2])));
      aes.updateAAD(jwe[0].getBytes(StandardCharsets.US_ASCII));
      byte[] ciphertext = b64.decode(jwe[3]);
      byte[] tag = b64.decode(jwe[4]);
      byte[] sealed = Arrays.copyOf(ciphertext, ciphertext.length + tag.length);
      System.arraycopy(tag, 0, sealed, ciphertext.length, tag.length);
      HandWrittenSearchResult result = gson.fromJson(
          new String(aes.doFinal(sealed), StandardCharsets.UTF_8), HandWrittenSearchResult.class);
      long total = 0;
      for (HandWrittenSearchResult.CardItem card : result.cardDataInfo) {
        total += card.balance;
      }
      if (!"000_000".equals(result.response.code)
          || result.cardDataInfo.size() != Fixtures.SEARCH_CARDS
          || total != Fixtures.searchBalanceTotal()) {
        throw new IllegalStateException("unexpected answer");
      }
    }
  }

  /** The SDK as a partner searches: keys from PEM files, encryption as the spec says. */
  static final class SdkSearchFirstCall {
    static void run(String url, String keyDir) {
      try (KonaplateClient client = KonaplateClient.builder()
          .baseUrl(url + Fixtures.PLAIN_BASE)
          .aspId(Fixtures.ASP_ID)
          .accessKey(Fixtures.ACCESS_KEY)
          .secretKey(Fixtures.SECRET_KEY)
          .encryption(JweEncryption.builder()
              .cryptoKeyId(Fixtures.CRYPTO_KEY_ID)
              .serverPublicKey(RsaKeys.publicKeyFromFile(
                  Paths.get(keyDir, BenchKeys.SERVER_PUBLIC)))
              .clientPrivateKey(RsaKeys.privateKeyFromFile(
                  Paths.get(keyDir, BenchKeys.CLIENT_PRIVATE)))
              .build())
          .build()) {
        SearchCardsResult result = client.cards().search(Fixtures.USER_ID);
        long total = 0;
        for (Card card : result.cards()) {
          total += card.balance();
        }
        if (result.cards().size() != Fixtures.SEARCH_CARDS
            || total != Fixtures.searchBalanceTotal()) {
          throw new IllegalStateException("unexpected answer");
        }
      }
    }
  }
}
