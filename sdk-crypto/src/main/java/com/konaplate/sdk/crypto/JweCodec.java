package com.konaplate.sdk.crypto;

import com.konaplate.sdk.crypto.internal.JweEngine;
import com.konaplate.sdk.crypto.internal.RsaKeyRules;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;

/**
 * The JWE codec of {@link JweEncryption} without the client's role attached: it encrypts to one
 * RSA public key and decrypts with one RSA private key. Meant for the local sandbox and for
 * tests, which play the server: they decrypt requests with the server's private key and encrypt
 * responses to the client's public key.
 *
 * <pre>{@code
 * JweCodec server = JweCodec.forServer(serverPrivateKey, clientPublicKey);
 * byte[] requestJson = server.decrypt(encData);
 * String responseEncData = server.encrypt(responseJson);
 * }</pre>
 *
 * <p>Decryption accepts and refuses exactly what {@link JweEncryption#decrypt} does. Immutable
 * and thread-safe.
 */
public final class JweCodec {
  private final JweEngine engine;

  private JweCodec(Builder b) {
    this.engine = new JweEngine(b.encryptTo, b.decryptWith, b.keyManagement,
        b.contentEncryption, b.random == null ? new SecureRandom() : b.random, "encryptTo",
        "decryptWith");
  }

  /** Returns a builder; at least one key must be set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the codec of the server role, with the default algorithms: it decrypts what clients
   * encrypt to the server's key and encrypts responses to the client's key.
   */
  public static JweCodec forServer(PrivateKey serverPrivateKey, PublicKey clientPublicKey) {
    return builder().decryptWith(serverPrivateKey).encryptTo(clientPublicKey).build();
  }

  /**
   * Encrypts to the configured public key.
   *
   * @return the JWE compact serialization, protected header {@code {"alg":..,"enc":..}}
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when no public key is
   *     configured or encryption fails
   */
  public String encrypt(byte[] plaintext) {
    return engine.encrypt(plaintext);
  }

  /**
   * Decrypts a JWE compact serialization with the configured private key.
   *
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when no private key is
   *     configured, or the JWE is refused, altered or encrypted to another key
   */
  public byte[] decrypt(String jweCompact) {
    return engine.decrypt(jweCompact);
  }

  /** Names the algorithms and which keys are present; never the keys. */
  @Override
  public String toString() {
    return "JweCodec{" + engine.keyManagement().jwaName() + ", "
        + engine.contentEncryption().jwaName() + ", encrypt=" + engine.canEncrypt()
        + ", decrypt=" + engine.canDecrypt() + "}";
  }

  /** Configures a {@link JweCodec}. Not thread-safe; {@link #build()} may be called repeatedly. */
  public static final class Builder {
    private RSAPublicKey encryptTo;
    private PrivateKey decryptWith;
    private KeyManagement keyManagement = KeyManagement.RSA_OAEP_256;
    private ContentEncryption contentEncryption = ContentEncryption.A128GCM;
    private SecureRandom random;

    private Builder() {
    }

    /** The recipient's RSA public key (2048 bits or more) that {@link #encrypt} encrypts to. */
    public Builder encryptTo(PublicKey recipientPublicKey) {
      this.encryptTo = RsaKeyRules.requirePublic(recipientPublicKey, "encryptTo");
      return this;
    }

    /** The RSA private key (2048 bits or more) that {@link #decrypt} decrypts with. */
    public Builder decryptWith(PrivateKey privateKey) {
      this.decryptWith = RsaKeyRules.requirePrivate(privateKey, "decryptWith");
      return this;
    }

    /** The key management algorithm used to encrypt; default {@code RSA-OAEP-256}. */
    public Builder keyManagement(KeyManagement keyManagement) {
      this.keyManagement = requireNonNull(keyManagement, "keyManagement");
      return this;
    }

    /** The content encryption algorithm used to encrypt; default {@code A128GCM}. */
    public Builder contentEncryption(ContentEncryption contentEncryption) {
      this.contentEncryption = requireNonNull(contentEncryption, "contentEncryption");
      return this;
    }

    /** The source of content keys, IVs and OAEP padding; default a new {@link SecureRandom}. */
    public Builder secureRandom(SecureRandom random) {
      this.random = requireNonNull(random, "secureRandom");
      return this;
    }

    /**
     * Returns the codec.
     *
     * @throws IllegalStateException when neither key is set
     */
    public JweCodec build() {
      if (encryptTo == null && decryptWith == null) {
        throw new IllegalStateException("encryptTo or decryptWith is required");
      }
      return new JweCodec(this);
    }
  }

  static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }
}
