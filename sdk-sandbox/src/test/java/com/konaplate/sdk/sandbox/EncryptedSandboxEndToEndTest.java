package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.exception.AuthenticationException;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link KonaplateClient} with {@link JweEncryption} against the sandbox with crypto
 * keys: encrypted terminate, encrypted error answers, the token over the encrypted body, the
 * policies, refusals and the JWE faults, as a partner's code would see them.
 */
class EncryptedSandboxEndToEndTest {
  private static final Pattern TOKEN = Pattern.compile("^KMV1:(\\d{17}):(.{44})$");
  private static final long USER = DocumentedCase.SUCCESS.userId();
  private static final String PAR = DocumentedCase.SUCCESS.par();
  private static final long BALANCE_USER = DocumentedCase.BALANCE_LEFT.userId();
  private static final String BALANCE_PAR = DocumentedCase.BALANCE_LEFT.par();

  /** Answers encrypted only when the request is. */
  private static final KonaplateSandbox SANDBOX = KonaplateSandbox.builder()
      .cryptoKey(TestCryptoKeys.KEY)
      .start();
  /** Encrypts every answer, to plain requests too. */
  private static final KonaplateSandbox ENCRYPTING = KonaplateSandbox.builder()
      .cryptoKey(TestCryptoKeys.KEY)
      .encryptResponses(true)
      .start();

  @AfterAll
  static void stop() {
    SANDBOX.close();
    ENCRYPTING.close();
  }

  @BeforeEach
  void reset() {
    SANDBOX.reset();
    ENCRYPTING.reset();
  }

  private static KonaplateClient client(KonaplateSandbox sandbox, EncryptionPolicy policy) {
    return sandbox.clientBuilder()
        .retryPolicy(RetryPolicy.none())
        .encryption(sandbox.clientEncryptionBuilder().policy(policy).build())
        .build();
  }

  private static RecordedRequest onlyRequest(KonaplateSandbox sandbox) {
    List<RecordedRequest> recorded = sandbox.recordedRequests();
    assertEquals(1, recorded.size(), recorded.toString());
    return recorded.get(0);
  }

  @Test
  void encryptedTerminate_succeeds_andTheCardIsTerminated() {
    TerminateCardResult result;
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      result = client.cards().terminate(USER, PAR);
    }

    assertEquals("000_000", result.code());
    assertEquals(CardStatus.TERMINATED, SANDBOX.cardStatus(PAR).get());
    assertEquals(1, SANDBOX.terminationCount(PAR));
    RecordedRequest r = onlyRequest(SANDBOX);
    assertTrue(r.encrypted());
    assertEquals(TestCryptoKeys.KEY.cryptoKeyId(), r.header("X-KM-Crypto-Key-Id"));
    assertFalse(r.bodyUtf8().contains(PAR), "the PAR does not travel in the clear");
    JsonObject plain = JsonParser.parseString(r.decryptedBody().get()).getAsJsonObject();
    assertEquals(USER, plain.get("userId").getAsLong());
    assertEquals(PAR, plain.get("par").getAsString());
    assertTrue(r.responseEncrypted());
    assertEquals("000_000", r.code());
  }

  @Test
  void theRecordedToken_verifiesOverTheRecordedEncryptedWireBody() {
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      client.cards().terminate(USER, PAR);
    }

    RecordedRequest r = onlyRequest(SANDBOX);
    String jwe = TestCryptoKeys.jweOf(r.bodyUtf8());
    assertEquals(5, jwe.split("\\.").length);
    Matcher token = TOKEN.matcher(r.header("X-KM-Tran-Token"));
    assertTrue(token.matches(), r.header("X-KM-Tran-Token"));
    assertEquals(TestSigner.hmac(SANDBOX.credentials().secretKey(), r.body()), token.group(2),
        "X-KM-Tran-Token signs the exact encrypted wire body");
    assertFalse(TestSigner.hmac(SANDBOX.credentials().secretKey(),
        r.decryptedBody().get().getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .equals(token.group(2)), "and not the plaintext");
    assertEquals(r.header("X-KM-Tran-Time"), token.group(1).substring(0, 14));
  }

  @Test
  void anEncryptedErrorResponse_mapsToItsTypedException() {
    CardHasBalanceException e;
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      e = assertThrows(CardHasBalanceException.class,
          () -> client.cards().terminate(BALANCE_USER, BALANCE_PAR));
    }

    assertEquals("001_052", e.code());
    assertEquals(400, e.httpStatus());
    assertFalse(e.outcomeUnknown());
    RecordedRequest r = onlyRequest(SANDBOX);
    assertTrue(r.encrypted());
    assertTrue(r.responseEncrypted(), "the error answer was encrypted too");
    assertEquals(CardStatus.ACTIVE, SANDBOX.cardStatus(BALANCE_PAR).get());
  }

  @Test
  void followTheSpec_sendsTerminatePlain_andDecryptsTheEncryptedAnswer() {
    TerminateCardResult result;
    try (KonaplateClient client = client(ENCRYPTING, EncryptionPolicy.FOLLOW_SPEC)) {
      result = client.cards().terminate(USER, PAR);
    }

    assertEquals("000_000", result.code());
    RecordedRequest r = onlyRequest(ENCRYPTING);
    assertFalse(r.encrypted(), "openapi.yaml does not flag terminate's request");
    assertNull(r.header("X-KM-Crypto-Key-Id"));
    assertTrue(r.bodyUtf8().contains(PAR));
    assertFalse(r.decryptedBody().isPresent());
    assertTrue(r.responseEncrypted());
    assertEquals(CardStatus.TERMINATED, ENCRYPTING.cardStatus(PAR).get());
  }

  @Test
  void followTheSpec_mapsAnEncryptedErrorAnswer_too() {
    try (KonaplateClient client = client(ENCRYPTING, EncryptionPolicy.FOLLOW_SPEC)) {
      assertEquals("001_052", assertThrows(CardHasBalanceException.class,
          () -> client.cards().terminate(BALANCE_USER, BALANCE_PAR)).code());
    }
  }

  @Test
  void anUnknownCryptoKeyId_isAnAuthenticationException_990_005() {
    AuthenticationException e;
    try (KonaplateClient client = SANDBOX.clientBuilder()
        .retryPolicy(RetryPolicy.none())
        .encryption(SANDBOX.clientEncryptionBuilder()
            .cryptoKeyId("ffffffffffffffffffffffffffffffff")
            .policy(EncryptionPolicy.ALL_REQUESTS).build())
        .build()) {
      e = assertThrows(AuthenticationException.class, () -> client.cards().terminate(USER, PAR));
    }

    assertEquals(SandboxCodes.CRYPTO_REFUSED, e.code());
    assertEquals(401, e.httpStatus());
    assertFalse(e.outcomeUnknown());
    assertEquals(0, SANDBOX.terminationCount(PAR));
  }

  @Test
  void aRequestEncryptedToTheWrongServerKey_isAnAuthenticationException_990_005() {
    AuthenticationException e;
    try (KonaplateClient client = SANDBOX.clientBuilder()
        .retryPolicy(RetryPolicy.none())
        .encryption(SANDBOX.clientEncryptionBuilder()
            .serverPublicKey((RSAPublicKey) TestCryptoKeys.STRANGER.getPublic())
            .policy(EncryptionPolicy.ALL_REQUESTS).build())
        .build()) {
      e = assertThrows(AuthenticationException.class, () -> client.cards().terminate(USER, PAR));
    }

    assertEquals("990_005", e.code());
    assertEquals(0, SANDBOX.terminationCount(PAR));
    assertFalse(onlyRequest(SANDBOX).responseEncrypted());
  }

  @Test
  void tamperedJwe_isAKonaplateCryptoException_withOutcomeUnknown_afterAnAppliedTermination() {
    SANDBOX.faults().next(1, Fault.tamperedJwe());
    KonaplateCryptoException e;
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(USER, PAR));
    }

    assertTrue(e.outcomeUnknown(), "a 200 whose payload cannot be read: the card may be gone");
    assertEquals(200, e.httpStatus());
    assertEquals(1, e.attempts());
    assertEquals(1, SANDBOX.terminationCount(PAR));
    assertEquals(CardStatus.TERMINATED, SANDBOX.cardStatus(PAR).get());
  }

  @Test
  void undecryptableJwe_isAKonaplateCryptoException_withOutcomeUnknown_afterAnAppliedTermination() {
    SANDBOX.faults().next(1, Fault.undecryptableJwe());
    KonaplateCryptoException e;
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(USER, PAR));
    }

    assertTrue(e.outcomeUnknown());
    assertTrue(e.getMessage().contains("decryption failed"), e.getMessage());
    assertEquals(1, SANDBOX.terminationCount(PAR));
  }

  @Test
  void aJweFaultOnAnErrorAnswer_isACryptoException_whoseOutcomeIsKnown() {
    // A 400 means nothing happened, even when its payload cannot be read.
    SANDBOX.faults().next(1, Fault.tamperedJwe());
    KonaplateCryptoException e;
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(BALANCE_USER, BALANCE_PAR));
    }
    assertFalse(e.outcomeUnknown());
    assertEquals(400, e.httpStatus());
  }

  @Test
  void jweFaults_reachAPlainClientWithAPrivateKey_too() {
    SANDBOX.faults().next(1, Fault.undecryptableJwe());
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.FOLLOW_SPEC)) {
      assertTrue(assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(USER, PAR)).outcomeUnknown());
    }
    assertFalse(onlyRequest(SANDBOX).encrypted());
  }

  @Test
  void aClientWithoutAPrivateKey_isToldToSetKonaplateClientPrivateKey() {
    KonaplateCryptoException e;
    try (KonaplateClient client = ENCRYPTING.clientBuilder()
        .retryPolicy(RetryPolicy.none())
        .encryption(JweEncryption.builder()
            .cryptoKeyId(ENCRYPTING.cryptoKey().cryptoKeyId())
            .serverPublicKey(ENCRYPTING.cryptoKey().serverPublicKey())
            .build())
        .build()) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(USER, PAR));
    }

    assertTrue(e.getMessage().contains("KONAPLATE_CLIENT_PRIVATE_KEY"), e.getMessage());
    assertTrue(e.outcomeUnknown(), "the sandbox terminated the card and said so, encrypted");
    assertEquals(1, ENCRYPTING.terminationCount(PAR));
  }

  /** A client of {@code sandbox} without any encryption (clientBuilder() configures one). */
  private static KonaplateClient.Builder unencryptedClientBuilder(KonaplateSandbox sandbox) {
    return KonaplateClient.builder()
        .baseUrl(sandbox.baseUrl())
        .aspId(sandbox.credentials().aspId())
        .accessKey(sandbox.credentials().accessKey())
        .secretKey(sandbox.credentials().secretKey())
        .clock(sandbox.clock());
  }

  @Test
  void aClientWithoutEncryptionAtAll_isToldToSetKonaplateClientPrivateKey() {
    KonaplateCryptoException e;
    try (KonaplateClient client = unencryptedClientBuilder(ENCRYPTING)
        .retryPolicy(RetryPolicy.none()).build()) {
      e = assertThrows(KonaplateCryptoException.class,
          () -> client.cards().terminate(BALANCE_USER, BALANCE_PAR));
    }
    assertTrue(e.getMessage().contains("KONAPLATE_CLIENT_PRIVATE_KEY"), e.getMessage());
    assertFalse(e.outcomeUnknown(), "a 400");
  }

  @Test
  void aParFault_firesForAnEncryptedRequest_andTheRetryTerminatesOnce() {
    SANDBOX.faults().forPar(PAR).next(1, Fault.serverError(503));
    TerminateCardResult result;
    try (KonaplateClient client = SANDBOX.clientBuilder()
        .encryption(SANDBOX.clientEncryptionBuilder()
            .policy(EncryptionPolicy.ALL_REQUESTS).build())
        .build()) {
      result = client.cards().terminate(USER, PAR);
    }

    assertEquals("000_000", result.code());
    assertEquals(2, result.attempts());
    assertEquals(1, SANDBOX.terminationCount(PAR));
    List<RecordedRequest> recorded = SANDBOX.recordedRequests();
    assertEquals(Fault.serverError(503), recorded.get(0).fault().get());
    assertEquals(recorded.get(0).header("X-KM-Correlation-Id"),
        recorded.get(1).header("X-KM-Correlation-Id"));
    assertFalse(recorded.get(0).bodyUtf8().equals(recorded.get(1).bodyUtf8()),
        "each attempt is encrypted afresh");
  }

  @Test
  void terminateAsync_isEncryptedAndDecryptedAlike() {
    try (KonaplateClient client = client(SANDBOX, EncryptionPolicy.ALL_REQUESTS)) {
      assertEquals("000_000", client.cards().terminateAsync(USER, PAR).join().code());
      CompletionException e = assertThrows(CompletionException.class,
          () -> client.cards().terminateAsync(BALANCE_USER, BALANCE_PAR).join());
      assertTrue(e.getCause() instanceof CardHasBalanceException, String.valueOf(e.getCause()));
    }
    assertTrue(SANDBOX.recordedRequests().stream().allMatch(RecordedRequest::encrypted));
  }
}
