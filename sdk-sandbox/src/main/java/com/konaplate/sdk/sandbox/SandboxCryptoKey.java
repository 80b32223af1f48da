package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One crypto key of the sandbox, as KONA PLATE issues it to a partner: a crypto key id (sent as
 * {@code X-KM-Crypto-Key-Id}), the server's RSA key pair (requests are encrypted to its public
 * key) and the partner's client public key (responses are encrypted to it). Immutable.
 *
 * <p>{@link #generate()} makes a complete demo set, including the client private key a client
 * needs to read encrypted responses; {@link #of(String, PrivateKey, PublicKey)} takes keys you
 * already have, and then only the sandbox's side is known.
 *
 * <pre>{@code
 * SandboxCryptoKey key = SandboxCryptoKey.generate();
 * PayloadEncryptor encryption = JweEncryption.builder()
 *     .cryptoKeyId(key.cryptoKeyId())
 *     .serverPublicKey(key.serverPublicKey())
 *     .clientPrivateKey(key.clientPrivateKey().get())
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} names the key id by its first characters and the key sizes; it never
 * shows a key.
 */
public final class SandboxCryptoKey {
  /** The length of a crypto key id. */
  public static final int KEY_ID_LENGTH = 32;
  /** The size of generated RSA keys, in bits. */
  public static final int GENERATED_KEY_BITS = 2048;

  private static final Pattern KEY_ID = Pattern.compile("^[!-~]{32}$");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String cryptoKeyId;
  private final PrivateKey serverPrivateKey;
  private final RSAPublicKey serverPublicKey; // null when it cannot be derived
  private final RSAPublicKey clientPublicKey;
  private final PrivateKey clientPrivateKey; // null unless generated

  private SandboxCryptoKey(String cryptoKeyId, PrivateKey serverPrivateKey,
      RSAPublicKey serverPublicKey, PublicKey clientPublicKey, PrivateKey clientPrivateKey) {
    this.cryptoKeyId = checkKeyId(cryptoKeyId);
    if (serverPrivateKey == null) {
      throw new NullPointerException("serverPrivateKey == null");
    }
    if (clientPublicKey == null) {
      throw new NullPointerException("clientPublicKey == null");
    }
    try {
      // Checks both keys: RSA, 2048 bits or more. Messages name the rule, never the key.
      JweCodec.forServer(serverPrivateKey, clientPublicKey);
    } catch (KonaplateCryptoException e) {
      throw new IllegalArgumentException(e.getMessage()
          .replace("decryptWith", "serverPrivateKey")
          .replace("encryptTo", "clientPublicKey"));
    }
    this.serverPrivateKey = serverPrivateKey;
    this.serverPublicKey = serverPublicKey != null ? serverPublicKey : derivePublic(serverPrivateKey);
    this.clientPublicKey = (RSAPublicKey) clientPublicKey;
    this.clientPrivateKey = clientPrivateKey;
  }

  /**
   * A crypto key from keys you already have: the sandbox decrypts requests with
   * {@code serverPrivateKey} and encrypts responses to {@code clientPublicKey}.
   *
   * @param cryptoKeyId 32 printable ASCII characters without spaces
   * @param serverPrivateKey an RSA private key of at least 2048 bits
   * @param clientPublicKey an RSA public key of at least 2048 bits
   * @throws IllegalArgumentException when the key id is malformed or a key is not RSA of at
   *     least 2048 bits
   */
  public static SandboxCryptoKey of(String cryptoKeyId, PrivateKey serverPrivateKey,
      PublicKey clientPublicKey) {
    return new SandboxCryptoKey(cryptoKeyId, serverPrivateKey, null, clientPublicKey, null);
  }

  /**
   * Generates a fresh demo key set with a new {@link SecureRandom}: a random key id and two
   * RSA-2048 key pairs (server and client) from the JDK's {@link KeyPairGenerator}.
   */
  public static SandboxCryptoKey generate() {
    return generate(new SecureRandom());
  }

  /**
   * Generates a fresh demo key set from {@code random}: a key id of 32 lowercase hex digits and
   * two RSA-2048 key pairs (server and client) from the JDK's {@link KeyPairGenerator}.
   */
  public static SandboxCryptoKey generate(SecureRandom random) {
    if (random == null) {
      throw new NullPointerException("random == null");
    }
    byte[] id = new byte[KEY_ID_LENGTH / 2];
    random.nextBytes(id);
    char[] hex = new char[KEY_ID_LENGTH];
    for (int i = 0; i < id.length; i++) {
      hex[2 * i] = HEX[(id[i] >> 4) & 0x0F];
      hex[2 * i + 1] = HEX[id[i] & 0x0F];
    }
    KeyPair server = rsaKeyPair(random);
    KeyPair client = rsaKeyPair(random);
    return new SandboxCryptoKey(new String(hex), server.getPrivate(),
        (RSAPublicKey) server.getPublic(), client.getPublic(), client.getPrivate());
  }

  /** A new RSA key pair of {@link #GENERATED_KEY_BITS} bits from the JDK's provider. */
  static KeyPair rsaKeyPair(SecureRandom random) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(GENERATED_KEY_BITS, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot generate RSA keys", e);
    }
  }

  /** The crypto key id, sent as {@code X-KM-Crypto-Key-Id}: 32 characters. */
  public String cryptoKeyId() {
    return cryptoKeyId;
  }

  /**
   * The server's public key, which a client encrypts requests to (a client's
   * {@code serverPublicKey}, {@code KONAPLATE_SERVER_PUBLIC_KEY}).
   *
   * @throws IllegalStateException when the key was given only as a server private key that is
   *     not an RSA CRT key (as keys held in a hardware token may be), so the public half is
   *     unknown
   */
  public RSAPublicKey serverPublicKey() {
    if (serverPublicKey == null) {
      throw new IllegalStateException("the server public key of crypto key "
          + maskedKeyId() + " cannot be derived from its private key");
    }
    return serverPublicKey;
  }

  /** The client's public key, which the sandbox encrypts responses to. */
  public RSAPublicKey clientPublicKey() {
    return clientPublicKey;
  }

  /**
   * The client's private key, which a client decrypts responses with (a client's
   * {@code clientPrivateKey}, {@code KONAPLATE_CLIENT_PRIVATE_KEY}): present for
   * {@linkplain #generate() generated} keys, empty for keys made with
   * {@link #of(String, PrivateKey, PublicKey)}.
   */
  public Optional<PrivateKey> clientPrivateKey() {
    return Optional.ofNullable(clientPrivateKey);
  }

  /** The server's private key; the sandbox's own, never handed to clients. */
  PrivateKey serverPrivateKey() {
    return serverPrivateKey;
  }

  /** The key id shortened for messages: the crypto key id is never written out in full. */
  String maskedKeyId() {
    return cryptoKeyId.substring(0, 4) + "...";
  }

  /** Names the key id by its first 4 characters and the key sizes; never a key. */
  @Override
  public String toString() {
    return "SandboxCryptoKey{cryptoKeyId=" + maskedKeyId()
        + ", serverKey=RSA-" + bits(serverPrivateKey)
        + ", clientPublicKey=RSA-" + clientPublicKey.getModulus().bitLength()
        + ", clientPrivateKey=" + (clientPrivateKey == null ? "none" : "RSA-" + bits(clientPrivateKey))
        + "}";
  }

  private static int bits(PrivateKey key) {
    return ((RSAKey) key).getModulus().bitLength();
  }

  private static String checkKeyId(String keyId) {
    if (keyId == null) {
      throw new NullPointerException("cryptoKeyId == null");
    }
    if (!KEY_ID.matcher(keyId).matches()) {
      throw new IllegalArgumentException("cryptoKeyId must be " + KEY_ID_LENGTH
          + " printable ASCII characters without spaces, got " + keyId.length() + " characters");
    }
    return keyId;
  }

  private static RSAPublicKey derivePublic(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey)) {
      return null;
    }
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) key;
    try {
      return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
          new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException | RuntimeException e) {
      return null;
    }
  }
}
