package com.konaplate.sdk.sandbox.money;

import static com.konaplate.sdk.sandbox.money.MoneyData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.model.CancelChargeRequest;
import com.konaplate.sdk.model.CancelPaymentRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.PaymentResult;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.Transaction;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.KonaplateSandboxTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Money moves through one model, through the real client: token, charge, history, payment,
 * cancelled payment, cancelled charge, history with the balance before and after each step;
 * Search for Card and the sandbox's accessors show the same live balance; a card with money on
 * it cannot be discarded because of that balance.
 */
@KonaplateSandboxTest
class MoneyWalkTest {

  private static long searchedBalance(KonaplateClient client) {
    return client.cards().search(SearchCardsRequest.builder().userId(MEMBER).par(PAR).build())
        .cards().get(0).balance();
  }

  private static List<Transaction> today(KonaplateClient client, KonaplateSandbox sandbox) {
    List<Transaction> out = new ArrayList<>();
    String day = MoneyData.today(sandbox.clock());
    client.transactions().history(ListCardTransactionsRequest.builder().userId(MEMBER).par(PAR)
        .startDate(day).endDate(day).build()).forEach(out::add);
    return out;
  }

  @Test
  void tokenChargeHistoryPaymentCancelPaymentCancelCharge_historyWithBalances(
      KonaplateClient client, KonaplateSandbox sandbox) {
    assertEquals(START_BALANCE, searchedBalance(client));
    assertTrue(today(client, sandbox).isEmpty());

    IssueOneTimeTokenResult token = token(client, CARD_NO);
    assertEquals("7000000000000001", token.oneTimeToken(), "the first token after a reset");
    assertEquals("701", token.dcvv());
    ChargeResult charge = client.charges().fromBankAccount(charge(token, MEMBER, 20000).build());
    assertFalse(charge.isPending());
    assertEquals("NR0000000000000001", charge.nrNumber());
    assertEquals(30, charge.sequenceId().length(), "the SDK made one");
    assertEquals(START_BALANCE + 20000, searchedBalance(client));
    assertEquals(START_BALANCE + 20000, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(1, sandbox.chargeCount(charge.sequenceId()));
    assertEquals("COMPLETED", client.charges().result(charge.sequenceId()).result());

    List<Transaction> afterCharge = today(client, sandbox);
    assertEquals(1, afterCharge.size());
    Transaction c = afterCharge.get(0);
    assertEquals("01", c.trType());
    assertEquals("AUTH", c.authCancelType());
    assertEquals(20000L, c.trAmount());
    assertEquals(START_BALANCE, c.balanceBefore());
    assertEquals(START_BALANCE + 20000, c.balanceAfter());
    assertEquals(Boolean.TRUE, c.rechargeCancelable());
    assertTrue(c.approvalDateTime().matches("[0-9]{14}"), c.approvalDateTime());

    PaymentResult paid = client.payments().pay(payment(token(client, CARD_NO), 4500).build());
    assertEquals(CARD_NO, paid.cardNo());
    assertEquals(START_BALANCE + 20000 - 4500, paid.balance());
    assertEquals("000001", paid.approvalCode());
    assertEquals("NR0000000000000002", paid.nrNumber());
    assertEquals(18, paid.nrNumber().length());
    assertTrue(paid.approvalTime().matches("[0-9]{17}"), paid.approvalTime());
    assertEquals(1, sandbox.paymentCount(paid.sequenceId()));

    long afterCancel = client.payments().cancel(CancelPaymentRequest.builder().cardNo(CARD_NO)
        .amount(4500L).nrNumber(paid.nrNumber()).merchantId(CAFE).channel("OPENAPI").build())
        .balance();
    assertEquals(START_BALANCE + 20000, afterCancel);
    assertEquals(1, sandbox.effectCounts("cancelPayment").get(paid.nrNumber()));

    IssueOneTimeTokenResult cancelToken = token(client, CARD_NO);
    assertFalse(client.charges().cancel(CancelChargeRequest.builder().userId(MEMBER)
        .nrNumber(charge.nrNumber()).oneTimeToken(cancelToken.oneTimeToken())
        .dcvv(cancelToken.dcvv()).sequenceId("WALKCANCEL0000000000000000001").build())
        .isPending());
    assertEquals(START_BALANCE, searchedBalance(client));
    assertEquals("COMPLETED", client.charges().result("WALKCANCEL0000000000000000001").result());
    assertEquals(charge.nrNumber(),
        client.charges().result("WALKCANCEL0000000000000000001").nrNumber());
    assertEquals(1, sandbox.effectCounts("cancelCharge").get("WALKCANCEL0000000000000000001"));

    List<Transaction> all = today(client, sandbox);
    String[][] expected = {
        {"01", "AUTH", "20000", "50000", "70000"},
        {"00", "AUTH", "4500", "70000", "65500"},
        {"00", "CANCEL", "4500", "65500", "70000"},
        {"01", "CANCEL", "20000", "70000", "50000"}};
    assertEquals(expected.length, all.size());
    for (int i = 0; i < expected.length; i++) {
      Transaction t = all.get(i);
      assertEquals(expected[i][0], t.trType(), "trType of " + i);
      assertEquals(expected[i][1], t.authCancelType(), "authCancelType of " + i);
      assertEquals(Long.valueOf(expected[i][2]), t.trAmount(), "amount of " + i);
      assertEquals(Long.valueOf(expected[i][3]), t.balanceBefore(), "before of " + i);
      assertEquals(Long.valueOf(expected[i][4]), t.balanceAfter(), "after of " + i);
    }
    assertEquals("KONA Sandbox Cafe", all.get(1).merchantName());
    assertEquals(Boolean.FALSE, all.get(0).rechargeCancelable(), "cancelled now");
  }

  @Test
  void aCardWithMoney_cannotBeDiscarded_untilItsBalanceAndPendingChargesAreGone(
      KonaplateClient client, KonaplateSandbox sandbox) {
    assertEquals("001_052", assertThrows(KonaplateApiException.class,
        () -> client.cards().terminate(MEMBER, PAR)).code());
    long balance = sandbox.cardBalance(PAR).getAsLong();
    client.payments().pay(payment(token(client, CARD_NO), balance).build());
    assertEquals(0, sandbox.cardBalance(PAR).getAsLong());
    assertEquals(10000, sandbox.cardPendingAmount(PAR).getAsLong(), "the fixture's pending charge");
    assertEquals("001_052", assertThrows(KonaplateApiException.class,
        () -> client.cards().terminate(MEMBER, PAR)).code(), "a pending charge counts");
    assertEquals(1, sandbox.failPendingCharges());
    assertEquals("000_000", client.cards().terminate(MEMBER, PAR).code());
    assertEquals(1, sandbox.terminationCount(PAR));
    assertFalse(sandbox.cardBalance("Q99999999999999999999999999").isPresent());
  }

  @Test
  void anEmptyCard_thatIsCharged_cannotBeDiscarded_andResetEmptiesItAgain() {
    String fixture = "{\"members\":[{\"userId\":7,\"name\":\"Kim\",\"cards\":[{\"par\":"
        + "\"M00000000000000000000000001\",\"kind\":\"main\",\"cardNo\":\"9491330000000777\"}]}],"
        + "\"bankAccounts\":[{\"userId\":7,\"bankCode\":\"088\",\"accountNo\":\"1234567890\"}],"
        + "\"merchants\":[{\"merchantId\":\"" + CAFE + "\",\"name\":\"Cafe\"}]}";
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder()
            .fixture(com.konaplate.sdk.sandbox.SandboxFixture.fromJson(fixture)).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      String par = "M00000000000000000000000001";
      client.charges().fromBankAccount(charge(token(client, "9491330000000777"), 7, 1000)
          .build());
      assertEquals(1000, sandbox.cardBalance(par).getAsLong());
      assertEquals("001_052", assertThrows(KonaplateApiException.class,
          () -> client.cards().terminate(7, par)).code());
      sandbox.reset();
      assertEquals(0, sandbox.cardBalance(par).getAsLong());
      assertEquals("000_000", client.cards().terminate(7, par).code());
    }
  }
}
