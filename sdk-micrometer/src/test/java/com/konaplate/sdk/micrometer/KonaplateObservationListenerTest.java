package com.konaplate.sdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.RetryPolicy;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.sandbox.DocumentedCase;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One observation per call through the real client and the embedded sandbox. */
class KonaplateObservationListenerTest {
  private static final DocumentedCase OK = DocumentedCase.SUCCESS;

  private final KonaplateSandbox sandbox = KonaplateSandbox.start();
  private final ObservationRegistry registry = ObservationRegistry.create();
  private final RecordingHandler handler = new RecordingHandler();
  private final KonaplateObservationListener listener;
  private final KonaplateClient client;

  KonaplateObservationListenerTest() {
    registry.observationConfig().observationHandler(handler);
    listener = KonaplateObservationListener.create(registry);
    client = sandbox.clientBuilder().listener(listener).sleeper(d -> { }).build();
  }

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void aSuccessfulTerminate_isOneObservationWithLowCardinalityKeysAndTheCorrelationIdAsHighOne() {
    TerminateCardResult r = client.cards().terminate(OK.userId(), OK.par());

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("konaplate.client.call", o.name);
    assertEquals("konaplate terminateCard", o.contextualName);
    assertEquals(Map.of("konaplate.operation", "terminateCard", "konaplate.outcome", "success",
        "konaplate.code", "000_000", "konaplate.retry.class", "convergent", "error", "none"), o.low);
    assertEquals(r.correlationId(), o.high.get("konaplate.correlation.id"));
    assertEquals("1", o.high.get("konaplate.attempts"));
    assertEquals("127.0.0.1", o.high.get("server.address"));
    assertEquals(0, listener.callsInFlight());
  }

  @Test
  void noKeyNorEventEverHoldsTheMemberIdOrThePar() {
    client.cards().terminate(OK.userId(), OK.par());
    DocumentedCase refused = DocumentedCase.BALANCE_LEFT;
    assertThrows(KonaplateException.class, () -> client.cards().terminate(refused.userId(), refused.par()));

    assertEquals(2, handler.stopped.size());
    for (RecordingHandler.Stopped o : handler.stopped) {
      String all = o.low + " " + o.high + " " + o.events + " " + o.contextualName;
      for (DocumentedCase c : new DocumentedCase[] {OK, refused}) {
        assertFalse(all.contains(Long.toString(c.userId())), all);
        assertFalse(all.contains(c.par()), all);
        assertFalse(all.contains(c.par().substring(0, 8)), all);
      }
    }
  }

  @Test
  void aDocumentedRefusal_isRefusedWithItsCatalogCodeAndExceptionType() {
    DocumentedCase c = DocumentedCase.BALANCE_LEFT;
    assertThrows(KonaplateException.class, () -> client.cards().terminate(c.userId(), c.par()));

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("refused", o.low.get("konaplate.outcome"));
    assertEquals("001_052", o.low.get("konaplate.code"));
    assertEquals(c.exceptionType().getSimpleName(), o.low.get("error"));
    assertTrue(o.context.getError() instanceof KonaplateException);
  }

  @Test
  void aRetriedCall_isStillOneObservation_withARetryEventPerRetry() {
    sandbox.faults().forOperation("terminateCard").next(2, Fault.serverError(503));

    client.cards().terminate(OK.userId(), OK.par());

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("success", o.low.get("konaplate.outcome"));
    assertEquals("3", o.high.get("konaplate.attempts"));
    assertEquals(java.util.List.of("konaplate.retry", "konaplate.retry"), o.events);
  }

  @Test
  void anAmbiguousTerminate_settledByReadBack_isASuccessWithAReadBackEvent_andTheReadIsItsOwnObservation() {
    sandbox.faults().forOperation("terminateCard").next(1, Fault.serverErrorAfterEffect(500));

    assertTrue(client.cards().terminate(OK.userId(), OK.par()).confirmedByReadBack());

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("success", o.low.get("konaplate.outcome"));
    assertEquals(java.util.List.of("konaplate.read-back.visible"), o.events);
    RecordingHandler.Stopped read = handler.only("searchCards");
    assertEquals("read", read.low.get("konaplate.retry.class"));
  }

  @Test
  void anAmbiguousTerminateWithoutReadBack_isOutcomeUnknown() {
    sandbox.faults().forOperation("terminateCard").next(1, Fault.serverErrorAfterEffect(500));
    KonaplateClient noReadBack = sandbox.clientBuilder().listener(listener)
        .retryPolicy(RetryPolicy.builder().readBack(false).build()).sleeper(d -> { }).build();

    KonaplateException e = assertThrows(KonaplateException.class,
        () -> noReadBack.cards().terminate(OK.userId(), OK.par()));
    noReadBack.close();

    assertTrue(e.outcomeUnknown());
    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("outcome-unknown", o.low.get("konaplate.outcome"));
    assertEquals(e.getClass().getSimpleName(), o.low.get("error"));
  }

  @Test
  void anAsyncCall_isAChildOfTheObservationCurrentWhereItWasMade() {
    Observation parent = Observation.start("partner.request", registry);
    TerminateCardResult r;
    try (Observation.Scope scope = parent.openScope()) {
      r = client.cards().terminateAsync(OK.userId(), OK.par()).join();
    } finally {
      parent.stop();
    }

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertSame(parent.getContext(), o.parent);
    assertEquals(r.correlationId(), o.high.get("konaplate.correlation.id"));
  }

  @Test
  void aSynchronousCall_isAChildOfTheCurrentObservationToo() {
    Observation parent = Observation.start("partner.request", registry);
    try (Observation.Scope scope = parent.openScope()) {
      client.cards().terminate(OK.userId(), OK.par());
    } finally {
      parent.stop();
    }
    assertSame(parent.getContext(), handler.only("terminateCard").parent);
  }

  @Test
  void withANoopRegistry_nothingIsTrackedAndCallsWorkAsBefore() {
    KonaplateObservationListener noop = KonaplateObservationListener.create(ObservationRegistry.NOOP);
    try (KonaplateClient c = sandbox.clientBuilder().listener(noop).build()) {
      assertEquals("000_000", c.cards().terminate(OK.userId(), OK.par()).code());
    }
    assertEquals(0, noop.callsInFlight());
    assertTrue(handler.stopped.isEmpty());
  }

  @Test
  void callsThatNeverEnd_areCapped_soTheListenerCannotGrowWithoutBound() {
    for (int i = 0; i < KonaplateObservationListener.MAX_CALLS_IN_FLIGHT + 5; i++) {
      listener.requestSent(new com.konaplate.sdk.CallEvent("terminateCard", "cancelled-" + i, 1,
          java.time.Duration.ZERO, 0, null, null, null, null));
    }
    assertEquals(KonaplateObservationListener.MAX_CALLS_IN_FLIGHT, listener.callsInFlight());
    listener.callSucceeded(new com.konaplate.sdk.CallEvent("terminateCard", "cancelled-0", 1,
        java.time.Duration.ZERO, 200, "000_000", null, null, null));
    assertEquals(KonaplateObservationListener.MAX_CALLS_IN_FLIGHT - 1, listener.callsInFlight());
    assertEquals(1, handler.stopped.size());
  }

  @Test
  void anAsyncReadCancelledByItsCaller_endsItsObservationAsCancelled() throws Exception {
    sandbox.faults().forOperation("searchCards").next(1, Fault.delay(Duration.ofSeconds(2)));
    CompletableFuture<?> search = client.cards().searchAsync(OK.userId());
    awaitInFlight(1);

    assertTrue(search.cancel(true));

    RecordingHandler.Stopped o = handler.only("searchCards");
    assertEquals("cancelled", o.low.get("konaplate.outcome"));
    assertEquals("CallCancelledException", o.low.get("error"));
    assertEquals(0, listener.callsInFlight());
  }

  @Test
  void anAsyncWriteCancelledAfterItsRequestLeft_endsOutcomeUnknown() throws Exception {
    sandbox.faults().forOperation("terminateCard").next(1, Fault.delay(Duration.ofSeconds(2)));
    CompletableFuture<?> terminate = client.cards().terminateAsync(OK.userId(), OK.par());
    awaitInFlight(1);
    Thread.sleep(100); // the request is written as the attempt starts; let it leave

    assertTrue(terminate.cancel(true));

    RecordingHandler.Stopped o = handler.only("terminateCard");
    assertEquals("outcome-unknown", o.low.get("konaplate.outcome"));
    assertEquals(0, listener.callsInFlight());
  }

  private void awaitInFlight(int calls) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (listener.callsInFlight() < calls && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    assertEquals(calls, listener.callsInFlight());
  }

  @Test
  void create_refusesANullRegistry() {
    NullPointerException e = assertThrows(NullPointerException.class,
        () -> KonaplateObservationListener.create(null));
    assertEquals("registry == null", e.getMessage());
  }
}
