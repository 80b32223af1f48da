package com.konaplate.examples;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.KonaplateException;
import com.konaplate.sdk.model.CancelChargeRequest;
import com.konaplate.sdk.model.CancelPaymentRequest;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.IssueOneTimeTokenResult;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.PaymentRequest;
import com.konaplate.sdk.model.PaymentResult;
import com.konaplate.sdk.model.SearchCardsRequest;
import com.konaplate.sdk.model.SystemRechargeRequest;
import com.konaplate.sdk.model.SystemRechargeResult;
import com.konaplate.sdk.model.Transaction;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moves money against the embedded local sandbox, with no arguments and no credentials: issues
 * a one-time token and charges the card from the member's bank account (the SDK makes the
 * charge's sequenceId), reads the card's history, pays a merchant with a new token, cancels the
 * payment, cancels the charge, recharges the card by the system, and reads the history again,
 * printing the balance after each step. Tokens and DCVVs are never printed.
 *
 * <p>Exit codes: 0 every step behaved as documented; 1 a step did not (one line on stderr).
 */
public final class MoneyMoves {
  private static final long MEMBER = 100000000030L;
  private static final String PAR = "Q10000000000000000000003001";
  private static final String CARD_NO = "9491330000003001";
  private static final String MERCHANT = "410195430033901";

  private MoneyMoves() {
  }

  /** Runs the walk and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err));
  }

  /** Runs the walk; returns the exit status. */
  static int run(PrintStream out, PrintStream err) {
    try (KonaplateSandbox sandbox = KonaplateSandbox.start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      out.println("KONA PLATE local sandbox at " + sandbox.baseUrl() + " (no credentials needed)");
      walk(client, sandbox, out);
      out.println("Every money movement behaved as documented.");
      return 0;
    } catch (KonaplateException | IllegalStateException e) {
      err.println(e.getClass().getSimpleName() + ": " + e.getMessage());
      return 1;
    }
  }

  private static void walk(KonaplateClient client, KonaplateSandbox sandbox, PrintStream out) {
    long start = balance(client);
    out.printf("balance of card %s: %d%n", mask(PAR), start);

    IssueOneTimeTokenResult token = client.payments().issueOneTimeToken(CARD_NO);
    out.printf("issueOneTimeToken(%s): valid until %s%n", mask(CARD_NO), token.expiresAt());
    ChargeResult charge = client.charges().fromBankAccount(ChargeRequest.builder()
        .userId(MEMBER).amount(20000).oneTimeToken(token.oneTimeToken()).dcvv(token.dcvv())
        .merchantId(MERCHANT).build());
    expect(!charge.isPending() && balance(client) == start + 20000, "a charge adds its amount");
    out.printf("charge 20000 (sequenceId %s): nr %s, balance %d%n", charge.sequenceId(),
        charge.nrNumber(), balance(client));
    history(client, sandbox, out);

    IssueOneTimeTokenResult payToken = client.payments().issueOneTimeToken(CARD_NO);
    PaymentResult payment = client.payments().pay(PaymentRequest.builder()
        .oneTimeToken(payToken.oneTimeToken()).dcvv(payToken.dcvv()).amount(4500L)
        .merchantId(MERCHANT).channel("OPENAPI").build());
    expect(payment.balance() == start + 20000 - 4500, "a payment takes its amount");
    out.printf("pay 4500 (transactionId %s): approval %s, balance %d%n", payment.sequenceId(),
        payment.approvalCode(), payment.balance());

    long afterCancel = client.payments().cancel(CancelPaymentRequest.builder().cardNo(CARD_NO)
        .amount(4500L).nrNumber(payment.nrNumber()).merchantId(MERCHANT).channel("OPENAPI")
        .build()).balance();
    expect(afterCancel == start + 20000, "a cancelled payment gives its amount back");
    out.printf("cancel payment %s: balance %d%n", payment.nrNumber(), afterCancel);

    IssueOneTimeTokenResult cancelToken = client.payments().issueOneTimeToken(CARD_NO);
    client.charges().cancel(CancelChargeRequest.builder().userId(MEMBER)
        .nrNumber(charge.nrNumber()).oneTimeToken(cancelToken.oneTimeToken())
        .dcvv(cancelToken.dcvv()).build());
    expect(balance(client) == start, "a cancelled charge takes its amount back");
    out.printf("cancel charge %s: balance %d%n", charge.nrNumber(), balance(client));

    SystemRechargeResult recharge = client.charges().systemRecharge(
        SystemRechargeRequest.builder().userId(MEMBER).amount(5000L).build());
    expect(balance(client) == start + 5000, "a system recharge adds its amount");
    out.printf("system recharge 5000: nr %s, balance %d, room left %d%n", recharge.nrNumber(),
        balance(client), recharge.availableDepositAmt());
    history(client, sandbox, out);
  }

  /** Every transaction of the card this month, fetched page by page as it is printed. */
  private static void history(KonaplateClient client, KonaplateSandbox sandbox, PrintStream out) {
    LocalDate today = LocalDate.now(sandbox.clock().withZone(ZoneId.of("Asia/Seoul")));
    DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
    int n = 0;
    for (Transaction t : client.transactions().history(ListCardTransactionsRequest.builder()
        .userId(MEMBER).par(PAR).startDate(today.withDayOfMonth(1).format(day))
        .endDate(today.format(day)).build())) {
      out.printf("  %s %s %d: %d -> %d%n", t.approvalDateTime(), kind(t.trType()),
          t.trAmount(), t.balanceBefore(), t.balanceAfter());
      n++;
    }
    out.printf("history: %d transaction(s) this month%n", n);
  }

  private static String kind(String trType) {
    return "00".equals(trType) ? "payment" : "01".equals(trType) ? "charge"
        : "02".equals(trType) ? "refund" : "03".equals(trType) ? "transfer" : trType;
  }

  private static long balance(KonaplateClient client) {
    return client.cards().search(SearchCardsRequest.builder().userId(MEMBER).par(PAR).build())
        .cards().get(0).balance();
  }

  private static void expect(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("not as documented: " + what);
    }
  }

  /** Card numbers and PARs identify cards: print only their first and last four characters. */
  private static String mask(String value) {
    return value.substring(0, 4) + "****" + value.substring(value.length() - 4);
  }
}
