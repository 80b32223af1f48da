package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.crypto.ContentEncryption;
import com.konaplate.sdk.crypto.KeyManagement;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEDecrypter;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;

/**
 * JWE compact encryption to one RSA public key and decryption with one RSA private key, in
 * either role (client or sandbox server). Nimbus reads and writes the JWE (header, AAD, compact
 * serialization); the cryptography is JCA with ciphers reused between messages
 * ({@link RsaOaepGcmEncrypter}, {@link RsaOaepGcmDecrypter}). Immutable and thread-safe; the
 * protected header is serialized once.
 */
public final class JweEngine {
  private final KeyManagement keyManagement;
  private final ContentEncryption contentEncryption;
  private final JWEHeader header;
  private final JWEEncrypter encrypter;
  private final JWEDecrypter decrypter;
  private final String noEncryptionKeyMessage;
  private final String noDecryptionKeyMessage;
  private final String decryptionFailedMessage;

  /**
   * Creates an engine. Keys must already have passed {@link RsaKeyRules}; either may be null,
   * and then the matching operation fails with the given message.
   *
   * @param encryptTo the recipient's public key, or null
   * @param decryptWith our private key, or null
   * @param random the source of content keys, IVs and OAEP padding
   * @param encryptionKeySetting names the public key setting in errors
   * @param decryptionKeySetting names the private key setting in errors
   */
  public JweEngine(RSAPublicKey encryptTo, PrivateKey decryptWith, KeyManagement keyManagement,
      ContentEncryption contentEncryption, SecureRandom random, String encryptionKeySetting,
      String decryptionKeySetting) {
    this.keyManagement = keyManagement;
    this.contentEncryption = contentEncryption;
    this.header = header(keyManagement, contentEncryption);
    this.encrypter = encryptTo == null ? null : new RsaOaepGcmEncrypter(encryptTo, random);
    // Headers with "zip" or "crit" are refused by CompactJwe before the decrypter sees them.
    this.decrypter = decryptWith == null ? null : new RsaOaepGcmDecrypter(decryptWith);
    this.noEncryptionKeyMessage = "Cannot encrypt: no public key to encrypt to is configured; set "
        + encryptionKeySetting;
    this.noDecryptionKeyMessage = "Cannot decrypt an encrypted payload: no private key is"
        + " configured; set " + decryptionKeySetting;
    this.decryptionFailedMessage = "JWE refused: decryption failed; the message was altered or"
        + " was not encrypted to the key configured as " + decryptionKeySetting;
  }

  /** Builds the header once from its exact JSON, so the wire form is {"alg":..,"enc":..}. */
  private static JWEHeader header(KeyManagement alg, ContentEncryption enc) {
    String json = "{\"alg\":\"" + alg.jwaName() + "\",\"enc\":\"" + enc.jwaName() + "\"}";
    try {
      return JWEHeader.parse(Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)));
    } catch (ParseException e) {
      throw new IllegalStateException("Cannot build the JWE header " + json, e);
    }
  }

  /** True when a public key to encrypt to is configured. */
  public boolean canEncrypt() {
    return encrypter != null;
  }

  /** True when a private key to decrypt with is configured. */
  public boolean canDecrypt() {
    return decrypter != null;
  }

  /** The configured key management algorithm. */
  public KeyManagement keyManagement() {
    return keyManagement;
  }

  /** The configured content encryption algorithm. */
  public ContentEncryption contentEncryption() {
    return contentEncryption;
  }

  /** Encrypts to the configured public key; returns the JWE compact serialization. */
  public String encrypt(byte[] plaintext) {
    if (plaintext == null) {
      throw new NullPointerException("plaintext == null");
    }
    if (encrypter == null) {
      throw new KonaplateCryptoException(noEncryptionKeyMessage, null);
    }
    JWEObject jwe = new JWEObject(header, new Payload(plaintext));
    try {
      jwe.encrypt(encrypter);
    } catch (JOSEException | RuntimeException e) {
      // Nimbus and JCA messages name algorithms and lengths, never the payload.
      throw new KonaplateCryptoException("JWE encryption failed (" + keyManagement.jwaName()
          + ", " + contentEncryption.jwaName() + ")", e);
    }
    return jwe.serialize();
  }

  /** Decrypts a compact JWE with the configured private key; returns the plaintext. */
  public byte[] decrypt(String compact) {
    if (compact == null) {
      throw new NullPointerException("jweCompact == null");
    }
    if (decrypter == null) {
      throw new KonaplateCryptoException(noDecryptionKeyMessage, null);
    }
    JWEObject jwe = CompactJwe.parse(compact);
    try {
      jwe.decrypt(decrypter);
    } catch (JOSEException | RuntimeException e) {
      throw new KonaplateCryptoException(decryptionFailedMessage, e);
    }
    return jwe.getPayload().toBytes();
  }
}
