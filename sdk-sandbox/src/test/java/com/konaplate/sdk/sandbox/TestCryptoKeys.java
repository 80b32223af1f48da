package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.crypto.JweCodec;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crypto keys for the sandbox's tests, generated once per JVM (RSA-2048 takes a while): two
 * sandbox key sets and a stranger's key pair, plus the client-role codecs that go with them.
 */
public final class TestCryptoKeys {
  /** A generated key set: id, server pair, client pair. */
  public static final SandboxCryptoKey KEY = SandboxCryptoKey.generate();
  /** A second generated key set. */
  public static final SandboxCryptoKey SECOND = SandboxCryptoKey.generate();
  /** A key pair neither side has. */
  public static final KeyPair STRANGER = rsa(2048);

  /** The envelope {"encData":"<JWE>"} as the SDK and the sandbox write it. */
  public static final Pattern ENVELOPE = Pattern.compile("^\\{\"encData\":\"([A-Za-z0-9_.-]+)\"}$");

  private TestCryptoKeys() {
  }

  /** The client's side of {@code key}: encrypts to its server key, decrypts with its client key. */
  public static JweCodec client(SandboxCryptoKey key) {
    return JweCodec.builder()
        .encryptTo(key.serverPublicKey())
        .decryptWith(key.clientPrivateKey().get())
        .build();
  }

  /** The engine's view of {@code key}: its id and the server-role codec. */
  public static com.konaplate.sdk.sandbox.internal.SandboxCrypto.Key engineKey(SandboxCryptoKey key) {
    return new com.konaplate.sdk.sandbox.internal.SandboxCrypto.Key(key.cryptoKeyId(),
        JweCodec.forServer(key.serverPrivateKey(), key.clientPublicKey()));
  }

  public static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The JWE of a body {"encData":"<JWE>"}; fails when the body is not exactly that. */
  public static String jweOf(String body) {
    Matcher m = ENVELOPE.matcher(body);
    if (!m.matches()) {
      throw new AssertionError("not an encData envelope: " + body);
    }
    return m.group(1);
  }
}
