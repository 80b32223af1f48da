package com.konaplate.sdk.crypto.internal;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEDecrypter;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * JWE decryption with one RSA private key ({@code RSA-OAEP-256} or {@code RSA-OAEP},
 * {@code A128GCM} or {@code A256GCM}), with the JCA ciphers reused between messages; the
 * counterpart of {@link RsaOaepGcmEncrypter}. Besides the GCM tag it checks what RFC 7518
 * fixes: the content key's length for the {@code enc}, a 96-bit IV and a 128-bit tag. A content
 * key of the wrong length fails like a wrong tag, so the two cannot be told apart.
 * Thread-safe.
 */
final class RsaOaepGcmDecrypter extends PooledCipherProvider implements JWEDecrypter {
  private final PrivateKey privateKey;

  RsaOaepGcmDecrypter(PrivateKey privateKey) {
    this.privateKey = privateKey;
  }

  @Override
  public byte[] decrypt(JWEHeader header, Base64URL encryptedKey, Base64URL iv,
      Base64URL cipherText, Base64URL authTag, byte[] aad) throws JOSEException {
    if (encryptedKey == null || iv == null || cipherText == null || authTag == null) {
      throw new JOSEException("Missing JWE part");
    }
    byte[] ivBytes = decode(iv);
    byte[] tag = decode(authTag);
    // CompactJwe refuses these with a message first; checked again where the cipher needs them.
    if (ivBytes.length != JweAlgorithms.GCM_IV_BYTES
        || tag.length != JweAlgorithms.GCM_TAG_BYTES) {
      throw new JOSEException("The IV must be 96 bits and the authentication tag 128 bits");
    }
    int keyBytes = JweAlgorithms.contentKeyBytes(header.getEncryptionMethod());
    byte[] contentKey = null;
    try {
      contentKey = unwrap(header.getAlgorithm(), decode(encryptedKey));
      if (contentKey.length != keyBytes) {
        throw new JOSEException("The content key does not fit " + header.getEncryptionMethod());
      }
      return open(contentKey, ivBytes, sealed(cipherText, tag), aad);
    } catch (GeneralSecurityException e) {
      throw new JOSEException(e.getMessage(), e);
    } finally {
      if (contentKey != null) {
        Arrays.fill(contentKey, (byte) 0);
      }
    }
  }

  /**
   * The part's bytes. CompactJwe has checked it is canonical unpadded Base64URL, so the JDK's
   * decoder reads it as Nimbus would, about 90 times faster on a large ciphertext (Nimbus decodes
   * character by character through a lookup that is not inlined).
   */
  private static byte[] decode(Base64URL part) throws JOSEException {
    try {
      return java.util.Base64.getUrlDecoder().decode(part.toString());
    } catch (IllegalArgumentException e) {
      throw new JOSEException("A JWE part is not Base64URL", e);
    }
  }

  private byte[] unwrap(JWEAlgorithm alg, byte[] encryptedKey) throws GeneralSecurityException,
      JOSEException {
    Cipher cipher = rsa.take();
    cipher.init(Cipher.DECRYPT_MODE, privateKey, JweAlgorithms.oaep(alg));
    byte[] contentKey = cipher.doFinal(encryptedKey);
    rsa.release(cipher);
    return contentKey;
  }

  /**
   * The ciphertext followed by the tag, as the JCA's GCM takes them: the ciphertext decoded
   * straight into an array with room for the tag (no copy of a large answer's ciphertext).
   */
  private static byte[] sealed(Base64URL cipherText, byte[] tag) throws JOSEException {
    byte[] ascii = cipherText.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    int n = ascii.length;
    int length = n / 4 * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
    byte[] sealed = new byte[length + tag.length];
    try {
      if (java.util.Base64.getUrlDecoder().decode(ascii, sealed) != length) {
        throw new JOSEException("The ciphertext is not Base64URL");
      }
    } catch (IllegalArgumentException e) {
      throw new JOSEException("The ciphertext is not Base64URL", e);
    }
    System.arraycopy(tag, 0, sealed, length, tag.length);
    return sealed;
  }

  private byte[] open(byte[] contentKey, byte[] iv, byte[] sealed, byte[] aad)
      throws GeneralSecurityException {
    Cipher cipher = gcm.take();
    cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
        new GCMParameterSpec(JweAlgorithms.GCM_TAG_BYTES * 8, iv));
    cipher.updateAAD(aad);
    byte[] plaintext = cipher.doFinal(sealed);
    gcm.release(cipher);
    return plaintext;
  }
}
