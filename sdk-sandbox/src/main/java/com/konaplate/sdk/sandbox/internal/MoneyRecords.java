package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.MoneyModel.ChargeStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.PaymentStatus;

/** The live records of the money model: charges (and their cancellations) and payments. */
final class MoneyRecords {
  private MoneyRecords() {
  }

  /** A charge or a charge cancellation, as the result inquiry knows it. Guarded by the lock. */
  static final class ChargeRecord {
    /** Its sequenceId, or null when it was sent without one. */
    final String sequenceId;
    final long userId;
    /** The card whose balance it moves. */
    final String par;
    final long amount;
    /** The merchant a charge names; null for a cancellation. */
    final String merchantId;
    /** True for a cancellation of a charge. */
    final boolean cancellation;
    /** False: paid by another method than the bank account. */
    final boolean byBankAccount;
    /** The transaction number (of the charge a cancellation cancels); null when it failed. */
    final String nrNumber;
    ChargeStatus status;
    /** The refusal a failed charge answered (replayed for its sequenceId), or null. */
    Result refusal;
    /** For a completed charge: cancelled since. */
    boolean cancelled;

    ChargeRecord(String sequenceId, long userId, String par, long amount, String merchantId,
        boolean cancellation, boolean byBankAccount, String nrNumber, ChargeStatus status) {
      this.sequenceId = sequenceId;
      this.userId = userId;
      this.par = par;
      this.amount = amount;
      this.merchantId = merchantId;
      this.cancellation = cancellation;
      this.byBankAccount = byBankAccount;
      this.nrNumber = nrNumber;
      this.status = status;
    }

    static ChargeRecord failed(String sequenceId, long userId, String par, long amount,
        String merchantId, boolean cancellation, String nrNumber, Result refusal) {
      ChargeRecord r = new ChargeRecord(sequenceId, userId, par, amount, merchantId,
          cancellation, true, nrNumber, ChargeStatus.FAILED);
      r.refusal = refusal;
      return r;
    }

    /** True when a charge request names the same charge (a replay of this one). */
    boolean sameCharge(long userId, long amount, String merchantId) {
      return !cancellation && this.userId == userId && this.amount == amount
          && merchantId.equals(this.merchantId);
    }

    /** True when a cancellation request names the same cancellation. */
    boolean sameCancellation(long userId, String nrNumber) {
      return cancellation && this.userId == userId && nrNumber.equals(this.nrNumber);
    }
  }

  /** A payment. Guarded by the lock. */
  static final class PaymentRecord {
    /** The caller's transactionId, or null. */
    final String transactionId;
    final String nrNumber;
    final String approvalCode;
    /** The card the token was issued for (its number is the one the answer shows). */
    final String par;
    final String merchantId;
    final long amount;
    /** The answer of the approval, replayed for a repeat of its transactionId; or null. */
    final JsonObject answer;
    PaymentStatus status;

    PaymentRecord(String transactionId, String nrNumber, String approvalCode, String par,
        String merchantId, long amount, JsonObject answer, PaymentStatus status) {
      this.transactionId = transactionId;
      this.nrNumber = nrNumber;
      this.approvalCode = approvalCode;
      this.par = par;
      this.merchantId = merchantId;
      this.amount = amount;
      this.answer = answer;
      this.status = status;
    }
  }
}
