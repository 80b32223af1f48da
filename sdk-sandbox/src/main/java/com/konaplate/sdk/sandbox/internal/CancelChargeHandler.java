package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.MoneyModel.BankAccount;
import com.konaplate.sdk.sandbox.internal.MoneyModel.ChargeStatus;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.ChargeRecord;

/**
 * Cancellation of Charge: takes a completed charge's amount back from its card (the money goes
 * back to the member's account "the day after": the sandbox keeps no account balance). Checks,
 * in order:
 * <ol>
 *   <li>a {@code sequenceId} seen before never cancels again: the same cancellation (same
 *       userId and nrNumber) is answered as the original was, anything else under that id is
 *       refused with {@code 000_002 sequenceId};
 *   <li>an unknown or withdrawn member {@code 000_002 userId} (<i>sandbox</i>);
 *   <li>the token must be live and issued for a card of the member, and the DCVV (when sent)
 *       its own, else {@code 000_002 oneTimeToken}; from here on the token is used up;
 *   <li>no registered account {@code 007_001};
 *   <li>no completed, uncancelled charge of the member with that nrNumber {@code 007_030};
 *   <li>a charge paid by another method {@code 007_040};
 *   <li>the account holder's name differs from the member's {@code 007_043};
 *   <li>the card is discarded or its balance is below the amount {@code 007_030}.
 * </ol>
 * A {@code 007_*} refusal is recorded as a FAILED cancellation under its sequenceId. A success
 * takes the amount from the card (history: {@code trType 01}, {@code CANCEL}, the charge's
 * nrNumber), marks the charge cancelled, records the cancellation COMPLETED under its own
 * sequenceId (the result inquiry answers it, with the charge's nrNumber) and counts one
 * cancellation for that sequenceId (for the charge's nrNumber without one).
 */
final class CancelChargeHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    MoneyLedger money = state.money();
    String sequenceId = MoneyHandlers.string(request, "sequenceId");
    long userId = request.get("userId").getAsLong();
    String nrNumber = request.get("nrNumber").getAsString();
    ChargeRecord prior = money.chargeBySequenceId(sequenceId);
    if (prior != null) {
      if (!prior.sameCancellation(userId, nrNumber)) {
        return Answer.invalid("sequenceId");
      }
      return prior.status == ChargeStatus.FAILED ? Answer.of(prior.refusal) : done();
    }
    Member member = state.activeMember(userId);
    if (member == null) {
      return Answer.invalid("userId");
    }
    TokenVault.Issued token = money.tokens().live(request.get("oneTimeToken").getAsString());
    Card tokenCard = token == null ? null : state.card(token.par);
    String dcvv = MoneyHandlers.string(request, "dcvv");
    if (tokenCard == null || tokenCard.userId != userId
        || dcvv != null && !dcvv.equals(token.dcvv)) {
      return Answer.invalid("oneTimeToken");
    }
    token.used = true;
    ChargeRecord charge = money.chargeByNr(nrNumber);
    Result refusal = refusal(state, member, money.account(userId), charge);
    if (refusal != null) {
      money.record(ChargeRecord.failed(sequenceId, userId, charge == null ? null : charge.par,
          0, null, true, nrNumber, refusal));
      return Answer.of(refusal);
    }
    money.move(charge.par, MoneyHandlers.CHARGE_TYPE, charge.nrNumber, -charge.amount, null,
        null, true);
    charge.cancelled = true;
    money.record(new ChargeRecord(sequenceId, userId, charge.par, charge.amount, null, true, true,
        charge.nrNumber, ChargeStatus.COMPLETED));
    state.countEffect(MoneyHandlers.CANCEL_CHARGE, sequenceId != null ? sequenceId : nrNumber);
    return done();
  }

  private static Result refusal(FixtureState state, Member member, BankAccount account,
      ChargeRecord charge) {
    if (account == null) {
      return Result.NO_BANK_ACCOUNT;
    }
    if (charge == null || charge.userId != member.userId
        || charge.status != ChargeStatus.COMPLETED || charge.cancelled) {
      return Result.CHARGE_NOT_CANCELABLE;
    }
    if (!charge.byBankAccount) {
      return Result.OTHER_METHOD;
    }
    if (account.holderName == null ? member.name != null
        : !account.holderName.equals(member.name)) {
      return Result.NAME_MISMATCH;
    }
    if (state.statusOf(charge.par) == CardStatus.TERMINATED
        || state.money().balance(charge.par) < charge.amount) {
      return Result.CHARGE_NOT_CANCELABLE;
    }
    return null;
  }

  private static Answer done() {
    JsonObject data = new JsonObject();
    data.addProperty("isPending", false);
    return Answer.success(data);
  }
}
