package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.DuplicatedTransactionException;
import com.konaplate.sdk.exception.ExpiredCardException;
import com.konaplate.sdk.exception.InvalidAmountException;
import com.konaplate.sdk.exception.InvalidCardNumberException;
import com.konaplate.sdk.exception.InvalidInputException;
import com.konaplate.sdk.exception.InvalidTransactionException;
import com.konaplate.sdk.exception.MerchantLimitExceededException;
import com.konaplate.sdk.exception.NoOriginalTransactionException;
import com.konaplate.sdk.exception.PaymentSystemErrorException;
import com.konaplate.sdk.exception.PosEntryModeException;
import com.konaplate.sdk.exception.RequestFormatException;
import com.konaplate.sdk.exception.TerminalNotPermittedException;
import com.konaplate.sdk.exception.TransactionNotPermittedException;
import com.konaplate.sdk.model.CancelPaymentRequest;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.PaymentRequest;
import com.konaplate.sdk.model.PaymentResult;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import org.junit.jupiter.api.Test;

/** Payments, their cancellations and network cancellations: every refusal, never twice. */
@KonaplateSandboxTest
class PaymentRulesTest {

  @Test
  void eachPaymentRefusal_movesNothing(KonaplateClient client, KonaplateSandbox sandbox) {
    assertThrows(PosEntryModeException.class, () -> client.payments().pay(
        payment(token(client, CARD_NO), 1000).merchantId(KIOSK).build()));
    assertThrows(InvalidTransactionException.class, () -> client.payments().pay(
        payment(token(client, CARD_NO), 1000).merchantId(BAKERY).build()));
    assertThrows(MerchantLimitExceededException.class, () -> client.payments().pay(
        payment(token(client, CARD_NO), 3001).merchantId(STORE).build()));
    assertThrows(InvalidAmountException.class, () -> client.payments().pay(
        payment(token(client, CARD_NO), START_BALANCE + 1).build()));
    assertThrows(ExpiredCardException.class, () -> client.payments().pay(
        payment(token(client, EXPIRED_CARD_NO), 1000).build()));
    assertThrows(TransactionNotPermittedException.class, () -> client.payments().pay(
        payment(token(client, SUSPENDED_CARD_NO), 1000).build()));
    IssueOneTimeTokenResult t = token(client, CARD_NO);
    assertThrows(RequestFormatException.class,
        () -> client.payments().pay(payment(t, 1000).dcvv("000").build()));
    assertThrows(InvalidInputException.class,
        () -> client.payments().pay(payment(t, 1000).merchantId("999999999999999").build()));
    assertThrows(InvalidCardNumberException.class,
        () -> client.payments().pay(payment(t, 1000).build()), "used by the refusal before");
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
    assertTrue(sandbox.effectCounts("pay").isEmpty());
    // At the store's limit exactly, and the whole balance: both pass.
    client.payments().pay(payment(token(client, CARD_NO), 3000).merchantId(STORE).build());
    assertEquals(0, client.payments().pay(payment(token(client, CARD_NO), START_BALANCE - 3000)
        .build()).balance());
  }

  @Test
  void aTransactionIdSeenBefore_neverPaysTwice(KonaplateClient client,
      KonaplateSandbox sandbox) {
    PaymentRequest first = payment(token(client, CARD_NO), 1000)
        .transactionId("SAMEPAY0000000000001").build();
    PaymentResult r1 = client.payments().pay(first);
    PaymentResult r2 = client.payments().pay(payment(token(client, CARD_NO), 1000)
        .transactionId("SAMEPAY0000000000001").build());
    assertEquals(r1.nrNumber(), r2.nrNumber());
    assertEquals(r1.approvalTime(), r2.approvalTime(), "the original approval");
    assertThrows(InvalidInputException.class, () -> client.payments().pay(
        payment(token(client, CARD_NO), 2000).transactionId("SAMEPAY0000000000001").build()));
    assertEquals(1, sandbox.paymentCount("SAMEPAY0000000000001"));
    assertEquals(START_BALANCE - 1000, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void aPaymentLostToA504_isReversedByNetworkCancellation_once(KonaplateClient client,
      KonaplateSandbox sandbox) {
    IssueOneTimeTokenResult t = token(client, CARD_NO);
    sandbox.faults().forOperation("pay").next(1, Fault.serverErrorAfterEffect(504));
    com.konaplate.sdk.exception.KonaplateException e = assertThrows(
        com.konaplate.sdk.exception.KonaplateException.class,
        () -> client.payments().pay(payment(t, 7000).build()));
    assertTrue(e.outcomeUnknown());
    String transactionId = e.sequenceId();
    assertEquals(1, sandbox.paymentCount(transactionId), "it went through");
    assertEquals(START_BALANCE - 7000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(START_BALANCE,
        client.payments().netCancel(transactionId, CAFE, 7000).balance());
    assertThrows(DuplicatedTransactionException.class,
        () -> client.payments().netCancel(transactionId, CAFE, 7000));
    assertEquals(1, sandbox.effectCounts("netCancelPayment").get(transactionId));
    assertEquals(START_BALANCE, sandbox.cardBalance(PAR).getAsLong());
  }

  @Test
  void cancellationsAndReversals_refuseWhatTheyCannotFind(KonaplateClient client,
      KonaplateSandbox sandbox) {
    assertThrows(NoOriginalTransactionException.class,
        () -> client.payments().netCancel("FIXPAY000000000000000000001", CAFE, 2001));
    assertThrows(PaymentSystemErrorException.class,
        () -> client.payments().netCancel("FIXPAY000000000000000000001", MART, 2000));
    assertThrows(TerminalNotPermittedException.class, () -> cancel(client, 3000,
        "NR0000000000030101", KIOSK));
    assertThrows(TransactionNotPermittedException.class, () -> cancel(client, 2999,
        "NR0000000000030101", CAFE), "another amount");
    assertThrows(InvalidCardNumberException.class, () -> client.payments().cancel(
        CancelPaymentRequest.builder().cardNo("9491330000009999").amount(3000L)
            .nrNumber("NR0000000000030101").merchantId(CAFE).channel("OPENAPI").build()));
    assertEquals(START_BALANCE + 3000, cancel(client, 3000, "NR0000000000030101", CAFE));
    assertThrows(TransactionNotPermittedException.class, () -> cancel(client, 3000,
        "NR0000000000030101", CAFE), "cancelled already");
    // A reversed payment cannot be cancelled, a cancelled one cannot be reversed.
    assertThrows(TransactionNotPermittedException.class, () -> cancel(client, 2000,
        "NR0000000000030103", CAFE));
    assertThrows(DuplicatedTransactionException.class,
        () -> client.payments().netCancel("FIXPAY000000000000000000003", CAFE, 3000));
    assertEquals(START_BALANCE + 3000, sandbox.cardBalance(PAR).getAsLong());
  }

  private static long cancel(KonaplateClient client, long amount, String nr, String merchant) {
    return client.payments().cancel(CancelPaymentRequest.builder().cardNo(CARD_NO)
        .amount(amount).nrNumber(nr).merchantId(merchant).channel("OPENAPI").build()).balance();
  }
}
