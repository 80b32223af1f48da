package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.MoneyModel.BankAccount;
import com.konaplate.sdk.sandbox.internal.MoneyModel.ChargeStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Merchant;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Refusal;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.ChargeRecord;

/** Charge (from the registered bank account) and Checking Result of Charge. */
final class ChargeHandlers {
  private ChargeHandlers() {
  }

  /**
   * Charge: moves {@code amount} from the member's registered bank account onto the card the
   * one-time token was issued for. Checks, in order:
   * <ol>
   *   <li>a {@code sequenceId} seen before (since the reset) never charges again: a request
   *       naming the same charge (same userId, amount and merchant) is answered what the
   *       original was answered (its nrNumber and {@code isPending}, or its refusal), and
   *       anything else under that id is refused with {@code 000_002 sequenceId};
   *   <li>an unknown or withdrawn member: {@code 000_002 userId} (<i>sandbox</i>);
   *   <li>the token must be live (known, unused, not expired), issued for a card of the
   *       member, and the DCVV its own: else {@code 000_002 oneTimeToken}. From here on the
   *       token is used up, whatever the answer;
   *   <li>an unknown merchant {@code 000_002 merchantId} (<i>sandbox</i>); a merchant flagged
   *       {@code benefitMismatch} {@code 007_002};
   *   <li>no registered account {@code 007_001};
   *   <li>a card that is not active, or a balance plus pending amount plus this charge above
   *       the card's balance limit (2,000,000 unnamed, 5,000,000 named; inferred)
   *       {@code 007_003};
   *   <li>an account without money {@code 007_004}.
   * </ol>
   * A {@code 007_*} refusal is recorded as a FAILED charge under its sequenceId (the result
   * inquiry answers it). A success gets the next transaction number, adds the amount to the
   * card's balance and history ({@code trType 01}, {@code AUTH}), is recorded COMPLETED and
   * counts one charge for its sequenceId (for its nrNumber without one); while the sandbox is
   * told to keep charges pending, it is recorded PENDING instead, adds to the card's pending
   * amount and answers {@code isPending: true} until settled.
   */
  static final class Charge implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      MoneyLedger money = state.money();
      String sequenceId = MoneyHandlers.string(request, "sequenceId");
      long userId = request.get("userId").getAsLong();
      long amount = request.get("amount").getAsLong();
      String merchantId = request.get("merchantId").getAsString();
      ChargeRecord prior = money.chargeBySequenceId(sequenceId);
      if (prior != null) {
        return prior.sameCharge(userId, amount, merchantId) ? replay(prior)
            : Answer.invalid("sequenceId");
      }
      Member member = state.activeMember(userId);
      if (member == null) {
        return Answer.invalid("userId");
      }
      TokenVault.Issued token = money.tokens().live(request.get("oneTimeToken").getAsString());
      Card tokenCard = token == null ? null : state.card(token.par);
      if (tokenCard == null || tokenCard.userId != userId
          || !token.dcvv.equals(request.get("dcvv").getAsString())) {
        return Answer.invalid("oneTimeToken");
      }
      token.used = true;
      Merchant merchant = money.merchant(merchantId);
      if (merchant == null) {
        return Answer.invalid("merchantId");
      }
      Card card = MoneyHandlers.moneyCard(state, tokenCard);
      Result refusal = refusal(state, merchant, money.account(userId), card, amount);
      if (refusal != null) {
        money.record(ChargeRecord.failed(sequenceId, userId, card.par, amount, merchantId,
            false, null, refusal));
        return Answer.of(refusal);
      }
      boolean pending = money.takeHold();
      String nr = money.nextNrNumber();
      money.record(new ChargeRecord(sequenceId, userId, card.par, amount, merchantId, false,
          true, nr, pending ? ChargeStatus.PENDING : ChargeStatus.COMPLETED));
      if (!pending) {
        money.move(card.par, MoneyHandlers.CHARGE_TYPE, nr, amount, null, null, false);
      }
      state.countEffect(MoneyHandlers.CHARGE, sequenceId != null ? sequenceId : nr);
      return answer(nr, pending);
    }

    private static Result refusal(FixtureState state, Merchant merchant, BankAccount account,
        Card card, long amount) {
      MoneyLedger money = state.money();
      if (merchant.refuses(Refusal.BENEFIT_MISMATCH)) {
        return Result.BENEFIT_MISMATCH;
      }
      if (account == null) {
        return Result.NO_BANK_ACCOUNT;
      }
      if (!MoneyHandlers.usable(state, card) || money.balance(card.par)
          + money.pendingAmount(card.par) + amount > MoneyLedger.balanceLimit(card)) {
        return Result.CREDIT_LIMIT_EXCEEDED;
      }
      return account.hasMoney ? null : Result.WITHDRAW_FAILURE;
    }

    private static Answer replay(ChargeRecord prior) {
      if (prior.status == ChargeStatus.FAILED) {
        return Answer.of(prior.refusal != null ? prior.refusal : Result.WITHDRAW_FAILURE);
      }
      return answer(prior.nrNumber, prior.status == ChargeStatus.PENDING);
    }

    private static Answer answer(String nrNumber, boolean pending) {
      JsonObject data = new JsonObject();
      data.addProperty("nrNumber", nrNumber);
      data.addProperty("isPending", pending);
      return Answer.success(data);
    }
  }

  /**
   * Checking Result of Charge &amp; Cancellation of Charge: the {@code result}
   * ({@code COMPLETED}, {@code PENDING} or {@code FAILED}) and {@code nrNumber} (when it has
   * one) of the charge or cancellation sent with that sequenceId, from the same state the
   * charges change; an unknown sequenceId answers {@code 000_002 sequenceId} (inferred).
   */
  static final class Inquiry implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      ChargeRecord r = state.money().chargeBySequenceId(request.get("sequenceId").getAsString());
      if (r == null) {
        return Answer.invalid("sequenceId");
      }
      JsonObject data = new JsonObject();
      data.addProperty("result", r.status.name());
      if (r.nrNumber != null && r.status != ChargeStatus.FAILED) {
        data.addProperty("nrNumber", r.nrNumber);
      }
      return Answer.success(data);
    }
  }
}
