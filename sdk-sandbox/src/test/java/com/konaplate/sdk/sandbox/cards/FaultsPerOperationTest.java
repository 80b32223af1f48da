package com.konaplate.sdk.sandbox.cards;

import static com.konaplate.sdk.sandbox.cards.CardData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.CancelCardApplicationResult;
import com.konaplate.sdk.model.ChangeCardStatusResult;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Faults aimed at one operation (and one card), the effect counters that prove no double effect. */
@KonaplateSandboxTest
class FaultsPerOperationTest {

  @Test
  void aFaultForOneOperation_leavesTheOthersAlone(KonaplateSandbox sandbox,
      KonaplateClient client) {
    sandbox.faults().forOperation("searchCards").next(1, Fault.serverError(503));
    assertEquals("000_000", client.cards().suspend(SPARES, PREPAID).code());
    SearchCardsResult r = client.cards().search(SPARES);
    assertEquals(2, r.attempts(), "a read is resent after a 503");
    assertEquals(2, sandbox.requestCount("searchCards"));
    assertEquals(1, sandbox.requestCount("changeCardStatus"));
    assertEquals(0, sandbox.faults().pending());
  }

  @Test
  void aFaultAfterTheEffect_onAStatusChange_isSettledByReadBack_withOneEffect(
      KonaplateSandbox sandbox, KonaplateClient client) {
    sandbox.faults().forOperation("changeCardStatus").forPar(PREPAID)
        .next(1, Fault.dropAfterRequest());
    ChangeCardStatusResult r = client.cards().suspend(SPARES, PREPAID);
    assertTrue(r.confirmedByReadBack(), r.toString());
    assertEquals(1, sandbox.statusChangeCount(PREPAID), "applied once, not resent");
    assertEquals(com.konaplate.sdk.sandbox.CardStatus.SUSPENDED,
        sandbox.cardStatus(PREPAID).get());
    List<RecordedRequest> recorded = sandbox.recordedRequests();
    assertEquals("changeCardStatus", recorded.get(0).operationId().get());
    assertEquals(Fault.dropAfterRequest(), recorded.get(0).fault().get());
    assertEquals("searchCards", recorded.get(1).operationId().get());
  }

  @Test
  void aParRuleOfOneOperation_doesNotFireForAnotherOperationOnThatCard(
      KonaplateSandbox sandbox, KonaplateClient client) {
    sandbox.faults().forOperation("terminateCard").forPar(PREPAID)
        .next(1, Fault.serverError(500));
    client.cards().suspend(SPARES, PREPAID);
    assertEquals(1, sandbox.faults().pending());
    assertFalse(sandbox.recordedRequests().get(0).fault().isPresent());
  }

  @Test
  void aFaultAfterTheEffect_onACancellation_countsOneCancellation(KonaplateSandbox sandbox) {
    sandbox.faults().forOperation("cancelCardApplication").next(1, Fault.dropAfterRequest());
    try (KonaplateClient client = sandbox.clientBuilder().retryPolicy(RetryPolicy.builder()
        .maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2))
        .build()).build()) {
      try {
        CancelCardApplicationResult r = client.cards().cancelApplication(APPLICANT,
            TODAYS_APPLICATION);
        assertEquals(TODAYS_CARD, r.par());
      } catch (KonaplateException e) {
        // No read-back for cancellations: a replay answers 003_003, which says "maybe applied".
        assertTrue(e.outcomeUnknown(), e.toString());
      }
    }
    assertEquals(1, sandbox.applicationCancellationCount(TODAYS_APPLICATION));
  }

  @Test
  void aRandomModeForOneOperation_replacesTheGeneralOne_forIt(KonaplateSandbox sandbox,
      KonaplateClient client) {
    sandbox.faults().randomly(1L, 1.0, Fault.serverError(500));
    sandbox.faults().forOperation("listCardProducts").randomly(1L, 0.0, Fault.serverError(503));
    assertEquals(1, client.cards().products(List.of(PREPAID_PRODUCT)).products().size());
    assertThrows(KonaplateException.class, () -> client.cards().findUser(PREPAID_CARD_NO));
  }

  @Test
  void anUnknownOperation_isRefused(KonaplateSandbox sandbox) {
    assertThrows(IllegalArgumentException.class, () -> sandbox.faults().forOperation("nope"));
  }
}
