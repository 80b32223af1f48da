package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.EngineFixtures.CREDENTIALS;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.NOW;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.PATH;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.description;
import static com.konaplate.sdk.sandbox.internal.EngineFixtures.json;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.TestCryptoKeys;
import com.konaplate.sdk.sandbox.TestSigner;
import com.konaplate.sdk.crypto.ContentEncryption;
import com.konaplate.sdk.crypto.KeyManagement;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Message encryption in the engine: which key decrypts a request, what is refused and with
 * which code, when answers are encrypted and to whom, and the JWE faults.
 */
class CryptoEngineTest {
  private static final String KEY_ID = TestCryptoKeys.KEY.cryptoKeyId();
  private static final String SECOND_ID = TestCryptoKeys.SECOND.cryptoKeyId();
  private static final JweCodec CLIENT = TestCryptoKeys.client(TestCryptoKeys.KEY);
  private static final JweCodec SECOND_CLIENT = TestCryptoKeys.client(TestCryptoKeys.SECOND);
  private static final long USER = DocumentedCase.SUCCESS.userId();
  private static final String PAR = DocumentedCase.SUCCESS.par();
  private static final byte[] PLAIN = TestSigner.body(USER, PAR);

  private static SandboxCrypto crypto(boolean encryptAll) {
    return new SandboxCrypto(List.of(TestCryptoKeys.engineKey(TestCryptoKeys.KEY),
        TestCryptoKeys.engineKey(TestCryptoKeys.SECOND)), encryptAll, new SecureRandom());
  }

  private final SandboxEngine engine = EngineFixtures.engine(crypto(false), false);

  /** {"encData":"<jwe>"} bytes. */
  private static byte[] envelope(String jwe) {
    return ("{\"encData\":\"" + jwe + "\"}").getBytes(StandardCharsets.UTF_8);
  }

  /** Posts {@code wire} signed over its exact bytes, with the crypto key id when non-null. */
  private static EngineResponse post(SandboxEngine engine, String keyId, byte[] wire) {
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, wire);
    if (keyId != null) {
      h.put("X-KM-Crypto-Key-Id", keyId);
    }
    return EngineFixtures.post(engine, h, wire);
  }

  private static EngineResponse postEncrypted(SandboxEngine engine, byte[] plaintext) {
    return post(engine, KEY_ID, envelope(CLIENT.encrypt(plaintext)));
  }

  /** The response's plaintext, decrypted as the client of {@code key} would. */
  private static JsonObject decrypted(EngineResponse r, JweCodec client) {
    String body = new String(r.body(), StandardCharsets.UTF_8);
    byte[] plain = client.decrypt(TestCryptoKeys.jweOf(body));
    return JsonParser.parseString(new String(plain, StandardCharsets.UTF_8)).getAsJsonObject();
  }

  private static String code(JsonObject o) {
    return o.getAsJsonObject("response").get("code").getAsString();
  }

  private static void assertPlain(EngineResponse r) {
    assertNull(r.headers().get("X-KM-Crypto-Key-Id"));
    assertNull(r.cryptoKeyId());
    assertFalse(json(r).has("encData"));
  }

  @Test
  void anEncryptedRequest_isDecryptedWithItsServerKey_andAnsweredEncryptedToItsClientKey() {
    EngineResponse r = postEncrypted(engine, PLAIN);

    assertEquals(200, r.status());
    assertEquals("000_000", r.code());
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    assertEquals("application/json;charset=UTF-8", r.headers().get("Content-Type"));
    JsonObject plain = decrypted(r, CLIENT);
    assertEquals("000_000", code(plain));
    assertEquals("Success", plain.getAsJsonObject("response").get("description").getAsString());
    assertEquals(CardStatus.TERMINATED, engine.cardStatus(PAR));
    assertEquals(1, engine.terminations(PAR));

    RecordedExchange e = engine.log().snapshot().get(0);
    assertTrue(new String(e.body(), StandardCharsets.UTF_8).startsWith("{\"encData\":\""),
        "the wire body is recorded");
    assertArrayEquals(PLAIN, e.decryptedBody());
    assertEquals(KEY_ID, e.responseCryptoKeyId);
  }

  @Test
  void anEncryptedBusinessError_isAnsweredEncryptedToo() {
    EngineResponse r = postEncrypted(engine, TestSigner.body(
        DocumentedCase.BALANCE_LEFT.userId(), DocumentedCase.BALANCE_LEFT.par()));
    assertEquals(400, r.status());
    assertEquals("001_052", r.code());
    assertEquals("001_052", code(decrypted(r, CLIENT)));
  }

  @Test
  void theSecondKey_decryptsWithItsOwnServerKey_andAnswersToItsOwnClientKey() {
    EngineResponse r = post(engine, SECOND_ID, envelope(SECOND_CLIENT.encrypt(PLAIN)));
    assertEquals("000_000", r.code());
    assertEquals(SECOND_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    assertEquals("000_000", code(decrypted(r, SECOND_CLIENT)));
    String jwe = TestCryptoKeys.jweOf(new String(r.body(), StandardCharsets.UTF_8));
    assertThrows(KonaplateCryptoException.class, () -> CLIENT.decrypt(jwe),
        "encrypted to the second key's client, not the first's");
  }

  @Test
  void aRequestEncryptedUnderTheOtherKeysServerKey_isUndecryptable() {
    EngineResponse r = post(engine, SECOND_ID, envelope(CLIENT.encrypt(PLAIN)));
    assertEquals(401, r.status());
    assertEquals("990_005", r.code());
  }

  @Test
  void anUnknownCryptoKeyId_is401_990_005_inPlainJson() {
    EngineResponse r = post(engine, "ffffffffffffffffffffffffffffffff",
        envelope(CLIENT.encrypt(PLAIN)));
    assertEquals(401, r.status());
    assertEquals("990_005", r.code());
    assertEquals("Unknown X-KM-Crypto-Key-Id", description(r));
    assertPlain(r);
    assertEquals(0, engine.terminations(PAR));
  }

  @Test
  void theKeyIdIsCheckedBeforeTheToken() {
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, PLAIN);
    h.put("X-KM-Crypto-Key-Id", "ffffffffffffffffffffffffffffffff");
    h.put("X-KM-Tran-Token", h.get("X-KM-Tran-Token").replace("KMV1:2", "KMV1:1"));
    assertEquals("990_005", EngineFixtures.post(engine, h, PLAIN).code());
  }

  @Test
  void aTamperedRequestJwe_is401_990_005_inPlainJson_andNothingHappens() {
    String jwe = CLIENT.encrypt(PLAIN);
    String tampered = SandboxCrypto.tamper(jwe);
    assertNotEquals(jwe, tampered);
    EngineResponse r = post(engine, KEY_ID, envelope(tampered));
    assertEquals(401, r.status());
    assertEquals("990_005", r.code());
    assertTrue(description(r).startsWith("encData cannot be decrypted"), description(r));
    assertPlain(r);
    assertEquals(0, engine.terminations(PAR));
    assertNull(engine.log().snapshot().get(0).decryptedBody());
  }

  @Test
  void aRequestEncryptedToAStrangersKey_is990_005() {
    JweCodec stranger = JweCodec.builder().encryptTo(TestCryptoKeys.STRANGER.getPublic()).build();
    EngineResponse r = post(engine, KEY_ID, envelope(stranger.encrypt(PLAIN)));
    assertEquals("990_005", r.code());
    assertPlain(r);
  }

  static Stream<Arguments> accepted() {
    return Stream.of(KeyManagement.values()).flatMap(alg -> Stream.of(ContentEncryption.values())
        .map(enc -> Arguments.of(alg, enc)));
  }

  @ParameterizedTest
  @MethodSource("accepted")
  void everyAcceptedCombination_decrypts(KeyManagement alg, ContentEncryption enc) {
    JweCodec client = JweCodec.builder().encryptTo(TestCryptoKeys.KEY.serverPublicKey())
        .keyManagement(alg).contentEncryption(enc).build();
    assertEquals("000_000", post(engine, KEY_ID, envelope(client.encrypt(PLAIN))).code());
  }

  /**
   * Refused headers put on a real JWE. The sandbox decrypts with the SDK's own JweCodec, whose
   * tests refuse real JWEs of each refused algorithm; here only the sandbox's answer matters.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "{\"alg\":\"RSA1_5\",\"enc\":\"A128GCM\"}",
      "{\"alg\":\"dir\",\"enc\":\"A128GCM\"}",
      "{\"alg\":\"none\",\"enc\":\"A128GCM\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128CBC-HS256\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A192GCM\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"zip\":\"DEF\"}",
      "{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\",\"crit\":[\"exp\"],\"exp\":1}",
      "{\"enc\":\"A128GCM\",\"alg\":\"RSA-OAEP-256\"}",
      "null"})
  void refusedOrAlteredHeaders_are990_005(String header) {
    String jwe = CLIENT.encrypt(PLAIN);
    String swapped = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(header.getBytes(StandardCharsets.UTF_8)) + jwe.substring(jwe.indexOf('.'));
    EngineResponse r = post(engine, KEY_ID, envelope(swapped));
    assertEquals("990_005", r.code(), header);
    assertPlain(r);
    assertEquals(0, engine.terminations(PAR));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"userId\":100000000001,\"par\":\"Q10000000000000000000000101\"}",
      "{\"encData\":123}",
      "{\"encData\":null}",
      "{\"encData\":\"a.b.c.d.e\",\"par\":\"Q10000000000000000000000101\"}",
      "[\"encData\"]",
      "not json"})
  void anEncryptedRequestMustBeExactlyAnEncDataEnvelope(String body) {
    EngineResponse r = post(engine, KEY_ID, body.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, r.status());
    assertEquals("000_002", r.code());
    // Past authentication: the answer is encrypted, as every answer to an encrypted request.
    JsonObject plain = decrypted(r, CLIENT);
    assertEquals("Invalid input parameter. encData",
        plain.getAsJsonObject("response").get("description").getAsString());
    assertEquals(0, engine.terminations(PAR));
  }

  @Test
  void theTokenMustSignTheWireBody_notThePlaintext() {
    byte[] wire = envelope(CLIENT.encrypt(PLAIN));
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, PLAIN); // signs the plaintext
    h.put("X-KM-Crypto-Key-Id", KEY_ID);
    EngineResponse r = EngineFixtures.post(engine, h, wire);
    assertEquals(401, r.status());
    assertEquals("990_002", r.code());
    assertPlain(r);
    assertEquals(0, engine.terminations(PAR));
  }

  @Test
  void theDecryptedPlaintext_goesThroughTheOrdinaryRules() {
    EngineResponse r = postEncrypted(engine, "{\"userId\":\"1\",\"par\":\"x\"}"
        .getBytes(StandardCharsets.UTF_8));
    assertEquals("000_002", r.code());
    assertEquals("Invalid input parameter. userId",
        decrypted(r, CLIENT).getAsJsonObject("response").get("description").getAsString());
    assertEquals("000_002", postEncrypted(engine, "[]".getBytes(StandardCharsets.UTF_8)).code());
  }

  @Test
  void anEncDataBodyWithoutACryptoKeyId_is400NamingTheHeader() {
    EngineResponse r = post(engine, null, envelope(CLIENT.encrypt(PLAIN)));
    assertEquals(400, r.status());
    assertEquals("000_002", r.code());
    assertEquals("Invalid input parameter. X-KM-Crypto-Key-Id", description(r));
    assertPlain(r);
  }

  @Test
  void aPlainRequest_getsAPlainAnswer_byDefault() {
    EngineResponse r = post(engine, null, PLAIN);
    assertEquals("000_000", r.code());
    assertPlain(r);
  }

  @Test
  void encryptAllResponses_encryptsAnswersToPlainRequests_toTheFirstKey() {
    SandboxEngine all = EngineFixtures.engine(crypto(true), false);
    EngineResponse r = post(all, null, PLAIN);
    assertEquals(200, r.status());
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    assertEquals("000_000", code(decrypted(r, CLIENT)));

    EngineResponse error = post(all, null, TestSigner.body(
        DocumentedCase.BALANCE_LEFT.userId(), DocumentedCase.BALANCE_LEFT.par()));
    assertEquals(400, error.status());
    assertEquals("001_052", code(decrypted(error, CLIENT)));

    EngineResponse invalid = post(all, null, "{}".getBytes(StandardCharsets.UTF_8));
    assertEquals("000_002", code(decrypted(invalid, CLIENT)));
  }

  @Test
  void encryptAllResponses_keepsAuthenticationFailuresPlain() {
    SandboxEngine all = EngineFixtures.engine(crypto(true), false);
    Map<String, String> h = TestSigner.headers(CREDENTIALS, NOW, PLAIN);
    byte[] other = TestSigner.body(USER, "Q10000000000000000000000102");
    EngineResponse r = EngineFixtures.post(all, h, other);
    assertEquals("990_002", r.code());
    assertPlain(r);

    Map<String, String> bad = TestSigner.headers(CREDENTIALS, NOW, PLAIN);
    bad.remove("X-KM-Time-Zone");
    EngineResponse missing = EngineFixtures.post(all, bad, PLAIN);
    assertEquals("000_002", missing.code());
    assertPlain(missing);

    EngineResponse notFound = all.handle("POST", "/open-api/nope",
        TestSigner.multi(TestSigner.headers(CREDENTIALS, NOW, PLAIN)), PLAIN).response();
    assertEquals(404, notFound.status());
    assertPlain(notFound);
  }

  @Test
  void anOperationTheSpecFlags_isAnsweredEncrypted_toPlainRequestsToo() {
    SandboxEngine flagged = EngineFixtures.engine(crypto(false), true);
    EngineResponse r = post(flagged, null, PLAIN);
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    assertEquals("000_000", code(decrypted(r, CLIENT)));
  }

  @Test
  void aFlaggedOperation_staysPlain_onASandboxWithoutKeys() {
    SandboxEngine keyless = EngineFixtures.engine(SandboxCrypto.none(), true);
    EngineResponse r = post(keyless, null, PLAIN);
    assertEquals("000_000", r.code());
    assertPlain(r);
  }

  @Test
  void openapiYaml_doesNotFlagTerminatesResponse() {
    assertFalse(SandboxEngine.specFlagsTerminateResponse());
  }

  @Test
  void parRulesOfFaults_findThePar_insideAnEncryptedRequest() {
    engine.faults().add(PAR, 1, Fault.serverError(503));
    EngineResponse r = postEncrypted(engine, PLAIN);
    assertEquals(503, r.status());
    assertPlain(r); // a gateway's error page: never encrypted
    assertEquals(0, engine.terminations(PAR));
    assertEquals("000_000", postEncrypted(engine, PLAIN).code());
  }

  @Test
  void tamperedJwe_isAWellFormedEnvelope_thatFailsAuthentication_andTheEffectIsApplied() {
    engine.faults().add(null, 1, Fault.tamperedJwe());
    EngineResponse r = postEncrypted(engine, PLAIN);

    assertEquals(200, r.status());
    assertEquals("000_000", r.code()); // what was decided, then spoiled
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    String jwe = TestCryptoKeys.jweOf(new String(r.body(), StandardCharsets.UTF_8));
    assertWellFormed(jwe);
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
        () -> CLIENT.decrypt(jwe));
    assertTrue(e.getMessage().contains("decryption failed"), e.getMessage());
    assertEquals(1, engine.terminations(PAR));
  }

  @Test
  void tamperedJwe_appliesToPlainRequests_too() {
    engine.faults().add(null, 1, Fault.tamperedJwe());
    EngineResponse r = post(engine, null, PLAIN);
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    String jwe = TestCryptoKeys.jweOf(new String(r.body(), StandardCharsets.UTF_8));
    assertThrows(KonaplateCryptoException.class, () -> CLIENT.decrypt(jwe));
    assertEquals(1, engine.terminations(PAR));
  }

  @Test
  void undecryptableJwe_isEncryptedToAKeyNoClientHas_andTheEffectIsApplied() {
    engine.faults().add(null, 1, Fault.undecryptableJwe());
    EngineResponse r = postEncrypted(engine, PLAIN);

    assertEquals(200, r.status());
    assertEquals(KEY_ID, r.headers().get("X-KM-Crypto-Key-Id"));
    String jwe = TestCryptoKeys.jweOf(new String(r.body(), StandardCharsets.UTF_8));
    assertWellFormed(jwe);
    assertThrows(KonaplateCryptoException.class, () -> CLIENT.decrypt(jwe));
    assertThrows(KonaplateCryptoException.class, () -> SECOND_CLIENT.decrypt(jwe));
    assertEquals(1, engine.terminations(PAR));
    assertTrue(engine.log().snapshot().get(0).fault.kind().operationApplied());
  }

  @Test
  void tamper_flipsExactlyOneCiphertextByte() {
    String jwe = CLIENT.encrypt(PLAIN);
    String[] a = jwe.split("\\.");
    String[] b = SandboxCrypto.tamper(jwe).split("\\.");
    for (int i = 0; i < 5; i++) {
      if (i != 3) {
        assertEquals(a[i], b[i]);
      }
    }
    byte[] x = Base64.getUrlDecoder().decode(a[3]);
    byte[] y = Base64.getUrlDecoder().decode(b[3]);
    assertEquals(x.length, y.length);
    int differing = 0;
    for (int i = 0; i < x.length; i++) {
      differing += Integer.bitCount((x[i] ^ y[i]) & 0xFF);
    }
    assertEquals(1, differing);
  }

  @Test
  void aSandboxWithoutKeys_refusesEveryCryptoKeyId() {
    SandboxEngine keyless = EngineFixtures.engine(SandboxCrypto.none(), false);
    EngineResponse r = post(keyless, KEY_ID, envelope(CLIENT.encrypt(PLAIN)));
    assertEquals(401, r.status());
    assertEquals("990_005", r.code());
  }

  @Test
  void encryptAllResponses_withoutAKey_isRefused() {
    assertThrows(IllegalStateException.class,
        () -> new SandboxCrypto(List.of(), true, new SecureRandom()));
  }

  @Test
  void duplicateKeyIds_areRefused() {
    SandboxCrypto.Key k = TestCryptoKeys.engineKey(TestCryptoKeys.KEY);
    assertThrows(IllegalArgumentException.class,
        () -> new SandboxCrypto(List.of(k, k), false, new SecureRandom()));
  }

  /** Five parts of canonical unpadded Base64URL, the header the accepted one. */
  private static void assertWellFormed(String jwe) {
    String[] parts = jwe.split("\\.", -1);
    assertEquals(5, parts.length);
    for (String p : parts) {
      assertFalse(p.isEmpty());
      assertTrue(p.matches("[A-Za-z0-9_-]+"), p);
      assertEquals(p, Base64.getUrlEncoder().withoutPadding()
          .encodeToString(Base64.getUrlDecoder().decode(p)), "canonical");
    }
    assertEquals("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A128GCM\"}",
        new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8));
  }
}
