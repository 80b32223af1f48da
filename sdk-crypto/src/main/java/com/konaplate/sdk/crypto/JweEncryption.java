package com.konaplate.sdk.crypto;

import com.konaplate.sdk.crypto.internal.JweEngine;
import com.konaplate.sdk.crypto.internal.RsaKeyRules;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;

/**
 * KONA PLATE message encryption as JWE compact serialization: requests are encrypted to the
 * server's public key, responses are decrypted with the client's private key. Pass it to the
 * client builder's {@code encryption(..)}.
 *
 * <pre>{@code
 * PayloadEncryptor encryption = JweEncryption.builder()
 *     .cryptoKeyId("0123456789abcdef0123456789abcdef")
 *     .serverPublicKey(RsaKeys.publicKeyFromFile(Paths.get("server-cert.pem")))
 *     .clientPrivateKey(RsaKeys.privateKeyFromFile(Paths.get("client-key.pem")))
 *     .build();
 * }</pre>
 *
 * <p>{@link #encrypt} writes the protected header {@code {"alg":"RSA-OAEP-256","enc":"A128GCM"}}
 * by default. {@link #decrypt} accepts only {@code RSA-OAEP-256} or {@code RSA-OAEP} with
 * {@code A128GCM} or {@code A256GCM} and refuses anything else, including {@code zip} and
 * {@code crit} headers. Every failure is a
 * {@link com.konaplate.sdk.exception.KonaplateCryptoException} whose message names the rule and
 * never holds key material or plaintext. Immutable and thread-safe.
 */
public final class JweEncryption implements PayloadEncryptor {
  /** Where the client private key comes from, as named in errors. */
  static final String CLIENT_PRIVATE_KEY_SETTING = "clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY)";
  static final String SERVER_PUBLIC_KEY_SETTING = "serverPublicKey (KONAPLATE_SERVER_PUBLIC_KEY)";
  private static final int KEY_ID_LENGTH = 32;

  private final String cryptoKeyId;
  private final EncryptionPolicy policy;
  private final JweEngine engine;
  private final int serverKeyBits;
  private final int clientKeyBits;

  private JweEncryption(Builder b) {
    this.cryptoKeyId = b.cryptoKeyId;
    this.policy = b.policy;
    this.engine = new JweEngine(b.serverPublicKey, b.clientPrivateKey, b.keyManagement,
        b.contentEncryption, b.random == null ? new SecureRandom() : b.random,
        SERVER_PUBLIC_KEY_SETTING, CLIENT_PRIVATE_KEY_SETTING);
    this.serverKeyBits = b.serverPublicKey.getModulus().bitLength();
    this.clientKeyBits = b.clientPrivateKey == null ? 0
        : ((RSAKey) b.clientPrivateKey).getModulus().bitLength();
  }

  /** Returns a builder; the crypto key id and the server public key are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The crypto key id sent as {@code X-KM-Crypto-Key-Id}. */
  @Override
  public String cryptoKeyId() {
    return cryptoKeyId;
  }

  /** True when the policy is {@link EncryptionPolicy#ALL_REQUESTS}. */
  @Override
  public boolean encryptAllRequests() {
    return policy == EncryptionPolicy.ALL_REQUESTS;
  }

  /** Which requests are encrypted. */
  public EncryptionPolicy policy() {
    return policy;
  }

  /** True when a client private key is configured, so encrypted responses can be read. */
  public boolean canDecrypt() {
    return engine.canDecrypt();
  }

  /**
   * Encrypts the plain request JSON to the server's public key.
   *
   * @return the JWE compact serialization
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when encryption fails
   */
  @Override
  public String encrypt(byte[] plaintextJson) {
    return engine.encrypt(plaintextJson);
  }

  /**
   * Decrypts a response's {@code encData} with the client private key.
   *
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when no client private key is
   *     configured (the message names {@code clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY)}),
   *     or the JWE is refused, altered or encrypted to another key
   */
  @Override
  public byte[] decrypt(String jweCompact) {
    return engine.decrypt(jweCompact);
  }

  /** Names the key id, algorithms, policy and key sizes; never the keys. */
  @Override
  public String toString() {
    return "JweEncryption{cryptoKeyId=" + cryptoKeyId
        + ", alg=" + engine.keyManagement().jwaName()
        + ", enc=" + engine.contentEncryption().jwaName()
        + ", policy=" + policy
        + ", serverPublicKey=RSA-" + serverKeyBits
        + ", clientPrivateKey=" + (clientKeyBits == 0 ? "none" : "RSA-" + clientKeyBits) + "}";
  }

  /** Configures a {@link JweEncryption}. Not thread-safe; {@link #build()} may be called again. */
  public static final class Builder {
    private String cryptoKeyId;
    private RSAPublicKey serverPublicKey;
    private PrivateKey clientPrivateKey;
    private KeyManagement keyManagement = KeyManagement.RSA_OAEP_256;
    private ContentEncryption contentEncryption = ContentEncryption.A128GCM;
    private EncryptionPolicy policy = EncryptionPolicy.FOLLOW_SPEC;
    private SecureRandom random;

    private Builder() {
    }

    /**
     * The crypto key id issued with the keys: 32 printable ASCII characters.
     *
     * @throws IllegalArgumentException when it is not
     */
    public Builder cryptoKeyId(String cryptoKeyId) {
      JweCodec.requireNonNull(cryptoKeyId, "cryptoKeyId");
      if (cryptoKeyId.length() != KEY_ID_LENGTH) {
        throw new IllegalArgumentException("cryptoKeyId must be " + KEY_ID_LENGTH
            + " characters, got " + cryptoKeyId.length());
      }
      for (int i = 0; i < cryptoKeyId.length(); i++) {
        char c = cryptoKeyId.charAt(i);
        if (c <= ' ' || c > '~') {
          // It travels as an HTTP header value.
          throw new IllegalArgumentException(
              "cryptoKeyId must be printable ASCII without spaces");
        }
      }
      this.cryptoKeyId = cryptoKeyId;
      return this;
    }

    /**
     * The server's RSA public key (2048 bits or more), from its certificate: requests are
     * encrypted to it. See {@link RsaKeys} to read one.
     *
     * @throws com.konaplate.sdk.exception.KonaplateCryptoException when it is not RSA or
     *     shorter than 2048 bits
     */
    public Builder serverPublicKey(PublicKey serverPublicKey) {
      this.serverPublicKey = RsaKeyRules.requirePublic(serverPublicKey, "serverPublicKey");
      return this;
    }

    /**
     * The client's RSA private key (2048 bits or more), which decrypts encrypted responses.
     * Optional: without it, an encrypted response is a typed error naming this setting.
     *
     * @throws com.konaplate.sdk.exception.KonaplateCryptoException when it is not RSA or
     *     shorter than 2048 bits
     */
    public Builder clientPrivateKey(PrivateKey clientPrivateKey) {
      this.clientPrivateKey = RsaKeyRules.requirePrivate(clientPrivateKey, "clientPrivateKey");
      return this;
    }

    /** The key management algorithm of requests; default {@link KeyManagement#RSA_OAEP_256}. */
    public Builder keyManagement(KeyManagement keyManagement) {
      this.keyManagement = JweCodec.requireNonNull(keyManagement, "keyManagement");
      return this;
    }

    /** The content encryption of requests; default {@link ContentEncryption#A128GCM}. */
    public Builder contentEncryption(ContentEncryption contentEncryption) {
      this.contentEncryption = JweCodec.requireNonNull(contentEncryption, "contentEncryption");
      return this;
    }

    /** Which requests to encrypt; default {@link EncryptionPolicy#FOLLOW_SPEC}. */
    public Builder policy(EncryptionPolicy policy) {
      this.policy = JweCodec.requireNonNull(policy, "policy");
      return this;
    }

    /** The source of content keys, IVs and OAEP padding; default a new {@link SecureRandom}. */
    public Builder secureRandom(SecureRandom random) {
      this.random = JweCodec.requireNonNull(random, "secureRandom");
      return this;
    }

    /**
     * Returns the encryptor.
     *
     * @throws IllegalStateException naming the missing setting
     */
    public JweEncryption build() {
      if (cryptoKeyId == null) {
        throw new IllegalStateException("cryptoKeyId is required");
      }
      if (serverPublicKey == null) {
        throw new IllegalStateException("serverPublicKey is required");
      }
      return new JweEncryption(this);
    }
  }
}
