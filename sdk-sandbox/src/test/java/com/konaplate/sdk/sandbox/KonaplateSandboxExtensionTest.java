package com.konaplate.sdk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.CardHasBalanceException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The extension: injection, one sandbox per class, reset before each test. */
@KonaplateSandboxTest
class KonaplateSandboxExtensionTest {
  private static final AtomicReference<KonaplateSandbox> FIRST = new AtomicReference<>();
  private static final DocumentedCase SUCCESS = DocumentedCase.SUCCESS;

  private final KonaplateSandbox fromConstructor;

  KonaplateSandboxExtensionTest(KonaplateSandbox sandbox) {
    this.fromConstructor = sandbox;
  }

  @BeforeEach
  void rememberTheFirst(KonaplateSandbox sandbox) {
    FIRST.compareAndSet(null, sandbox);
  }

  @Test
  void itInjectsASandboxAndAClientAimedAtIt(KonaplateSandbox sandbox, KonaplateClient client) {
    assertTrue(client.baseUrl().startsWith(sandbox.baseUrl()), client.baseUrl());
    TerminateCardResult r = client.cards().terminate(SUCCESS.userId(), SUCCESS.par());
    assertEquals("000_000", r.code());
    assertEquals(1, sandbox.terminationCount(SUCCESS.par()));
    assertEquals(r.correlationId(), sandbox.recordedRequests().get(0).header("X-KM-Correlation-Id"));
  }

  @Test
  void theInjectedClient_mapsCodesToTypedExceptions(KonaplateClient client) {
    CardHasBalanceException e = assertThrows(CardHasBalanceException.class,
        () -> client.cards().terminate(DocumentedCase.BALANCE_LEFT.userId(),
            DocumentedCase.BALANCE_LEFT.par()));
    assertEquals("001_052", e.code());
  }

  @Test
  void theSdkRetriesA503_andTheSandboxProvesOneTermination(KonaplateSandbox sandbox) {
    sandbox.faults().forPar(SUCCESS.par()).next(1, Fault.serverError(503));
    try (KonaplateClient client = sandbox.clientBuilder().sleeper(d -> { }).build()) {
      TerminateCardResult r = client.cards().terminate(SUCCESS.userId(), SUCCESS.par());
      assertEquals("000_000", r.code());
      assertEquals(2, r.attempts());
    }
    assertEquals(1, sandbox.terminationCount(SUCCESS.par()));
    var requests = sandbox.recordedRequests();
    assertEquals(2, requests.size());
    // One call, one correlation id; each attempt signed afresh.
    assertEquals(requests.get(0).header("X-KM-Correlation-Id"),
        requests.get(1).header("X-KM-Correlation-Id"));
    assertEquals(503, requests.get(0).status());
    assertEquals(200, requests.get(1).status());
  }

  @RepeatedTest(3)
  void eachTestStartsFromTheFixture(KonaplateClient client, KonaplateSandbox sandbox) {
    assertTrue(sandbox.recordedRequests().isEmpty());
    assertEquals("000_000", client.cards().terminate(SUCCESS.userId(), SUCCESS.par()).code());
  }

  @Test
  void theClassHasOneSandbox_andOneClient(KonaplateSandbox sandbox, KonaplateClient a,
      KonaplateClient b) {
    assertSame(FIRST.get(), sandbox);
    assertSame(fromConstructor, sandbox);
    assertSame(a, b);
  }

  @Nested
  class NestedClasses {
    @Test
    void shareTheEnclosingClassesSandbox(KonaplateSandbox sandbox) {
      assertSame(FIRST.get(), sandbox);
    }
  }
}
