package com.konaplate.sdk.sandbox.internal;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The immutable money part of a fixture: the members' registered bank accounts, the merchants,
 * pre-issued one-time tokens, and the charges, payments and transactions that happened before
 * the sandbox started, and the members whose system recharges are refused. Parsed by
 * {@link MoneyFixtureParser} from the fixture's own top-level sections ({@code bankAccounts},
 * {@code merchants}, {@code tokens}, {@code charges}, {@code payments}, {@code transactions},
 * {@code rechargeRefusals}); the cards' starting balances stay on the cards. The
 * fixture's charges and payments are already reflected in those balances: loading them moves
 * no money.
 */
final class MoneyModel {
  static final MoneyModel EMPTY = new MoneyModel(Collections.<BankAccount>emptyList(),
      Collections.<Merchant>emptyList(), Collections.<Token>emptyList(),
      Collections.<Charge>emptyList(), Collections.<Payment>emptyList(),
      Collections.<Entry>emptyList(), Collections.<Long, Set<Refusal>>emptyMap());

  /** A member's registered bank account. */
  static final class BankAccount {
    final long userId;
    final String bankCode;
    final String accountNo;
    /** The holder's name as the bank knows it; the member's name when the fixture gives none. */
    final String holderName;
    /** False: the PG's withdrawal from it fails ({@code 007_004}). */
    final boolean hasMoney;

    BankAccount(long userId, String bankCode, String accountNo, String holderName,
        boolean hasMoney) {
      this.userId = userId;
      this.bankCode = bankCode;
      this.accountNo = accountNo;
      this.holderName = holderName;
      this.hasMoney = hasMoney;
    }
  }

  /** What a merchant's terminal or approval server refuses (the fixture's {@code refuses}). */
  enum Refusal {
    /**
     * Charges (a merchant's flag) and system recharges (a member's, in
     * {@code rechargeRefusals}): the requested benefit differs from the one applied
     * ({@code 007_002}).
     */
    BENEFIT_MISMATCH("benefitMismatch"),
    /** Payments: the POS entry mode is refused ({@code 006_005}). */
    POS_ENTRY_MODE("posEntryMode"),
    /** Payments: the terminal's time is wrong ({@code 006_006}). */
    TERMINAL_TIME("terminalTime"),
    /** Cancellations of payments: the terminal is not permitted ({@code 006_013}). */
    TERMINAL_NOT_PERMITTED("terminalNotPermitted"),
    /** Network cancellations: the approval server fails ({@code 006_022}). */
    SYSTEM_ERROR("systemError");

    final String json;

    Refusal(String json) {
      this.json = json;
    }
  }

  /** A merchant (a KONA acquirer's merchant id). */
  static final class Merchant {
    final String merchantId;
    final String name;
    /** The business licence number, or null. */
    final String bizLicenseNo;
    /** The largest payment the store accepts; 0 for no limit ({@code 006_010} above it). */
    final long storeLimit;
    final Set<Refusal> refusals;

    Merchant(String merchantId, String name, String bizLicenseNo, long storeLimit,
        Set<Refusal> refusals) {
      this.merchantId = merchantId;
      this.name = name;
      this.bizLicenseNo = bizLicenseNo;
      this.storeLimit = storeLimit;
      this.refusals = refusals.isEmpty() ? Collections.<Refusal>emptySet()
          : Collections.unmodifiableSet(EnumSet.copyOf(refusals));
    }

    boolean refuses(Refusal r) {
      return refusals.contains(r);
    }
  }

  /** A pre-issued one-time token: bound to a card, single-use per reset, never expiring. */
  static final class Token {
    final String token;
    final String dcvv;
    final String par;

    Token(String token, String dcvv, String par) {
      this.token = token;
      this.dcvv = dcvv;
      this.par = par;
    }
  }

  /** A charge's (or a charge cancellation's) result, as the result inquiry answers it. */
  enum ChargeStatus {
    COMPLETED, PENDING, FAILED
  }

  /** A charge made before the sandbox started. */
  static final class Charge {
    /** The sequenceId it was sent with, or null. */
    final String sequenceId;
    /** Its transaction number; null for a failed charge. */
    final String nrNumber;
    final long userId;
    final String par;
    final long amount;
    final ChargeStatus status;
    /** False: paid by another method than the bank account ({@code 007_040} on cancel). */
    final boolean byBankAccount;
    final boolean cancelled;

    Charge(String sequenceId, String nrNumber, long userId, String par, long amount,
        ChargeStatus status, boolean byBankAccount, boolean cancelled) {
      this.sequenceId = sequenceId;
      this.nrNumber = nrNumber;
      this.userId = userId;
      this.par = par;
      this.amount = amount;
      this.status = status;
      this.byBankAccount = byBankAccount;
      this.cancelled = cancelled;
    }
  }

  /** What became of a payment. */
  enum PaymentStatus {
    APPROVED, CANCELLED, REVERSED
  }

  /** A payment made before the sandbox started. */
  static final class Payment {
    /** The caller's transactionId, or null. */
    final String transactionId;
    final String nrNumber;
    final String approvalCode;
    /** The card the payment's token was issued for. */
    final String par;
    final String merchantId;
    final long amount;
    final PaymentStatus status;

    Payment(String transactionId, String nrNumber, String approvalCode, String par,
        String merchantId, long amount, PaymentStatus status) {
      this.transactionId = transactionId;
      this.nrNumber = nrNumber;
      this.approvalCode = approvalCode;
      this.par = par;
      this.merchantId = merchantId;
      this.amount = amount;
      this.status = status;
    }
  }

  /** A line of a card's transaction history. */
  static final class Entry {
    final String par;
    /** {@code 00} payment, {@code 01} charge, {@code 02} refund, {@code 03} transfer. */
    final String trType;
    final String nrNumber;
    final long amount;
    final long balanceBefore;
    final long balanceAfter;
    /** The merchant, or null. */
    final Merchant merchant;
    /** The approval code, or null. */
    final String approvalCode;
    /** True for a cancellation ({@code CANCEL}), false for an approval ({@code AUTH}). */
    final boolean cancel;
    /** {@code yyyyMMddHHmmss} in Asia/Seoul. */
    final String approvalDateTime;

    Entry(String par, String trType, String nrNumber, long amount, long balanceBefore,
        long balanceAfter, Merchant merchant, String approvalCode, boolean cancel,
        String approvalDateTime) {
      this.par = par;
      this.trType = trType;
      this.nrNumber = nrNumber;
      this.amount = amount;
      this.balanceBefore = balanceBefore;
      this.balanceAfter = balanceAfter;
      this.merchant = merchant;
      this.approvalCode = approvalCode;
      this.cancel = cancel;
      this.approvalDateTime = approvalDateTime;
    }
  }

  final List<BankAccount> bankAccounts;
  final List<Merchant> merchants;
  final List<Token> tokens;
  final List<Charge> charges;
  final List<Payment> payments;
  final List<Entry> transactions;
  /** What the system recharges of a member are refused with, by userId. */
  final Map<Long, Set<Refusal>> rechargeRefusals;

  MoneyModel(List<BankAccount> bankAccounts, List<Merchant> merchants, List<Token> tokens,
      List<Charge> charges, List<Payment> payments, List<Entry> transactions,
      Map<Long, Set<Refusal>> rechargeRefusals) {
    this.bankAccounts = Collections.unmodifiableList(bankAccounts);
    this.merchants = Collections.unmodifiableList(merchants);
    this.tokens = Collections.unmodifiableList(tokens);
    this.charges = Collections.unmodifiableList(charges);
    this.payments = Collections.unmodifiableList(payments);
    this.transactions = Collections.unmodifiableList(transactions);
    this.rechargeRefusals = Collections.unmodifiableMap(rechargeRefusals);
  }

  /** True when the system recharges of {@code userId} are refused with {@code r}. */
  boolean rechargeRefuses(long userId, Refusal r) {
    Set<Refusal> refusals = rechargeRefusals.get(userId);
    return refusals != null && refusals.contains(r);
  }
}
