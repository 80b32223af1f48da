package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.BankAccountNotFoundException;
import com.konaplate.sdk.exception.ChargeNotCancelableException;
import com.konaplate.sdk.exception.CreditLimitExceededException;
import com.konaplate.sdk.exception.DifferentPaymentMethodException;
import com.konaplate.sdk.exception.InconsistentBenefitException;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.exception.NameMismatchException;
import com.konaplate.sdk.exception.PgWithdrawFailureException;
import com.konaplate.sdk.model.CancelChargeRequest;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Charges and their cancellations: every refusal, never twice, pending then settled. */
@KonaplateSandboxTest
class ChargeRulesTest {

  private static String refused(Class<? extends KonaplateApiException> type, Executable call) {
    return assertThrows(type, call).getMessage();
  }

  @Test
  void eachChargeRefusal_fromTheModel_movesNothing(KonaplateClient client,
      KonaplateSandbox sandbox) {
    refused(BankAccountNotFoundException.class, () -> client.charges().fromBankAccount(
        charge(token(client, NO_ACCOUNT_CARD_NO), NO_ACCOUNT_MEMBER, 1000).build()));
    refused(PgWithdrawFailureException.class, () -> client.charges().fromBankAccount(
        charge(token(client, POOR_CARD_NO), POOR_MEMBER, 1000).build()));
    refused(InconsistentBenefitException.class, () -> client.charges().fromBankAccount(
        charge(token(client, CARD_NO), MEMBER, 1000).merchantId(MART).build()));
    // 50000 on the card and 10000 pending: 1,940,000 more reaches the 2,000,000 limit exactly.
    refused(CreditLimitExceededException.class, () -> client.charges().fromBankAccount(
        charge(token(client, CARD_NO), MEMBER, 1_940_001).build()));
    refused(CreditLimitExceededException.class, () -> client.charges().fromBankAccount(
        charge(token(client, SUSPENDED_CARD_NO), MEMBER, 1000).build()));
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertTrue(sandbox.effectCounts("chargeFromBankAccount").isEmpty());
    ChargeResult full = client.charges().fromBankAccount(
        charge(token(client, CARD_NO), MEMBER, 1_940_000).build());
    assertEquals(2_000_000 - 10000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(1, sandbox.chargeCount(full.sequenceId()));
  }

  @Test
  void theToken_mustBeLive_ofTheMembersCard_withItsDcvv(KonaplateClient client,
      KonaplateSandbox sandbox) {
    IssueOneTimeTokenResult token = token(client, CARD_NO);
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client.charges().fromBankAccount(charge(token, MEMBER, 1000).dcvv("000").build()));
    assertTrue(e.getMessage().contains("oneTimeToken"), e.getMessage());
    assertThrows(InvalidInputException.class, () -> client.charges().fromBankAccount(
        charge(token, NO_ACCOUNT_MEMBER, 1000).build()), "another member's card");
    // Neither attempt used it up: it still charges, once.
    client.charges().fromBankAccount(charge(token, MEMBER, 1000).build());
    assertThrows(InvalidInputException.class,
        () -> client.charges().fromBankAccount(charge(token, MEMBER, 1000).build()), "used");
    assertEquals(START_BALANCE + 1000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void aSequenceIdSeenBefore_neverChargesTwice(KonaplateClient client, KonaplateSandbox sandbox) {
    ChargeRequest first = charge(token(client, CARD_NO), MEMBER, 1000)
        .sequenceId("SAMESEQ000000000000000000001").build();
    ChargeResult r1 = client.charges().fromBankAccount(first);
    // The same charge again (a new token, as a partner's resend would have): the original answer.
    ChargeResult r2 = client.charges().fromBankAccount(charge(token(client, CARD_NO), MEMBER,
        1000).sequenceId("SAMESEQ000000000000000000001").build());
    assertEquals(r1.nrNumber(), r2.nrNumber());
    assertFalse(r2.isPending());
    // Another charge under the id: refused, nothing applied.
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client.charges().fromBankAccount(charge(token(client, CARD_NO), MEMBER, 2000)
            .sequenceId("SAMESEQ000000000000000000001").build()));
    assertTrue(e.getMessage().contains("sequenceId"), e.getMessage());
    assertEquals(1, sandbox.chargeCount("SAMESEQ000000000000000000001"));
    assertEquals(START_BALANCE + 1000, sandbox.cardBalance(PAR).getAsLong());
    // A refused charge is recorded FAILED, and its repeat is refused the same way.
    ChargeRequest poor = charge(token(client, POOR_CARD_NO), POOR_MEMBER, 1000)
        .sequenceId("POORSEQ000000000000000000001").build();
    assertThrows(PgWithdrawFailureException.class, () -> client.charges().fromBankAccount(poor));
    assertEquals("FAILED", client.charges().result("POORSEQ000000000000000000001").result());
    assertThrows(PgWithdrawFailureException.class, () -> client.charges().fromBankAccount(
        charge(token(client, POOR_CARD_NO), POOR_MEMBER, 1000)
            .sequenceId("POORSEQ000000000000000000001").build()));
  }

  @Test
  void aChargeAnsweredWithA504AfterItsEffect_isSettledByTheInquiry_once(KonaplateClient client,
      KonaplateSandbox sandbox) {
    IssueOneTimeTokenResult token = token(client, CARD_NO);
    sandbox.faults().forOperation("chargeFromBankAccount").next(1,
        Fault.serverErrorAfterEffect(504));
    ChargeResult r = client.charges().fromBankAccount(charge(token, MEMBER, 3000).build());
    assertTrue(r.confirmedByReadBack());
    assertEquals(1, sandbox.requestCount("chargeFromBankAccount"));
    assertEquals(1, sandbox.chargeCount(r.sequenceId()));
    assertEquals(START_BALANCE + 3000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals("NR0000000000000001", r.nrNumber());
  }

  @Test
  void aPendingCharge_isPendingUntilSettled_thenCompleted(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.keepChargesPending(1);
    ChargeResult r = client.charges().fromBankAccount(charge(token(client, CARD_NO), MEMBER,
        5000).build());
    assertTrue(r.isPending());
    assertEquals("PENDING", client.charges().result(r.sequenceId()).result());
    assertEquals(r.nrNumber(), client.charges().result(r.sequenceId()).nrNumber());
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(10000 + 5000, sandbox.cardPendingAmount(PAR).getAsLong());
    assertEquals(1, sandbox.chargeCount(r.sequenceId()));
    // Only one charge was to stay pending: the next completes at once.
    assertFalse(client.charges().fromBankAccount(charge(token(client, CARD_NO), MEMBER, 1)
        .build()).isPending());

    assertEquals(2, sandbox.completePendingCharges(), "this one and the fixture's");
    assertEquals("COMPLETED", client.charges().result(r.sequenceId()).result());
    assertEquals("COMPLETED", sandbox.chargeResult(PENDING_CHARGE_SEQUENCE).get());
    assertEquals(START_BALANCE + 1 + 10000 + 5000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(0, sandbox.cardPendingAmount(PAR).getAsLong());
    assertEquals(1, sandbox.chargeCount(r.sequenceId()), "settling is not a second charge");
    assertEquals(0, sandbox.completePendingCharges());
  }

  @Test
  void aPendingChargeWhoseAnswerIsLost_isSettledByTheInquiry_asPending(KonaplateClient client,
      KonaplateSandbox sandbox) {
    IssueOneTimeTokenResult token = token(client, CARD_NO);
    sandbox.keepChargesPending(1);
    sandbox.faults().forOperation("chargeFromBankAccount").next(1,
        Fault.serverErrorAfterEffect(504));
    ChargeResult r = client.charges().fromBankAccount(charge(token, MEMBER, 4000).build());
    assertTrue(r.isPending());
    assertTrue(r.confirmedByReadBack());
    assertEquals(1, sandbox.chargeCount(r.sequenceId()));
    assertEquals("PENDING", sandbox.chargeResult(r.sequenceId()).get());
    sandbox.completePendingCharges();
    assertEquals(START_BALANCE + 10000 + 4000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void aPendingCharge_thatFails_movesNothing_andItsResultIsFailed(KonaplateClient client,
      KonaplateSandbox sandbox) {
    sandbox.keepChargesPending(1);
    ChargeResult r = client.charges().fromBankAccount(charge(token(client, CARD_NO), MEMBER,
        5000).build());
    assertEquals(2, sandbox.failPendingCharges());
    assertEquals("FAILED", client.charges().result(r.sequenceId()).result());
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(0, sandbox.cardPendingAmount(PAR).getAsLong());
    // A pending charge cannot be cancelled; a failed one neither.
    IssueOneTimeTokenResult t = token(client, CARD_NO);
    assertThrows(ChargeNotCancelableException.class, () -> client.charges().cancel(
        CancelChargeRequest.builder().userId(MEMBER).nrNumber(r.nrNumber())
            .oneTimeToken(t.oneTimeToken()).dcvv(t.dcvv()).build()));
  }

  @Test
  void eachCancellationRefusal(KonaplateClient client, KonaplateSandbox sandbox) {
    assertThrows(ChargeNotCancelableException.class,
        () -> cancel(client, MEMBER, CARD_NO, "NR0000000000099999"));
    assertThrows(DifferentPaymentMethodException.class,
        () -> cancel(client, MEMBER, CARD_NO, OTHER_METHOD_CHARGE));
    assertThrows(NameMismatchException.class,
        () -> cancel(client, OTHER_NAME_MEMBER, OTHER_NAME_CARD_NO, OTHER_NAME_CHARGE));
    assertThrows(BankAccountNotFoundException.class,
        () -> cancel(client, NO_ACCOUNT_MEMBER, NO_ACCOUNT_CARD_NO, COMPLETED_CHARGE));
    assertThrows(ChargeNotCancelableException.class,
        () -> cancel(client, POOR_MEMBER, POOR_CARD_NO, COMPLETED_CHARGE), "not its charge");
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    // The fixture's completed charge: cancelled once, then not cancellable.
    assertFalse(cancel(client, MEMBER, CARD_NO, COMPLETED_CHARGE));
    assertEquals(START_BALANCE - 10000, sandbox.cardBalance(PAR).getAsLong());
    assertThrows(ChargeNotCancelableException.class,
        () -> cancel(client, MEMBER, CARD_NO, COMPLETED_CHARGE));
    assertEquals(1, sandbox.effectCounts("cancelCharge").size());
  }

  @Test
  void aCancellationWithATokenThatIsNotLive_isRefusedNamingTheToken(KonaplateClient client,
      KonaplateSandbox sandbox) {
    // What a documented cancelCharge case for 000_002 would send (openapi.yaml has none yet).
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> client.charges().cancel(CancelChargeRequest.builder().userId(MEMBER)
            .nrNumber(COMPLETED_CHARGE).oneTimeToken("9999999999999999").dcvv("999").build()));
    assertTrue(e.getMessage().contains("oneTimeToken"), e.getMessage());
    IssueOneTimeTokenResult other = token(client, NO_ACCOUNT_CARD_NO);
    assertThrows(InvalidInputException.class, () -> client.charges().cancel(
        CancelChargeRequest.builder().userId(MEMBER).nrNumber(COMPLETED_CHARGE)
            .oneTimeToken(other.oneTimeToken()).dcvv(other.dcvv()).build()),
        "another member's card");
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertTrue(sandbox.effectCounts("cancelCharge").isEmpty());
  }

  @Test
  void aChargeWhoseMoneyWasSpent_cannotBeCancelled(KonaplateClient client,
      KonaplateSandbox sandbox) {
    client.payments().pay(payment(token(client, CARD_NO), START_BALANCE - 5000).build());
    assertThrows(ChargeNotCancelableException.class,
        () -> cancel(client, MEMBER, CARD_NO, COMPLETED_CHARGE));
    assertEquals(5000, sandbox.cardBalance(PAR).getAsLong());
  }

  private static boolean cancel(KonaplateClient client, long userId, String cardNo, String nr) {
    IssueOneTimeTokenResult t = token(client, cardNo);
    return client.charges().cancel(CancelChargeRequest.builder().userId(userId).nrNumber(nr)
        .oneTimeToken(t.oneTimeToken()).dcvv(t.dcvv()).build()).isPending();
  }
}
