package com.konaplate.sdk.sandbox.members;

import static com.konaplate.sdk.sandbox.members.MemberData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.exception.UserAlreadyExistsException;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import com.konaplate.sdk.sandbox.MemberState;
import org.junit.jupiter.api.Test;

/** Faults aimed at member operations, and the counts that prove an effect happened once. */
@KonaplateSandboxTest
class MemberFaultsTest {

  @Test
  void aServerErrorAfterTheEffect_registersOnce_andIsNeverResentBlindly(
      KonaplateSandbox sandbox, KonaplateClient client) {
    sandbox.faults().forOperation("registerMember").next(1, Fault.serverErrorAfterEffect(504));
    try {
      client.members().register(newMember("fault@example.com", ci("CIFault01")));
    } catch (KonaplateException e) {
      // outcome-unknown or settled: what the SDK reports is the SDK's tests' business
    }
    assertEquals(1, sandbox.requestCount("registerMember"), "an unsafe call is not resent");
    assertEquals(1, sandbox.registrationCount("fault@example.com"));
    assertEquals(MemberState.ACTIVE, sandbox.memberState(FIRST_REGISTERED).get());
    assertEquals(FIRST_REGISTERED, client.members().findByCi(ci("CIFault01")).userId(),
        "the read that settles it finds the member");
    assertThrows(UserAlreadyExistsException.class, () -> client.members().register(
        newMember("fault@example.com", ci("CIFault01"))), "a repeat is refused, not applied");
    assertEquals(1, sandbox.registrationCount("fault@example.com"));
  }

  @Test
  void aFaultBeforeTheEffect_onAWithdrawal_leavesTheMember(KonaplateSandbox sandbox,
      KonaplateClient client) {
    sandbox.faults().forOperation("unregisterMember").next(1, Fault.serverError(503));
    client.members().unregister(WITHDRAWABLE); // convergent: resent after a 503
    assertEquals(2, sandbox.requestCount("unregisterMember"));
    assertEquals(1, sandbox.withdrawalCount(WITHDRAWABLE));
    assertEquals(MemberState.WITHDRAWN, sandbox.memberState(WITHDRAWABLE).get());
  }
}
