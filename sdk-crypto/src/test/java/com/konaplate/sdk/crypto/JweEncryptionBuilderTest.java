package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Configuration rules of {@link JweEncryption} and {@link JweCodec}, and what they print. */
class JweEncryptionBuilderTest {
  private static final String KEY_ID = "0123456789abcdef0123456789abcdef";
  private static final KeyPair WEAK = TestKeys.rsa(1024);
  private static final KeyPair EC = TestKeys.ec();

  private static JweEncryption.Builder complete() {
    return JweEncryption.builder()
        .cryptoKeyId(KEY_ID)
        .serverPublicKey(TestKeys.SERVER.getPublic())
        .clientPrivateKey(TestKeys.CLIENT.getPrivate());
  }

  @Test
  void defaults_followTheSpecWithRsaOaep256AndA128Gcm() {
    JweEncryption encryption = complete().build();

    assertEquals(KEY_ID, encryption.cryptoKeyId());
    assertFalse(encryption.encryptAllRequests());
    assertEquals(EncryptionPolicy.FOLLOW_SPEC, encryption.policy());
    assertTrue(encryption.canDecrypt());
    assertTrue(encryption.toString().contains("alg=RSA-OAEP-256, enc=A128GCM"));
  }

  @Test
  void allRequestsPolicy_encryptsAllRequests() {
    assertTrue(complete().policy(EncryptionPolicy.ALL_REQUESTS).build().encryptAllRequests());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0123456789abcdef0123456789abcde",
      "0123456789abcdef0123456789abcdef0", "0123456789abcdef 123456789abcdef",
      "0123456789abcdef\n123456789abcdef", "0123456789abcdef한123456789abcdef"})
  void aMalformedCryptoKeyId_isAnIllegalArgument(String keyId) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JweEncryption.builder().cryptoKeyId(keyId));
    assertTrue(e.getMessage().startsWith("cryptoKeyId must be"));
  }

  @Test
  void build_namesTheMissingSetting() {
    assertEquals("cryptoKeyId is required", assertThrows(IllegalStateException.class,
        () -> JweEncryption.builder().serverPublicKey(TestKeys.SERVER.getPublic()).build())
        .getMessage());
    assertEquals("serverPublicKey is required", assertThrows(IllegalStateException.class,
        () -> JweEncryption.builder().cryptoKeyId(KEY_ID).build()).getMessage());
    assertEquals("encryptTo or decryptWith is required",
        assertThrows(IllegalStateException.class, () -> JweCodec.builder().build()).getMessage());
  }

  @Test
  void nulls_areNullPointerExceptionsNamingTheSetting() {
    assertEquals("serverPublicKey == null", assertThrows(NullPointerException.class,
        () -> JweEncryption.builder().serverPublicKey(null)).getMessage());
    assertEquals("clientPrivateKey == null", assertThrows(NullPointerException.class,
        () -> JweEncryption.builder().clientPrivateKey(null)).getMessage());
    assertEquals("policy == null", assertThrows(NullPointerException.class,
        () -> JweEncryption.builder().policy(null)).getMessage());
    assertEquals("secureRandom == null", assertThrows(NullPointerException.class,
        () -> JweEncryption.builder().secureRandom(null)).getMessage());
  }

  @Test
  void keysUnder2048Bits_areRefusedWhenConfigured() {
    KonaplateCryptoException server = assertThrows(KonaplateCryptoException.class,
        () -> JweEncryption.builder().serverPublicKey(WEAK.getPublic()));
    KonaplateCryptoException client = assertThrows(KonaplateCryptoException.class,
        () -> JweEncryption.builder().clientPrivateKey(WEAK.getPrivate()));
    KonaplateCryptoException codec = assertThrows(KonaplateCryptoException.class,
        () -> JweCodec.builder().decryptWith(WEAK.getPrivate()));

    assertEquals("serverPublicKey: RSA key of at least 2048 bits required, got 1024 bits",
        server.getMessage());
    assertEquals("clientPrivateKey: RSA key of at least 2048 bits required, got 1024 bits",
        client.getMessage());
    assertTrue(codec.getMessage().startsWith("decryptWith: RSA key of at least 2048 bits"));
  }

  @Test
  void nonRsaKeys_areRefusedWhenConfigured() {
    assertEquals("serverPublicKey: RSA key required, got an EC key",
        assertThrows(KonaplateCryptoException.class,
            () -> JweEncryption.builder().serverPublicKey(EC.getPublic())).getMessage());
    assertEquals("clientPrivateKey: RSA key required, got an EC key",
        assertThrows(KonaplateCryptoException.class,
            () -> JweEncryption.builder().clientPrivateKey(EC.getPrivate())).getMessage());
    assertEquals("encryptTo: RSA key required, got an EC key",
        assertThrows(KonaplateCryptoException.class,
            () -> JweCodec.builder().encryptTo(EC.getPublic())).getMessage());
  }

  @Test
  void aCodecWithoutTheKeyForAnOperation_namesTheSetting() {
    JweCodec encryptOnly = JweCodec.builder().encryptTo(TestKeys.CLIENT.getPublic()).build();
    JweCodec decryptOnly = JweCodec.builder().decryptWith(TestKeys.CLIENT.getPrivate()).build();
    String jwe = encryptOnly.encrypt(new byte[] {'{', '}'});

    assertTrue(assertThrows(KonaplateCryptoException.class, () -> encryptOnly.decrypt(jwe))
        .getMessage().contains("set decryptWith"));
    assertTrue(assertThrows(KonaplateCryptoException.class,
        () -> decryptOnly.encrypt(new byte[0])).getMessage().contains("set encryptTo"));
  }

  @Test
  void toString_namesAlgorithmsAndSizesButNeverKeys() {
    JweEncryption withKey = complete().contentEncryption(ContentEncryption.A256GCM)
        .keyManagement(KeyManagement.RSA_OAEP).policy(EncryptionPolicy.ALL_REQUESTS).build();
    JweEncryption withoutKey = JweEncryption.builder().cryptoKeyId(KEY_ID)
        .serverPublicKey(TestKeys.SERVER.getPublic()).build();
    JweCodec codec = JweCodec.forServer(TestKeys.SERVER.getPrivate(), TestKeys.CLIENT.getPublic());

    assertEquals("JweEncryption{cryptoKeyId=" + KEY_ID + ", alg=RSA-OAEP, enc=A256GCM,"
        + " policy=ALL_REQUESTS, serverPublicKey=RSA-2048, clientPrivateKey=RSA-2048}",
        withKey.toString());
    assertTrue(withoutKey.toString().endsWith("clientPrivateKey=none}"));
    assertEquals("JweCodec{RSA-OAEP-256, A128GCM, encrypt=true, decrypt=true}", codec.toString());
    List<String> secrets = new ArrayList<>(TestKeys.secretsOf(TestKeys.CLIENT));
    secrets.addAll(TestKeys.secretsOf(TestKeys.SERVER));
    for (Object o : List.of(withKey, withoutKey, codec)) {
      Hygiene.assertNoSecrets(o.toString(), secrets);
    }
  }
}
