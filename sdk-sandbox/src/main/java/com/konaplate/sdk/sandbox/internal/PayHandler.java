package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Merchant;
import com.konaplate.sdk.sandbox.internal.MoneyModel.PaymentStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Refusal;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.PaymentRecord;

/**
 * Payment (no-HCE): pays a merchant from the card behind a one-time token. Checks, in order:
 * <ol>
 *   <li>a {@code transactionId} of an approved payment (since the reset) never pays again: the
 *       same payment (same amount and merchant) is answered with the original approval, any
 *       other request under that id is refused with {@code 000_002 transactionId};
 *   <li>an unknown, used or expired token {@code 006_008}; a DCVV that is not the token's
 *       {@code 006_009}; from here on the token is used up, whatever the answer;
 *   <li>an unknown merchant {@code 000_002 merchantId} (<i>sandbox</i>); a merchant flagged
 *       {@code posEntryMode} {@code 006_005}, {@code terminalTime} {@code 006_006};
 *   <li>the card's expiry month is over (by the sandbox clock, in Seoul) {@code 006_011};
 *   <li>the card (or the mobile card whose balance a physical card shares) is suspended or
 *       discarded, or its member gone, {@code 006_012};
 *   <li>an amount above the merchant's {@code storeLimit} {@code 006_010};
 *   <li>a balance below the amount {@code 006_007}.
 * </ol>
 * A success takes the amount from the card, writes it into the card's history
 * ({@code trType 00}, {@code AUTH}, the merchant's name) and answers the token's card number,
 * the balance after, the next approval code (6 digits), the next transaction number (18
 * characters) and the approval time ({@code yyyyMMddHHmmssSSS}, Seoul, sandbox clock); it counts
 * one payment for its transactionId (for its nrNumber without one).
 */
final class PayHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    MoneyLedger money = state.money();
    String transactionId = MoneyHandlers.string(request, "transactionId");
    long amount = request.get("amount").getAsLong();
    String merchantId = request.get("merchantId").getAsString();
    PaymentRecord prior = money.paymentByTransactionId(transactionId);
    if (prior != null) {
      return prior.answer != null && prior.amount == amount
          && prior.merchantId.equals(merchantId) ? Answer.success(prior.answer.deepCopy())
          : Answer.invalid("transactionId");
    }
    TokenVault.Issued token = money.tokens().live(request.get("oneTimeToken").getAsString());
    Card tokenCard = token == null ? null : state.card(token.par);
    if (tokenCard == null) {
      return Answer.of(Result.INVALID_CARD_NUMBER);
    }
    if (!token.dcvv.equals(request.get("dcvv").getAsString())) {
      return Answer.of(Result.REQUEST_FORMAT_ERROR);
    }
    token.used = true;
    Merchant merchant = money.merchant(merchantId);
    if (merchant == null) {
      return Answer.invalid("merchantId");
    }
    Card card = MoneyHandlers.moneyCard(state, tokenCard);
    Result refusal = refusal(state, merchant, tokenCard, card, amount);
    if (refusal != null) {
      return Answer.of(refusal);
    }
    String nr = money.nextNrNumber();
    String approvalCode = money.nextApprovalCode();
    long balance = money.move(card.par, MoneyHandlers.PAYMENT_TYPE, nr, -amount, merchant,
        approvalCode, false);
    JsonObject data = new JsonObject();
    data.addProperty("cardNo", tokenCard.cardNo);
    data.addProperty("balance", balance);
    data.addProperty("approvalCode", approvalCode);
    data.addProperty("nrNumber", nr);
    data.addProperty("approvalTime", money.approvalTime());
    money.record(new PaymentRecord(transactionId, nr, approvalCode, tokenCard.par, merchantId,
        amount, data.deepCopy(), PaymentStatus.APPROVED));
    state.countEffect(MoneyHandlers.PAY, transactionId != null ? transactionId : nr);
    return Answer.success(data);
  }

  private static Result refusal(FixtureState state, Merchant merchant, Card tokenCard,
      Card card, long amount) {
    if (merchant.refuses(Refusal.POS_ENTRY_MODE)) {
      return Result.POS_ENTRY_MODE;
    }
    if (merchant.refuses(Refusal.TERMINAL_TIME)) {
      return Result.INVALID_TRANSACTION;
    }
    if (MoneyHandlers.expired(state, tokenCard)) {
      return Result.EXPIRED_CARD;
    }
    if (!MoneyHandlers.usable(state, tokenCard) || !MoneyHandlers.usable(state, card)) {
      return Result.NOT_PERMITTED;
    }
    if (merchant.storeLimit > 0 && amount > merchant.storeLimit) {
      return Result.OVER_STORE_LIMIT;
    }
    return state.money().balance(card.par) < amount ? Result.INVALID_AMOUNT : null;
  }
}
