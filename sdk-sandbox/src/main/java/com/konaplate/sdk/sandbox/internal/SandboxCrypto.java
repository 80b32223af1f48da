package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's side of message encryption: its crypto keys by id, whether responses are
 * encrypted without an encrypted request, and the JWE faults. Thread-safe: every field but the
 * lazily made stranger codec is final, and that one is guarded.
 */
public final class SandboxCrypto {
  private final Map<String, Key> keys;
  private final Key defaultKey;
  private final boolean encryptAllResponses;
  private final SecureRandom random;
  private final Object strangerLock = new Object();
  private JweCodec stranger; // guarded by strangerLock

  /**
   * Creates the crypto settings.
   *
   * @param keys the keys, in order; the first is the one responses to plain requests are
   *     encrypted to
   * @param encryptAllResponses true to encrypt every response that passes authentication
   * @param random the source of content keys, IVs and the stranger key
   */
  public SandboxCrypto(List<Key> keys, boolean encryptAllResponses, SecureRandom random) {
    Map<String, Key> byId = new LinkedHashMap<String, Key>();
    for (Key k : keys) {
      if (byId.put(k.id, k) != null) {
        throw new IllegalArgumentException("duplicate crypto key id");
      }
    }
    if (encryptAllResponses && byId.isEmpty()) {
      throw new IllegalStateException(
          "encryptResponses(true) needs a crypto key: add cryptoKey(..) or generatedCryptoKey()");
    }
    this.keys = Collections.unmodifiableMap(byId);
    this.defaultKey = keys.isEmpty() ? null : keys.get(0);
    this.encryptAllResponses = encryptAllResponses;
    this.random = random;
  }

  /** No keys: every crypto key id is unknown and nothing is encrypted. */
  public static SandboxCrypto none() {
    return new SandboxCrypto(Collections.<Key>emptyList(), false, new SecureRandom());
  }

  /** The key with this id, or null. */
  Key key(String id) {
    return keys.get(id);
  }

  /** The first key: the one responses to plain requests are encrypted to; null when none. */
  Key defaultKey() {
    return defaultKey;
  }

  /** True when any key is configured. */
  public boolean hasKeys() {
    return defaultKey != null;
  }

  /** True when every response that passes authentication is encrypted. */
  public boolean encryptAllResponses() {
    return encryptAllResponses;
  }

  /**
   * A codec that encrypts to a key nobody else has: an RSA-2048 key pair made on first use and
   * kept for the life of this sandbox (its private half is never used).
   */
  JweCodec stranger() {
    synchronized (strangerLock) {
      if (stranger == null) {
        try {
          KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
          generator.initialize(2048, random);
          stranger = JweCodec.builder().encryptTo(generator.generateKeyPair().getPublic())
              .secureRandom(random).build();
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("the JDK cannot generate RSA keys", e);
        }
      }
      return stranger;
    }
  }

  /** {@code {"encData":"<jwe>"}}; a compact JWE is Base64URL and dots, nothing to escape. */
  static byte[] envelope(String jwe) {
    return ("{\"encData\":\"" + jwe + "\"}").getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The compact JWE with one byte of its ciphertext flipped and the part re-encoded as
   * canonical unpadded Base64URL, so its shape stays valid and only authentication fails.
   */
  static String tamper(String jwe) {
    String[] parts = jwe.split("\\.", -1);
    if (parts.length != 5) {
      throw new IllegalArgumentException("not a compact JWE");
    }
    byte[] ciphertext = Base64.getUrlDecoder().decode(parts[3]);
    if (ciphertext.length == 0) {
      // Nothing to flip in an empty payload: flip the authentication tag instead.
      byte[] tag = Base64.getUrlDecoder().decode(parts[4]);
      tag[tag.length / 2] ^= 0x01;
      parts[4] = Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } else {
      ciphertext[ciphertext.length / 2] ^= 0x01;
      parts[3] = Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext);
    }
    StringBuilder sb = new StringBuilder(jwe.length());
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        sb.append('.');
      }
      sb.append(parts[i]);
    }
    return sb.toString();
  }

  /** One crypto key as the engine uses it: the id and the server-role codec. Immutable. */
  public static final class Key {
    final String id;
    final JweCodec codec;

    /**
     * Creates a key.
     *
     * @param id the 32-character crypto key id
     * @param codec decrypts with the server private key, encrypts to the client public key
     */
    public Key(String id, JweCodec codec) {
      this.id = id;
      this.codec = codec;
    }

    /** Decrypts a request's encData; throws {@link KonaplateCryptoException} when it cannot. */
    byte[] decrypt(String jwe) {
      return codec.decrypt(jwe);
    }

    @Override
    public String toString() {
      return "Key{" + id.substring(0, 4) + "...}";
    }
  }
}
