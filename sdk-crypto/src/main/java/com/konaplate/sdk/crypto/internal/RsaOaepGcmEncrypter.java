package com.konaplate.sdk.crypto.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWECryptoParts;
import com.nimbusds.jose.JWEEncrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWE encryption to one RSA public key ({@code RSA-OAEP-256} or {@code RSA-OAEP} key management,
 * {@code A128GCM} or {@code A256GCM} content), with the JCA ciphers reused between messages.
 * Nimbus still builds the JWE around it (header, AAD, serialization); its own
 * {@code RSAEncrypter} looks up and instantiates two ciphers and an {@code AlgorithmParameters}
 * per message. Every message gets a fresh content key and IV from the given random, which also
 * seeds the OAEP padding. Thread-safe.
 */
final class RsaOaepGcmEncrypter extends PooledCipherProvider implements JWEEncrypter {
  private final RSAPublicKey publicKey;
  private final SecureRandom random;

  RsaOaepGcmEncrypter(RSAPublicKey publicKey, SecureRandom random) {
    this.publicKey = publicKey;
    this.random = random;
  }

  @Override
  public JWECryptoParts encrypt(JWEHeader header, byte[] clearText, byte[] aad)
      throws JOSEException {
    byte[] contentKey = new byte[JweAlgorithms.contentKeyBytes(header.getEncryptionMethod())];
    byte[] iv = new byte[JweAlgorithms.GCM_IV_BYTES];
    try {
      random.nextBytes(contentKey);
      random.nextBytes(iv);
      byte[] encryptedKey = wrap(header.getAlgorithm(), contentKey);
      byte[] sealed = seal(contentKey, iv, clearText, aad);
      int textLength = sealed.length - JweAlgorithms.GCM_TAG_BYTES;
      return new JWECryptoParts(header, Base64URL.encode(encryptedKey), Base64URL.encode(iv),
          Base64URL.encode(Arrays.copyOfRange(sealed, 0, textLength)),
          Base64URL.encode(Arrays.copyOfRange(sealed, textLength, sealed.length)));
    } catch (GeneralSecurityException e) {
      throw new JOSEException(e.getMessage(), e);
    } finally {
      Arrays.fill(contentKey, (byte) 0);
    }
  }

  private byte[] wrap(JWEAlgorithm alg, byte[] contentKey) throws GeneralSecurityException,
      JOSEException {
    Cipher cipher = rsa.take();
    cipher.init(Cipher.ENCRYPT_MODE, publicKey, JweAlgorithms.oaep(alg), random);
    byte[] wrapped = cipher.doFinal(contentKey);
    rsa.release(cipher);
    return wrapped;
  }

  /** AES-GCM of the payload; returns the ciphertext followed by the 128-bit tag. */
  private byte[] seal(byte[] contentKey, byte[] iv, byte[] clearText, byte[] aad)
      throws GeneralSecurityException {
    Cipher cipher = gcm.take();
    cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
        new GCMParameterSpec(JweAlgorithms.GCM_TAG_BYTES * 8, iv), random);
    cipher.updateAAD(aad);
    byte[] sealed = cipher.doFinal(clearText);
    gcm.release(cipher);
    return sealed;
  }
}
