package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Crypto keys of the sandbox and the builder's crypto settings. */
class SandboxCryptoKeyTest {
  private static final SandboxCryptoKey KEY = TestCryptoKeys.KEY;

  @Test
  void generate_makesAHexKeyIdAndTwoRsa2048KeyPairs() {
    assertTrue(KEY.cryptoKeyId().matches("[0-9a-f]{32}"), KEY.cryptoKeyId());
    assertEquals(2048, KEY.serverPublicKey().getModulus().bitLength());
    assertEquals(2048, KEY.clientPublicKey().getModulus().bitLength());
    RSAPrivateKey client = (RSAPrivateKey) KEY.clientPrivateKey().get();
    assertEquals(KEY.clientPublicKey().getModulus(), client.getModulus(), "one client pair");
    assertEquals(KEY.serverPublicKey().getModulus(),
        ((RSAPrivateKey) KEY.serverPrivateKey()).getModulus(), "one server pair");
    assertNotEquals(KEY.serverPublicKey().getModulus(), KEY.clientPublicKey().getModulus());
    assertNotEquals(KEY.cryptoKeyId(), TestCryptoKeys.SECOND.cryptoKeyId());
  }

  @Test
  void of_derivesTheServerPublicKey_andHasNoClientPrivateKey() {
    KeyPair server = TestCryptoKeys.rsa(2048);
    SandboxCryptoKey key = SandboxCryptoKey.of("0123456789abcdef0123456789abcdef",
        server.getPrivate(), KEY.clientPublicKey());
    assertEquals(server.getPublic(), key.serverPublicKey());
    assertFalse(key.clientPrivateKey().isPresent());
    assertSame(KEY.clientPublicKey(), key.clientPublicKey());
  }

  @Test
  void of_withAPrivateKeyThatIsNotCrt_cannotTellItsPublicKey() {
    RSAPrivateCrtKey crt = (RSAPrivateCrtKey) KEY.serverPrivateKey();
    PrivateKey plain = new PrivateOnly(crt.getModulus(), crt.getPrivateExponent());
    SandboxCryptoKey key = SandboxCryptoKey.of("0123456789abcdef0123456789abcdef", plain,
        KEY.clientPublicKey());
    assertThrows(IllegalStateException.class, key::serverPublicKey);
  }

  @Test
  void badKeyIds_areRefused() {
    PrivateKey server = KEY.serverPrivateKey();
    assertThrows(NullPointerException.class,
        () -> SandboxCryptoKey.of(null, server, KEY.clientPublicKey()));
    for (String id : new String[] {"", "0123456789abcdef0123456789abcde",
        "0123456789abcdef0123456789abcdef0", "0123456789abcdef 123456789abcdef",
        "0123456789abcdef\u00e9123456789abcdef"}) {
      assertThrows(IllegalArgumentException.class,
          () -> SandboxCryptoKey.of(id, server, KEY.clientPublicKey()), id);
    }
  }

  @Test
  void keysThatAreNotRsa2048_areRefused_namingTheSetting() throws Exception {
    KeyPair small = TestCryptoKeys.rsa(1024);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SandboxCryptoKey.of(KEY.cryptoKeyId(), small.getPrivate(), KEY.clientPublicKey()));
    assertTrue(e.getMessage().startsWith("serverPrivateKey"), e.getMessage());
    assertTrue(e.getMessage().contains("2048"), e.getMessage());

    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair pair = ec.generateKeyPair();
    e = assertThrows(IllegalArgumentException.class,
        () -> SandboxCryptoKey.of(KEY.cryptoKeyId(), KEY.serverPrivateKey(), pair.getPublic()));
    assertTrue(e.getMessage().startsWith("clientPublicKey"), e.getMessage());
    assertThrows(NullPointerException.class,
        () -> SandboxCryptoKey.of(KEY.cryptoKeyId(), null, KEY.clientPublicKey()));
    assertThrows(NullPointerException.class,
        () -> SandboxCryptoKey.of(KEY.cryptoKeyId(), KEY.serverPrivateKey(), null));
  }

  @Test
  void toString_showsNeitherTheKeysNorTheWholeKeyId() {
    String s = KEY.toString();
    assertTrue(s.startsWith("SandboxCryptoKey{cryptoKeyId=" + KEY.cryptoKeyId().substring(0, 4)
        + "...,"), s);
    assertFalse(s.contains(KEY.cryptoKeyId()));
    for (String secret : secretsOf(KEY)) {
      assertFalse(s.contains(secret), s);
    }
  }

  @Test
  void theSandbox_reportsItsKeys_inOrder() {
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
        .cryptoKey(KEY)
        .cryptoKey(TestCryptoKeys.SECOND.cryptoKeyId(), TestCryptoKeys.SECOND.serverPrivateKey(),
            TestCryptoKeys.SECOND.clientPublicKey())
        .start()) {
      assertEquals(2, sandbox.cryptoKeys().size());
      assertSame(KEY, sandbox.cryptoKey());
      assertEquals(TestCryptoKeys.SECOND.cryptoKeyId(), sandbox.cryptoKeys().get(1).cryptoKeyId());
      assertFalse(sandbox.cryptoKeys().get(1).clientPrivateKey().isPresent());
      assertFalse(sandbox.encryptResponses());
      assertThrows(UnsupportedOperationException.class, () -> sandbox.cryptoKeys().clear());
    }
  }

  @Test
  void generatedCryptoKey_isMadeAtStart_andFreshForEverySandbox() {
    KonaplateSandbox.Builder builder = KonaplateSandbox.builder().generatedCryptoKey();
    try (KonaplateSandbox a = builder.start(); KonaplateSandbox b = builder.start()) {
      assertTrue(a.cryptoKey().clientPrivateKey().isPresent());
      assertNotEquals(a.cryptoKey().cryptoKeyId(), b.cryptoKey().cryptoKeyId());
    }
  }

  @Test
  void clientEncryptionBuilder_isSetToTheFirstKey() {
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().cryptoKey(KEY).start()) {
      JweEncryption encryption = sandbox.clientEncryptionBuilder().build();
      assertEquals(KEY.cryptoKeyId(), encryption.cryptoKeyId());
      assertTrue(encryption.canDecrypt());
      assertEquals(EncryptionPolicy.FOLLOW_SPEC, encryption.policy());
    }
    SandboxCryptoKey serverOnly = SandboxCryptoKey.of(KEY.cryptoKeyId(), KEY.serverPrivateKey(),
        KEY.clientPublicKey());
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().cryptoKey(serverOnly).start()) {
      assertFalse(sandbox.clientEncryptionBuilder().build().canDecrypt());
    }
  }

  @Test
  void aSandbox_hasTheJvmsDemoCryptoKey_byDefault_andItsClientBuilderUsesIt() {
    try (KonaplateSandbox a = KonaplateSandbox.start(); KonaplateSandbox b = KonaplateSandbox.start()) {
      assertEquals(1, a.cryptoKeys().size());
      assertEquals(a.cryptoKey().cryptoKeyId(), b.cryptoKey().cryptoKeyId(), "generated once per JVM");
      assertTrue(a.cryptoKey().clientPrivateKey().isPresent());
      try (KonaplateClient client = a.clientBuilder().build()) {
        assertTrue(client.toString().length() > 0);
      }
      assertFalse(a.cryptoKey().toString().contains(a.cryptoKey().cryptoKeyId()));
    }
  }

  @Test
  void aSandboxWithoutKeys_hasNoCryptoKey_norJweFaults() {
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().withoutCryptoKey().start()) {
      assertTrue(sandbox.cryptoKeys().isEmpty());
      IllegalStateException e = assertThrows(IllegalStateException.class, sandbox::cryptoKey);
      assertTrue(e.getMessage().contains("generatedCryptoKey()"), e.getMessage());
      assertThrows(IllegalStateException.class, sandbox::clientEncryptionBuilder);
      assertThrows(IllegalStateException.class,
          () -> sandbox.faults().next(1, Fault.tamperedJwe()));
      assertThrows(IllegalStateException.class,
          () -> sandbox.faults().forPar("Q10000000000000000000000101")
              .next(1, Fault.undecryptableJwe()));
      assertThrows(IllegalStateException.class,
          () -> sandbox.faults().randomly(1L, 0.5, Fault.serverError(503), Fault.tamperedJwe()));
      assertEquals(0, sandbox.faults().pending());
    }
  }

  @Test
  void builderRules() {
    assertThrows(IllegalStateException.class,
        () -> KonaplateSandbox.builder().withoutCryptoKey().encryptResponses(true).start());
    assertThrows(IllegalStateException.class,
        () -> KonaplateSandbox.builder().withoutCryptoKey().cryptoKey(KEY).start());
    assertThrows(IllegalArgumentException.class,
        () -> KonaplateSandbox.builder().cryptoKey(KEY).cryptoKey(KEY));
    assertThrows(NullPointerException.class,
        () -> KonaplateSandbox.builder().cryptoKey(null));
    assertThrows(NullPointerException.class,
        () -> KonaplateSandbox.builder().secureRandom(null));
  }

  @Test
  void theBuildersSecureRandom_isUsed() {
    CountingRandom random = new CountingRandom();
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().secureRandom(random)
        .generatedCryptoKey().start();
        KonaplateClient client = sandbox.clientBuilder()
            .encryption(sandbox.clientEncryptionBuilder()
                .policy(EncryptionPolicy.ALL_REQUESTS).build())
            .build()) {
      int afterKeys = random.calls;
      assertTrue(afterKeys > 0, "the keys come from it");
      client.cards().terminate(DocumentedCase.SUCCESS.userId(), DocumentedCase.SUCCESS.par());
      assertTrue(random.calls > afterKeys, "so do the response's content key and IV");
    }
  }

  /** Counts the calls that draw bytes. */
  private static final class CountingRandom extends java.security.SecureRandom {
    private static final long serialVersionUID = 1L;
    volatile int calls;

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      calls++;
      super.nextBytes(bytes);
    }
  }

  /** An RSA private key that does not expose its CRT parameters, as a token's might. */
  private static final class PrivateOnly implements RSAPrivateKey {
    private static final long serialVersionUID = 1L;
    private final BigInteger modulus;
    private final BigInteger exponent;

    PrivateOnly(BigInteger modulus, BigInteger exponent) {
      this.modulus = modulus;
      this.exponent = exponent;
    }

    @Override
    public BigInteger getPrivateExponent() {
      return exponent;
    }

    @Override
    public String getAlgorithm() {
      return "RSA";
    }

    @Override
    public String getFormat() {
      return null;
    }

    @Override
    public byte[] getEncoded() {
      return null;
    }

    @Override
    public BigInteger getModulus() {
      return modulus;
    }
  }

  /** Fragments that would betray a key if printed. */
  static List<String> secretsOf(SandboxCryptoKey key) {
    List<String> out = new ArrayList<>();
    for (java.security.Key k : new java.security.Key[] {key.serverPrivateKey(),
        key.clientPrivateKey().get(), key.serverPublicKey(), key.clientPublicKey()}) {
      String b64 = Base64.getEncoder().encodeToString(k.getEncoded());
      out.add(b64.substring(40, 80));
      out.add(b64.substring(b64.length() - 60, b64.length() - 20));
    }
    RSAPrivateKey p = (RSAPrivateKey) key.clientPrivateKey().get();
    out.add(p.getPrivateExponent().toString().substring(0, 40));
    out.add(p.getPrivateExponent().toString(16).substring(0, 40));
    out.add(p.getModulus().toString(16).substring(0, 40));
    return out;
  }
}
