package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.CardHasBalanceException;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code @KonaplateSandboxTest(encryption = true)}: a generated key and an encrypting client. */
@KonaplateSandboxTest(encryption = true)
class EncryptedExtensionTest {

  @Test
  void theSandboxHasAGeneratedKey_andTheClientEncryptsEveryRequestToIt(KonaplateSandbox sandbox,
      KonaplateClient client) {
    SandboxCryptoKey key = sandbox.cryptoKey();
    assertTrue(key.clientPrivateKey().isPresent());

    assertEquals("000_000", client.cards().terminate(DocumentedCase.SUCCESS.userId(),
        DocumentedCase.SUCCESS.par()).code());

    RecordedRequest r = sandbox.recordedRequests().get(0);
    assertEquals(key.cryptoKeyId(), r.header("X-KM-Crypto-Key-Id"));
    assertTrue(r.decryptedBody().get().contains(DocumentedCase.SUCCESS.par()));
    assertTrue(r.responseEncrypted());
    assertEquals(1, sandbox.terminationCount(DocumentedCase.SUCCESS.par()));
  }

  @Test
  void encryptedErrors_mapToTheirTypes(KonaplateClient client) {
    assertEquals("001_052", assertThrows(CardHasBalanceException.class,
        () -> client.cards().terminate(DocumentedCase.BALANCE_LEFT.userId(),
            DocumentedCase.BALANCE_LEFT.par())).code());
  }

  @Test
  void jweFaults_canBeInjected(KonaplateSandbox sandbox, KonaplateClient client) {
    // Two: the terminate, and the read-back (Search for Card) that would otherwise settle it.
    sandbox.faults().next(2, Fault.tamperedJwe());
    KonaplateCryptoException e = assertThrows(KonaplateCryptoException.class,
        () -> client.cards().terminate(DocumentedCase.SUCCESS.userId(),
            DocumentedCase.SUCCESS.par()));
    assertTrue(e.outcomeUnknown());
  }

  @Nested
  class Inner {
    @Test
    void sharesTheEncryptingSandboxAndClient(KonaplateSandbox sandbox, KonaplateClient client) {
      assertEquals("000_000", client.cards().terminate(DocumentedCase.SUCCESS.userId(),
          DocumentedCase.SUCCESS.par()).code());
      assertTrue(sandbox.recordedRequests().get(0).encrypted());
    }
  }
}
