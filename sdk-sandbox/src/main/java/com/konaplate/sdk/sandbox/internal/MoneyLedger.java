package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.MoneyModel.BankAccount;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Charge;
import com.konaplate.sdk.sandbox.internal.MoneyModel.ChargeStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Entry;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Merchant;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Payment;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.ChargeRecord;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.PaymentRecord;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The live money state: every card's balance and pending amount (from the fixture's cards on
 * reset), the one-time tokens, the charges by sequenceId and transaction number, the payments
 * by transaction number and transactionId, every card's transaction history, and the counters
 * that number new transactions ({@code NR0000000000000001}, …, shared by charges and payments,
 * skipping the fixture's) and approvals ({@code 000001}, …) from 1 after each reset. Not
 * thread-safe: every method runs under the state's lock (see {@link FixtureState#locked}).
 */
final class MoneyLedger {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(FixtureState.KONA_ZONE);
  private static final DateTimeFormatter MILLIS = DateTimeFormatter
      .ofPattern("yyyyMMddHHmmssSSS", Locale.ROOT).withZone(FixtureState.KONA_ZONE);

  private final FixtureModel model;
  private final MoneyModel money;
  private final Clock clock;
  private final TokenVault tokens;
  private final Map<Long, BankAccount> accounts = new HashMap<Long, BankAccount>();
  private final Map<String, Merchant> merchants = new HashMap<String, Merchant>();

  private final Map<String, Long> balances = new HashMap<String, Long>();
  private final Map<String, Long> pendings = new HashMap<String, Long>();
  private final Map<String, ChargeRecord> bySequenceId = new HashMap<String, ChargeRecord>();
  private final Map<String, ChargeRecord> chargeByNr = new HashMap<String, ChargeRecord>();
  /** The charges left pending, oldest first. */
  private final Map<ChargeRecord, Boolean> pending = new LinkedHashMap<ChargeRecord, Boolean>();
  private final Map<String, PaymentRecord> paymentByNr = new HashMap<String, PaymentRecord>();
  private final Map<String, PaymentRecord> paymentByTid = new HashMap<String, PaymentRecord>();
  private final Map<String, List<Entry>> history = new HashMap<String, List<Entry>>();
  private final Set<String> nrNumbers = new HashSet<String>();
  private long nrCounter;
  private long approvalCounter;
  private int holdPending;

  MoneyLedger(FixtureModel model, Clock clock) {
    this.model = model;
    this.money = model.money();
    this.clock = clock;
    this.tokens = new TokenVault(money.tokens, clock);
    for (BankAccount a : money.bankAccounts) {
      accounts.put(a.userId, a);
    }
    for (Merchant m : money.merchants) {
      merchants.put(m.merchantId, m);
    }
    reset();
  }

  /** Returns to the fixture: balances, pending amounts, records, history, tokens, counters. */
  void reset() {
    balances.clear();
    pendings.clear();
    for (Card c : model.cards()) {
      balances.put(c.par, c.balance);
      pendings.put(c.par, c.pendingAmount);
    }
    bySequenceId.clear();
    chargeByNr.clear();
    pending.clear();
    paymentByNr.clear();
    paymentByTid.clear();
    history.clear();
    nrNumbers.clear();
    for (Charge c : money.charges) {
      ChargeRecord r = new ChargeRecord(c.sequenceId, c.userId, c.par, c.amount, null, false,
          c.byBankAccount, c.nrNumber, c.status);
      r.cancelled = c.cancelled;
      record(r);
    }
    for (Payment p : money.payments) {
      record(new PaymentRecord(p.transactionId, p.nrNumber, p.approvalCode, p.par,
          p.merchantId, p.amount, null, p.status));
    }
    for (Entry e : money.transactions) {
      historyOf(e.par).add(e);
      nrNumbers.add(e.nrNumber);
    }
    tokens.reset();
    nrCounter = 0;
    approvalCounter = 0;
    holdPending = 0;
  }

  TokenVault tokens() {
    return tokens;
  }

  BankAccount account(long userId) {
    return accounts.get(userId);
  }

  Merchant merchant(String merchantId) {
    return merchantId == null ? null : merchants.get(merchantId);
  }

  /** True when the fixture refuses the system recharges of {@code userId} with {@code r}. */
  boolean rechargeRefuses(long userId, MoneyModel.Refusal r) {
    return money.rechargeRefuses(userId, r);
  }

  // ---------------------------------------------------------------- balances

  /** The live balance of {@code par}; 0 for a card the fixture did not have. */
  long balance(String par) {
    Long b = balances.get(par);
    return b == null ? 0 : b;
  }

  /** The amount of charges accepted but not settled on {@code par}. */
  long pendingAmount(String par) {
    Long p = pendings.get(par);
    return p == null ? 0 : p;
  }

  /**
   * Moves {@code delta} on the card's balance and writes the movement into its history, dated
   * now by the sandbox clock. Returns the balance after it.
   */
  long move(String par, String trType, String nrNumber, long delta, Merchant merchant,
      String approvalCode, boolean cancel) {
    long before = balance(par);
    long after = before + delta;
    balances.put(par, after);
    historyOf(par).add(new Entry(par, trType, nrNumber, Math.abs(delta), before, after,
        merchant, approvalCode, cancel, SECONDS.format(clock.instant())));
    return after;
  }

  /** The card's history, oldest first (live: do not keep it past the lock). */
  List<Entry> history(String par) {
    List<Entry> list = history.get(par);
    return list == null ? Collections.<Entry>emptyList() : list;
  }

  private List<Entry> historyOf(String par) {
    List<Entry> list = history.get(par);
    if (list == null) {
      list = new ArrayList<Entry>();
      history.put(par, list);
    }
    return list;
  }

  // ---------------------------------------------------------------- charges

  ChargeRecord chargeBySequenceId(String sequenceId) {
    return sequenceId == null ? null : bySequenceId.get(sequenceId);
  }

  /** The charge (never a cancellation) with that transaction number, or null. */
  ChargeRecord chargeByNr(String nrNumber) {
    return chargeByNr.get(nrNumber);
  }

  void record(ChargeRecord r) {
    if (r.sequenceId != null) {
      bySequenceId.put(r.sequenceId, r);
    }
    if (r.cancellation || r.nrNumber == null) {
      return;
    }
    chargeByNr.put(r.nrNumber, r);
    nrNumbers.add(r.nrNumber);
    if (r.status == ChargeStatus.PENDING) {
      pending.put(r, Boolean.TRUE);
      pendings.put(r.par, pendingAmount(r.par) + r.amount);
    }
  }

  /** Leaves the next {@code count} accepted charges pending (0 turns it off). */
  void holdPending(int count) {
    holdPending = count;
  }

  /** True when the charge being accepted is to stay pending (and counts it off). */
  boolean takeHold() {
    if (holdPending > 0) {
      holdPending--;
      return true;
    }
    return false;
  }

  /**
   * Settles every pending charge, oldest first: completed (the amount moves onto the card, and
   * into its history) or failed (nothing moves). Returns how many were settled.
   */
  int settlePending(boolean complete) {
    int n = 0;
    for (ChargeRecord r : new ArrayList<ChargeRecord>(pending.keySet())) {
      pending.remove(r);
      pendings.put(r.par, pendingAmount(r.par) - r.amount);
      if (complete) {
        r.status = ChargeStatus.COMPLETED;
        move(r.par, MoneyHandlers.CHARGE_TYPE, r.nrNumber, r.amount, null, null, false);
      } else {
        r.status = ChargeStatus.FAILED;
        r.refusal = Result.WITHDRAW_FAILURE;
      }
      n++;
    }
    return n;
  }

  // ---------------------------------------------------------------- payments

  PaymentRecord paymentByNr(String nrNumber) {
    return paymentByNr.get(nrNumber);
  }

  PaymentRecord paymentByTransactionId(String transactionId) {
    return transactionId == null ? null : paymentByTid.get(transactionId);
  }

  void record(PaymentRecord p) {
    paymentByNr.put(p.nrNumber, p);
    nrNumbers.add(p.nrNumber);
    if (p.transactionId != null) {
      paymentByTid.put(p.transactionId, p);
    }
  }

  // ---------------------------------------------------------------- numbers and times

  /** The next transaction number: NR and 16 digits, never one the state has already. */
  String nextNrNumber() {
    String nr;
    do {
      nr = String.format(Locale.ROOT, "NR%016d", ++nrCounter);
    } while (nrNumbers.contains(nr));
    nrNumbers.add(nr);
    return nr;
  }

  /** The next approval code: 6 digits. */
  String nextApprovalCode() {
    return String.format(Locale.ROOT, "%06d", ++approvalCounter % 1_000_000);
  }

  /** Now by the sandbox clock, {@code yyyyMMddHHmmssSSS} in Asia/Seoul. */
  String approvalTime() {
    return MILLIS.format(clock.instant());
  }

  /** The balance limit of a card: 5,000,000 named, 2,000,000 unnamed (inferred). */
  static long balanceLimit(Card card) {
    return card.named ? SearchCardsHandler.MAX_NAMED : SearchCardsHandler.MAX_UNNAMED;
  }
}
