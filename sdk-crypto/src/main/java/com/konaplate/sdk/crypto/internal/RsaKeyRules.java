package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;

/** The rules every configured key must pass: RSA, and at least 2048 bits (PROTOCOL.md). */
public final class RsaKeyRules {
  /** The smallest RSA modulus accepted, in bits. */
  public static final int MIN_BITS = 2048;

  private RsaKeyRules() {
  }

  /** Returns the key as an RSA public key, or throws naming the setting and the rule. */
  public static RSAPublicKey requirePublic(PublicKey key, String setting) {
    if (key == null) {
      throw new NullPointerException(setting + " == null");
    }
    if (!(key instanceof RSAPublicKey)) {
      throw notRsa(key, setting);
    }
    requireSize((RSAPublicKey) key, setting);
    return (RSAPublicKey) key;
  }

  /**
   * Returns the key if it is an RSA private key of at least 2048 bits, or throws naming the
   * setting and the rule. Any {@link RSAKey} is accepted, so keys held by a PKCS#11 token work.
   */
  public static PrivateKey requirePrivate(PrivateKey key, String setting) {
    if (key == null) {
      throw new NullPointerException(setting + " == null");
    }
    if (!(key instanceof RSAKey) || !"RSA".equalsIgnoreCase(key.getAlgorithm())) {
      throw notRsa(key, setting);
    }
    requireSize((RSAKey) key, setting);
    return key;
  }

  private static void requireSize(RSAKey key, String setting) {
    if (key.getModulus() == null) {
      throw new KonaplateCryptoException(setting + ": RSA key without a modulus", null);
    }
    int bits = key.getModulus().bitLength();
    if (bits < MIN_BITS) {
      throw new KonaplateCryptoException(setting + ": RSA key of at least " + MIN_BITS
          + " bits required, got " + bits + " bits", null);
    }
  }

  private static KonaplateCryptoException notRsa(Key key, String setting) {
    // The algorithm name ("EC", "Ed25519") is public information, never key material.
    return new KonaplateCryptoException(setting + ": RSA key required, got "
        + describeAlgorithm(key.getAlgorithm()) + " key", null);
  }

  private static String describeAlgorithm(String algorithm) {
    if (algorithm == null || !algorithm.matches("[A-Za-z0-9.+_-]{1,32}")) {
      return "a non-RSA";
    }
    return (startsWithVowelSound(algorithm) ? "an " : "a ") + algorithm;
  }

  private static boolean startsWithVowelSound(String name) {
    char c = Character.toUpperCase(name.charAt(0));
    // Letters read as names: "an EC key", "an RSA key", "a DSA key".
    return "AEFHILMNORSX".indexOf(c) >= 0;
  }
}
