package com.konaplate.sdk.spi;

/**
 * Encrypts request payloads and decrypts response payloads (KONA PLATE message encryption).
 * The core SDK wraps the result as the body {@code {"encData":"<JWE>"}}, sends
 * {@link #cryptoKeyId()} as {@code X-KM-Crypto-Key-Id} and signs the body that goes on the wire.
 *
 * <p>Implementations are immutable and thread-safe. The {@code konaplate-sdk-crypto} module
 * provides the JWE implementation; the core has no cryptographic dependency.
 */
public interface PayloadEncryptor {

  /** The crypto key id (32 characters) sent as {@code X-KM-Crypto-Key-Id}. */
  String cryptoKeyId();

  /**
   * True to encrypt every request; false to encrypt only the operations that openapi.yaml
   * flags for request encryption.
   */
  boolean encryptAllRequests();

  /**
   * Encrypts the plain request JSON to the server's key.
   *
   * @return the JWE compact serialization
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when it cannot encrypt
   */
  String encrypt(byte[] plaintextJson);

  /**
   * Decrypts a response's {@code encData} with the client private key.
   *
   * @return the plain response JSON
   * @throws com.konaplate.sdk.exception.KonaplateCryptoException when the JWE is refused or
   *     cannot be decrypted, or no client private key is configured
   */
  byte[] decrypt(String jweCompact);
}
