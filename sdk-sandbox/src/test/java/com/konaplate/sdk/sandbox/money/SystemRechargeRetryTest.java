package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.MEMBER;
import static com.konaplate.sdk.sandbox.money.MoneyData.PAR;
import static com.konaplate.sdk.sandbox.money.MoneyData.START_BALANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.ServerException;
import com.konaplate.sdk.model.SystemRechargeRequest;
import com.konaplate.sdk.model.SystemRechargeResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.resilience.RefusingSocketFactory;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * System Recharging is {@code unsafe} with no read-back (nothing documented can tell whether a
 * recharge landed, and a repeat recharges again), over real sockets against the sandbox's fault
 * API: once a request may have reached the server (a 5xx, a dropped connection after sending)
 * it is never resent and the call ends outcome-unknown after exactly one request, whether the
 * recharge landed or not; a connection refused before sending and a 429 are resent, and the
 * card is credited exactly once.
 */
@KonaplateSandboxTest
class SystemRechargeRetryTest {
  private static final String OPERATION = "rechargeBySystem";
  private static final String KEY = String.valueOf(MEMBER);

  private static SystemRechargeRequest recharge() {
    return SystemRechargeRequest.builder().userId(MEMBER).amount(10000L).build();
  }

  private static int applied(KonaplateSandbox sandbox) {
    return sandbox.effectCounts(OPERATION).getOrDefault(KEY, 0);
  }

  @ParameterizedTest(name = "HTTP {0} after the recharge landed")
  @ValueSource(ints = {500, 502, 503, 504})
  void aServerErrorAfterTheEffect_isNotResent_andOutcomeUnknown(int status,
      KonaplateClient client, KonaplateSandbox sandbox) {
    sandbox.faults().forOperation(OPERATION).next(1, Fault.serverErrorAfterEffect(status));
    ServerException e = assertThrows(ServerException.class,
        () -> client.charges().systemRecharge(recharge()));
    assertTrue(e.outcomeUnknown());
    assertEquals(1, e.attempts());
    assertEquals(OPERATION, e.operation());
    assertEquals(1, sandbox.requestCount(OPERATION), "a second request would recharge twice");
    assertEquals(1, applied(sandbox));
    assertEquals(START_BALANCE + 10000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void a500BeforeTheEffect_isNotResentEither_theClientCannotTell(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.faults().forOperation(OPERATION).next(1, Fault.serverError(500));
    ServerException e = assertThrows(ServerException.class,
        () -> client.charges().systemRecharge(recharge()));
    assertTrue(e.outcomeUnknown());
    assertEquals(1, sandbox.requestCount(OPERATION));
    assertEquals(0, applied(sandbox), "it did not land; the SDK says it does not know");
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void aConnectionDroppedAfterSending_isNotResent_andOutcomeUnknown(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.faults().forOperation(OPERATION).next(1, Fault.dropAfterRequest());
    KonaplateException e = assertThrows(KonaplateException.class,
        () -> client.charges().systemRecharge(recharge()));
    assertInstanceOf(KonaplateConnectionException.class, e);
    assertTrue(e.outcomeUnknown());
    assertEquals(1, sandbox.requestCount(OPERATION));
    assertEquals(1, applied(sandbox));
    assertEquals(START_BALANCE + 10000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void async_a504AfterTheEffect_isOutcomeUnknownToo(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.faults().forOperation(OPERATION).next(1, Fault.serverErrorAfterEffect(504));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.charges().systemRechargeAsync(recharge()).get(30, TimeUnit.SECONDS));
    assertTrue(((KonaplateException) e.getCause()).outcomeUnknown());
    assertEquals(1, sandbox.requestCount(OPERATION));
    assertEquals(1, applied(sandbox));
  }

  @Test
  void a429_isResent_theRecharge_wasNotProcessed(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.faults().forOperation(OPERATION).next(1, Fault.rateLimited(0));
    SystemRechargeResult r = client.charges().systemRecharge(recharge());
    assertEquals(2, r.attempts());
    assertFalse(r.confirmedByReadBack());
    assertEquals(2, sandbox.requestCount(OPERATION));
    assertEquals(1, applied(sandbox), "credited exactly once");
    assertEquals(START_BALANCE + 10000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void aConnectionRefusedBeforeSending_isResent_andCreditsOnce(KonaplateSandbox sandbox) {
    RefusingSocketFactory sockets = RefusingSocketFactory.first(1);
    try (KonaplateClient client = sandbox.clientBuilder()
        .httpClient(new OkHttpClient.Builder().socketFactory(sockets).build()).build()) {
      SystemRechargeResult r = client.charges().systemRecharge(recharge());
      assertEquals(2, r.attempts(), "the first attempt never left");
      assertEquals(1, sockets.refused());
    }
    assertEquals(1, sandbox.requestCount(OPERATION), "only the second attempt reached it");
    assertEquals(1, applied(sandbox));
    assertEquals(START_BALANCE + 10000, sandbox.cardBalance(PAR).getAsLong());
  }
}
