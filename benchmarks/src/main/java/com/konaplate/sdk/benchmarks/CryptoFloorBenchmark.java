package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.crypto.JweEncryption;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * 4. The crypto floor: plain JCA doing exactly the cryptography one encrypted call needs, and
 * nothing else (no JOSE library, no Base64URL, no JSON): RSA-OAEP-256 encryption of a fresh
 * 128-bit content key to the server's key and AES-128-GCM of the request body; then
 * RSA-OAEP-256 decryption of the response's content key with the client's key and AES-GCM
 * decryption of the response. Cipher objects are made once per thread and re-initialised per
 * call, the cheapest legal use of the JCA.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CryptoFloorBenchmark {
  private static final OAEPParameterSpec OAEP_256 = new OAEPParameterSpec("SHA-256", "MGF1",
      MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
  /** The JWE protected header as it is authenticated (AAD): Base64URL of the header JSON. */
  private static final byte[] AAD = Base64.getUrlEncoder().withoutPadding()
      .encodeToString("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\"}"
          .getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

  /** Ciphers of one thread and a response encrypted once, as the server would send it. */
  @State(Scope.Thread)
  public static class Jca {
    BenchKeys keys;
    SecureRandom random;
    Cipher rsa;
    Cipher aes;
    byte[] responseEncryptedKey;
    byte[] responseIv;
    byte[] responseCiphertext;
    byte[] searchEncryptedKey;
    byte[] searchIv;
    byte[] searchCiphertext;

    @Setup(Level.Trial)
    public void prepare() throws GeneralSecurityException {
      keys = Endpoint.get().keys;
      random = new SecureRandom();
      rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      aes = Cipher.getInstance("AES/GCM/NoPadding");
      byte[] cek = new byte[16];
      random.nextBytes(cek);
      rsa.init(Cipher.ENCRYPT_MODE, keys.clientPublic, OAEP_256, random);
      responseEncryptedKey = rsa.doFinal(cek);
      responseIv = new byte[12];
      random.nextBytes(responseIv);
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"),
          new GCMParameterSpec(128, responseIv));
      aes.updateAAD(AAD);
      responseCiphertext = aes.doFinal(Fixtures.RESPONSE_JSON);

      // The Search for Card answer, encrypted the same way with a key of its own.
      random.nextBytes(cek);
      rsa.init(Cipher.ENCRYPT_MODE, keys.clientPublic, OAEP_256, random);
      searchEncryptedKey = rsa.doFinal(cek);
      searchIv = new byte[12];
      random.nextBytes(searchIv);
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"),
          new GCMParameterSpec(128, searchIv));
      aes.updateAAD(AAD);
      searchCiphertext = aes.doFinal(SearchFixture.RESPONSE_JSON);
    }

    /** A fresh content key and IV, the key wrapped to the server, the request body sealed. */
    void sealRequest(Blackhole bh) throws GeneralSecurityException {
      byte[] cek = new byte[16];
      random.nextBytes(cek);
      byte[] iv = new byte[12];
      random.nextBytes(iv);
      rsa.init(Cipher.ENCRYPT_MODE, keys.serverPublic, OAEP_256, random);
      bh.consume(rsa.doFinal(cek));
      aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, iv));
      aes.updateAAD(AAD);
      bh.consume(aes.doFinal(Fixtures.REQUEST_JSON));
    }

    /** The response's content key unwrapped with the client's key; returns the response. */
    byte[] openResponse() throws GeneralSecurityException {
      rsa.init(Cipher.DECRYPT_MODE, keys.clientPrivate, OAEP_256);
      byte[] responseKey = rsa.doFinal(responseEncryptedKey);
      aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(responseKey, "AES"),
          new GCMParameterSpec(128, responseIv));
      aes.updateAAD(AAD);
      return aes.doFinal(responseCiphertext);
    }

    /**
     * The JCA work of opening a Search for Card answer ({@value Fixtures#SEARCH_CARDS} cards):
     * its content key unwrapped with the client's key, its JSON decrypted; returns the JSON.
     */
    byte[] openSearchResponse() throws GeneralSecurityException {
      rsa.init(Cipher.DECRYPT_MODE, keys.clientPrivate, OAEP_256);
      byte[] responseKey = rsa.doFinal(searchEncryptedKey);
      aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(responseKey, "AES"),
          new GCMParameterSpec(128, searchIv));
      aes.updateAAD(AAD);
      return aes.doFinal(searchCiphertext);
    }
  }

  /** The SDK's JWE encryption, built as the encrypted client builds it, and a response for it. */
  @State(Scope.Benchmark)
  public static class Jwe {
    JweEncryption encryption;
    String response;
    String searchResponse;

    @Setup(Level.Trial)
    public void prepare() {
      BenchKeys keys = Endpoint.get().keys;
      encryption = Clients.jweEncryption(keys);
      JweCodec server = JweCodec.forServer(keys.serverPrivate, keys.clientPublic);
      response = server.encrypt(Fixtures.RESPONSE_JSON);
      searchResponse = server.encrypt(SearchFixture.RESPONSE_JSON);
    }
  }

  /**
   * The same cryptography through the SDK's {@code JweEncryption} (Nimbus JOSE underneath):
   * encrypt the request body, decrypt a response. Against {@link #cryptoFloor} this is the JOSE
   * layer's own cost; against the encrypted call, the rest of the call's.
   */
  @Benchmark
  public void sdkJwe(Jwe j, Blackhole bh) {
    bh.consume(j.encryption.encrypt(Fixtures.REQUEST_JSON));
    bh.consume(j.encryption.decrypt(j.response));
  }

  /**
   * The JCA work of opening a Search for Card answer of {@value Fixtures#SEARCH_CARDS} cards
   * (RSA-OAEP-256 unwrap, AES-GCM of the JSON): the crypto part of the search floor.
   */
  @Benchmark
  public byte[] cryptoFloorSearchResponse(Jca j) throws GeneralSecurityException {
    return j.openSearchResponse();
  }

  /**
   * The same answer opened by the SDK's {@code JweEncryption} (Nimbus JOSE underneath: parse the
   * compact JWE, Base64URL-decode its parts, check the header, decrypt). Against
   * {@link #cryptoFloorSearchResponse} this is the JOSE layer's cost for a body of that size.
   */
  @Benchmark
  public byte[] sdkJweSearchResponse(Jwe j) {
    return j.encryption.decrypt(j.searchResponse);
  }

  /** 4. The crypto floor: the request sealed and the response opened with plain JCA. */
  @Benchmark
  public void cryptoFloor(Jca j, Blackhole bh) throws GeneralSecurityException {
    j.sealRequest(bh);
    bh.consume(j.openResponse());
  }
}
