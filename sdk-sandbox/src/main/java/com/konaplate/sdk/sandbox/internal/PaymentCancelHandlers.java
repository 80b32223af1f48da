package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Merchant;
import com.konaplate.sdk.sandbox.internal.MoneyModel.PaymentStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Refusal;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.PaymentRecord;

/** Cancellation of Payment and Network Cancellation of Payment: the money goes back. */
final class PaymentCancelHandlers {
  private PaymentCancelHandlers() {
  }

  /**
   * Cancellation of Payment: an unknown card number {@code 006_008}; an unknown merchant
   * {@code 000_002 merchantId} (<i>sandbox</i>); a merchant flagged
   * {@code terminalNotPermitted} {@code 006_013}; no approved payment with that nrNumber, card,
   * amount and merchant (never made, cancelled or reversed already), or its card discarded,
   * {@code 006_012}. A success gives the amount back to the card (history: {@code trType 00},
   * {@code CANCEL}), marks the payment cancelled, answers the balance after and the time, and
   * counts one cancellation for the payment's nrNumber.
   */
  static final class Cancel implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      MoneyLedger money = state.money();
      Card card = state.cardByNo(request.get("cardNo").getAsString());
      if (card == null) {
        return Answer.of(Result.INVALID_CARD_NUMBER);
      }
      Merchant merchant = money.merchant(request.get("merchantId").getAsString());
      if (merchant == null) {
        return Answer.invalid("merchantId");
      }
      if (merchant.refuses(Refusal.TERMINAL_NOT_PERMITTED)) {
        return Answer.of(Result.TERMINAL_NOT_PERMITTED);
      }
      PaymentRecord p = money.paymentByNr(request.get("nrNumber").getAsString());
      if (p == null || !p.par.equals(card.par) || !p.merchantId.equals(merchant.merchantId)
          || p.amount != request.get("amount").getAsLong() || p.status != PaymentStatus.APPROVED) {
        return Answer.of(Result.NOT_PERMITTED);
      }
      Answer answer = giveBack(state, p, merchant, PaymentStatus.CANCELLED);
      if (answer.result == Result.SUCCESS) {
        state.countEffect(MoneyHandlers.CANCEL_PAYMENT, p.nrNumber);
      }
      return answer;
    }
  }

  /**
   * Network Cancellation of Payment: an unknown merchant {@code 000_002 merchantId}
   * (<i>sandbox</i>); a merchant flagged {@code systemError} {@code 006_022}; no payment with
   * that transactionId, merchant and amount {@code 006_030}; a payment reversed or cancelled
   * already {@code 006_021}; its card discarded {@code 006_012}. A success gives the amount back
   * to the card (history: {@code trType 00}, {@code CANCEL}), marks the payment reversed,
   * answers the balance after and the time, and counts one reversal for the transactionId.
   */
  static final class NetCancel implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      MoneyLedger money = state.money();
      Merchant merchant = money.merchant(request.get("merchantId").getAsString());
      if (merchant == null) {
        return Answer.invalid("merchantId");
      }
      if (merchant.refuses(Refusal.SYSTEM_ERROR)) {
        return Answer.of(Result.PAYMENT_SYSTEM_ERROR);
      }
      String transactionId = request.get("transactionId").getAsString();
      PaymentRecord p = money.paymentByTransactionId(transactionId);
      if (p == null || !p.merchantId.equals(merchant.merchantId)
          || p.amount != request.get("amount").getAsLong()) {
        return Answer.of(Result.NO_ORIGINAL_TRANSACTION);
      }
      if (p.status != PaymentStatus.APPROVED) {
        return Answer.of(Result.DUPLICATED_TRANSACTION);
      }
      Answer answer = giveBack(state, p, merchant, PaymentStatus.REVERSED);
      if (answer.result == Result.SUCCESS) {
        state.countEffect(MoneyHandlers.NET_CANCEL, transactionId);
      }
      return answer;
    }
  }

  /** Gives a payment's amount back to its card, unless that card is discarded. */
  static Answer giveBack(FixtureState state, PaymentRecord p, Merchant merchant,
      PaymentStatus becomes) {
    Card card = MoneyHandlers.moneyCard(state, state.card(p.par));
    if (state.statusOf(card.par) == CardStatus.TERMINATED) {
      return Answer.of(Result.NOT_PERMITTED);
    }
    MoneyLedger money = state.money();
    long balance = money.move(card.par, MoneyHandlers.PAYMENT_TYPE, p.nrNumber, p.amount,
        merchant, p.approvalCode, true);
    p.status = becomes;
    JsonObject data = new JsonObject();
    data.addProperty("balance", balance);
    data.addProperty("approvalTime", money.approvalTime());
    return Answer.success(data);
  }
}
