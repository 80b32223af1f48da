package com.konaplate.sdk.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.keys.AesKey;
import org.jose4j.keys.PbkdfKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything decryption must refuse, each with the typed error and a message naming the rule. */
class JweRefusalTest {
  private static final String PLAINTEXT =
      "{\"userId\":987654321098765432,\"par\":\"Q1SECRETPAR0000000000000042\"}";
  private static final JweEncryption CLIENT = JweEncryption.builder()
      .cryptoKeyId("0123456789abcdef0123456789abcdef")
      .serverPublicKey(TestKeys.SERVER.getPublic())
      .clientPrivateKey(TestKeys.CLIENT.getPrivate())
      .build();
  private static final JweCodec SERVER =
      JweCodec.forServer(TestKeys.SERVER.getPrivate(), TestKeys.CLIENT.getPublic());
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

  /** A valid response JWE encrypted to the client. */
  private static String response() {
    return SERVER.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8));
  }

  private static KonaplateCryptoException refused(String compact) {
    KonaplateCryptoException e =
        assertThrows(KonaplateCryptoException.class, () -> CLIENT.decrypt(compact));
    List<String> secrets = new ArrayList<>(TestKeys.secretsOf(TestKeys.CLIENT));
    secrets.addAll(TestKeys.secretsOf(TestKeys.SERVER));
    secrets.add(PLAINTEXT);
    secrets.add("Q1SECRETPAR");
    Hygiene.assertNoSecrets(e, secrets);
    return e;
  }

  private static void assertMessageContains(Throwable e, String expected) {
    assertTrue(e.getMessage().contains(expected),
        () -> "expected \"" + expected + "\" in: " + e.getMessage());
  }

  @Test
  void validResponse_decrypts() {
    assertArrayEquals(PLAINTEXT.getBytes(StandardCharsets.UTF_8), CLIENT.decrypt(response()));
  }

  @ParameterizedTest(name = "part {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void flippingAByteInAnyPart_isRefused(int part) {
    String[] parts = response().split("\\.");
    byte[] bytes = UNB64.decode(parts[part]);
    bytes[bytes.length / 2] ^= 0x01;
    parts[part] = B64.encodeToString(bytes);

    KonaplateCryptoException e = refused(String.join(".", parts));

    assertMessageContains(e, "JWE refused");
  }

  @ParameterizedTest(name = "part {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void changingACharacterInAnyPart_isRefused(int part) {
    String[] parts = response().split("\\.");
    char c = parts[part].charAt(0);
    parts[part] = (c == 'A' ? 'B' : 'A') + parts[part].substring(1);

    refused(String.join(".", parts));
  }

  @Test
  void aHeaderWithTheSameMeaningButOtherBytes_failsAuthentication() {
    String[] parts = response().split("\\.");
    parts[0] = B64.encodeToString(
        "{\"enc\":\"A128GCM\",\"alg\":\"RSA-OAEP-256\"}".getBytes(StandardCharsets.UTF_8));

    KonaplateCryptoException e = refused(String.join(".", parts));

    assertMessageContains(e, "decryption failed");
  }

  @Test
  void nonCanonicalBase64_isRefused() {
    String[] parts = response().split("\\.");
    // A 16-byte tag is 22 characters whose last one carries 4 unused bits: set one.
    String tag = parts[4];
    char last = tag.charAt(tag.length() - 1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    parts[4] = tag.substring(0, tag.length() - 1) + alphabet.charAt(alphabet.indexOf(last) | 1);

    assertMessageContains(refused(String.join(".", parts)), "canonical");
  }

  /**
   * A JWE built by hand with the JCA, to the client's key: RSA-OAEP-256 of {@code contentKey},
   * AES-GCM with an IV of {@code ivBytes} and a tag of {@code tagBits}, header {@code enc}.
   */
  private static String handMade(String enc, byte[] contentKey, int ivBytes, int tagBits)
      throws Exception {
    String header = B64.encodeToString(("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"" + enc + "\"}")
        .getBytes(StandardCharsets.UTF_8));
    Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
    rsa.init(Cipher.ENCRYPT_MODE, TestKeys.CLIENT.getPublic(), new OAEPParameterSpec("SHA-256",
        "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    byte[] iv = new byte[ivBytes];
    new SecureRandom().nextBytes(iv);
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(contentKey, "AES"),
        new GCMParameterSpec(tagBits, iv));
    gcm.updateAAD(header.getBytes(StandardCharsets.US_ASCII));
    byte[] sealed = gcm.doFinal(PLAINTEXT.getBytes(StandardCharsets.UTF_8));
    int tagStart = sealed.length - tagBits / 8;
    return header + "." + B64.encodeToString(rsa.doFinal(contentKey)) + "."
        + B64.encodeToString(iv) + "." + B64.encodeToString(Arrays.copyOf(sealed, tagStart)) + "."
        + B64.encodeToString(Arrays.copyOfRange(sealed, tagStart, sealed.length));
  }

  @Test
  void aHandMadeJweWithinTheRules_decrypts() throws Exception {
    // The control for the three refusals below: the same construction, every length right.
    assertArrayEquals(PLAINTEXT.getBytes(StandardCharsets.UTF_8),
        CLIENT.decrypt(handMade("A128GCM", new byte[16], 12, 128)));
    assertArrayEquals(PLAINTEXT.getBytes(StandardCharsets.UTF_8),
        CLIENT.decrypt(handMade("A256GCM", new byte[32], 12, 128)));
  }

  @Test
  void anIvOtherThan96Bits_isRefused() throws Exception {
    assertMessageContains(refused(handMade("A128GCM", new byte[16], 16, 128)),
        "initialization vector is not 96 bits");
  }

  @Test
  void aTagShorterThan128Bits_isRefused() throws Exception {
    assertMessageContains(refused(handMade("A128GCM", new byte[16], 12, 96)),
        "authentication tag is not 128 bits");
  }

  @Test
  void aContentKeyThatDoesNotFitTheEnc_isRefused() throws Exception {
    // An AES-128 key under a header that says A256GCM, the tag computed with it.
    assertMessageContains(refused(handMade("A256GCM", new byte[16], 12, 128)),
        "decryption failed");
  }

  @Test
  void aResponseEncryptedToAnotherKey_isRefused() {
    JweCodec stranger = JweCodec.builder().encryptTo(TestKeys.STRANGER.getPublic()).build();

    KonaplateCryptoException e =
        refused(stranger.encrypt(PLAINTEXT.getBytes(StandardCharsets.UTF_8)));

    assertMessageContains(e, "decryption failed");
    assertMessageContains(e, "clientPrivateKey");
  }

  @Test
  void withoutAClientPrivateKey_decryptNamesTheSetting() {
    JweEncryption noKey = JweEncryption.builder()
        .cryptoKeyId("0123456789abcdef0123456789abcdef")
        .serverPublicKey(TestKeys.SERVER.getPublic())
        .build();

    KonaplateCryptoException e =
        assertThrows(KonaplateCryptoException.class, () -> noKey.decrypt(response()));

    assertMessageContains(e, "clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY)");
    assertEquals(false, noKey.canDecrypt());
  }

  static Stream<Arguments> foreignAlgorithms() {
    return Stream.of(
        Arguments.of(KeyManagementAlgorithmIdentifiers.RSA1_5,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, TestKeys.CLIENT.getPublic(),
            "alg \"RSA1_5\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.DIRECT,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, new AesKey(new byte[16]),
            "alg \"dir\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.A128KW,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, new AesKey(new byte[16]),
            "alg \"A128KW\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.A256GCMKW,
            ContentEncryptionAlgorithmIdentifiers.AES_256_GCM, new AesKey(new byte[32]),
            "alg \"A256GCMKW\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.ECDH_ES,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, TestKeys.ec().getPublic(),
            "alg \"ECDH-ES\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.ECDH_ES_A128KW,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, TestKeys.ec().getPublic(),
            "alg \"ECDH-ES+A128KW\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.PBES2_HS256_A128KW,
            ContentEncryptionAlgorithmIdentifiers.AES_128_GCM,
            new PbkdfKey("a long enough test password"), "alg \"PBES2-HS256+A128KW\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256,
            ContentEncryptionAlgorithmIdentifiers.AES_128_CBC_HMAC_SHA_256,
            TestKeys.CLIENT.getPublic(), "enc \"A128CBC-HS256\""),
        Arguments.of(KeyManagementAlgorithmIdentifiers.RSA_OAEP,
            ContentEncryptionAlgorithmIdentifiers.AES_192_GCM, TestKeys.CLIENT.getPublic(),
            "enc \"A192GCM\""));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("foreignAlgorithms")
  void anyOtherAlgorithm_isRefusedByName(String alg, String enc, Key key, String named)
      throws Exception {
    JsonWebEncryption jose4j = jose4j(alg, enc, key);

    KonaplateCryptoException e = refused(jose4j.getCompactSerialization());

    assertMessageContains(e, named + " is not accepted");
  }

  @Test
  void aZipHeader_isRefused() throws Exception {
    JsonWebEncryption jose4j = jose4j(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256,
        ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, TestKeys.CLIENT.getPublic());
    jose4j.enableDefaultCompression();

    assertMessageContains(refused(jose4j.getCompactSerialization()), "\"zip\" header");
  }

  @Test
  void aCritHeader_isRefused() throws Exception {
    JsonWebEncryption jose4j = jose4j(KeyManagementAlgorithmIdentifiers.RSA_OAEP_256,
        ContentEncryptionAlgorithmIdentifiers.AES_128_GCM, TestKeys.CLIENT.getPublic());
    jose4j.setHeader("urn:example:policy", "strict");
    jose4j.setCriticalHeaderNames("urn:example:policy");

    assertMessageContains(refused(jose4j.getCompactSerialization()), "\"crit\" header");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"alg\":\"none\",\"enc\":\"A128GCM\"}",
      "{\"alg\":\"RSA-OAEP-384\",\"enc\":\"A128GCM\"}",
      "{\"alg\":\"rsa-oaep-256\",\"enc\":\"A128GCM\"}",
      "{\"alg\":256,\"enc\":\"A128GCM\"}",
      "{\"enc\":\"A128GCM\"}",
      "{\"alg\":\"RSA-OAEP-256\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"zip\":\"DEF\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"crit\":[\"exp\"],\"exp\":1}",
      "{\"alg\":\"RSA-OAEP-256\",\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\"}",
      "[\"alg\",\"RSA-OAEP-256\"]",
      // JSON that is not an object; "null" was found by JweDecryptionFuzzTest (it used to
      // escape as a NullPointerException).
      "null",
      " null ",
      "\"RSA-OAEP-256\"",
      "256",
      "true",
      "not json at all"})
  void handBuiltHeaders_areRefusedBeforeAnyKeyIsUsed(String header) {
    String[] parts = response().split("\\.");
    parts[0] = B64.encodeToString(header.getBytes(StandardCharsets.UTF_8));

    KonaplateCryptoException e = refused(String.join(".", parts));

    assertMessageContains(e, "JWE refused");
  }

  @Test
  void algNone_isNamedInTheMessage() {
    String[] parts = response().split("\\.");
    parts[0] = B64.encodeToString(
        "{\"alg\":\"none\",\"enc\":\"A128GCM\"}".getBytes(StandardCharsets.UTF_8));

    assertMessageContains(refused(String.join(".", parts)),
        "alg \"none\" is not accepted; only RSA-OAEP-256 and RSA-OAEP are");
  }

  @Test
  void aHostileHeaderValue_isNotEchoed() {
    String[] parts = response().split("\\.");
    parts[0] = B64.encodeToString("{\"alg\":\"<script>\\n\",\"enc\":\"A128GCM\"}"
        .getBytes(StandardCharsets.UTF_8));

    KonaplateCryptoException e = refused(String.join(".", parts));

    assertMessageContains(e, "alg (unsupported value)");
  }

  static Stream<String> malformed() {
    String[] p = response().split("\\.");
    return Stream.of(
        "",
        "not a jwe",
        String.join(".", Arrays.copyOf(p, 4)),
        String.join(".", p) + ".AAAA",
        p[0] + "." + p[1] + "." + p[2] + "." + p[3] + ".",
        p[0] + ".." + p[2] + "." + p[3] + "." + p[4],
        p[0] + "." + p[1] + "." + p[2] + "." + p[3] + "." + p[4] + "==",
        p[0] + "." + p[1] + "+/." + p[2] + "." + p[3] + "." + p[4],
        p[0] + "." + p[1] + "." + p[2] + "." + p[3] + "." + p[4] + "A",
        " " + String.join(".", p),
        "." + p[1] + "." + p[2] + "." + p[3] + "." + p[4]);
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedCompactSerializations_areRefused(String compact) {
    assertMessageContains(refused(compact), "JWE refused");
  }

  @Test
  void nullInput_isANullPointerException() {
    assertThrows(NullPointerException.class, () -> CLIENT.decrypt(null));
    assertThrows(NullPointerException.class, () -> CLIENT.encrypt(null));
  }

  @Test
  void concurrentUse_isSafe() throws Exception {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, 4).forEach(t -> threads.add(new Thread(() -> {
      try {
        for (int i = 0; i < 20; i++) {
          byte[] body = ("{\"n\":" + t + i + "}").getBytes(StandardCharsets.UTF_8);
          assertArrayEquals(body, SERVER.decrypt(CLIENT.encrypt(body)));
          assertArrayEquals(body, CLIENT.decrypt(SERVER.encrypt(body)));
        }
      } catch (Throwable e) {
        failures.add(e);
      }
    })));
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(List.of(), failures);
  }

  private static JsonWebEncryption jose4j(String alg, String enc, Key key) {
    JsonWebEncryption jwe = new JsonWebEncryption();
    jwe.setAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jwe.setContentEncryptionAlgorithmConstraints(AlgorithmConstraints.NO_CONSTRAINTS);
    jwe.setAlgorithmHeaderValue(alg);
    jwe.setEncryptionMethodHeaderParameter(enc);
    jwe.setKey(key);
    jwe.setPlaintext(PLAINTEXT);
    return jwe;
  }
}
