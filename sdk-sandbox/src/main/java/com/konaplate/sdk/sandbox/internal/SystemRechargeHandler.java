package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Refusal;

/**
 * System Recharging: credits the member's prepaid card. The request is in no public copy of the
 * docs, so the sandbox reads only the two fields openapi.yaml infers, {@code userId} and
 * {@code amount}; any other field (a partner's {@code unknownFields()}) is accepted and ignored.
 * Checks, in order:
 * <ol>
 *   <li>(before the handler, with the request's field checks) an {@code amount} of zero or less
 *       {@code 007_007};
 *   <li>a missing, unknown, withdrawn or dormant member: {@code 000_002 userId} (the page's
 *       message);
 *   <li>a missing amount {@code 007_007};
 *   <li>a member the fixture's {@code rechargeRefusals} flags {@code benefitMismatch}
 *       {@code 007_002};
 *   <li>no prepaid card (the member's first card, in fixture order, that holds its own balance,
 *       is not a sub or physical card and is not discarded), a card that is not active, or a
 *       balance plus pending amount plus this recharge above the card's balance limit (as for a
 *       charge: 2,000,000 unnamed, 5,000,000 named; inferred) {@code 007_003}.
 * </ol>
 * A success gets the next transaction number, adds the amount to the card's balance and history
 * ({@code trType 01}, {@code AUTH}, as a charge), counts one effect for the member's userId and
 * answers the card's {@code par}, the {@code nrNumber} and {@code availableDepositAmt}: how much
 * more the card may still take, its balance limit less its balance and pending amount after this
 * recharge. The page gives that field the range 1..9999999999; a recharge that fills the card to
 * its limit exactly answers 0 here, which is what the model says (the sandbox does not invent a
 * 1). Nothing in the inferred request names a recharge, so a repeat recharges again: that is why
 * the SDK never resends one.
 */
final class SystemRechargeHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    Long userId = integer(request.get("userId"));
    if (userId == null || state.activeMember(userId) == null) {
      return Answer.invalid("userId");
    }
    Long amount = integer(request.get("amount"));
    if (amount == null || amount <= 0) {
      return Answer.of(Result.RECHARGE_AMOUNT_NOT_POSITIVE);
    }
    MoneyLedger money = state.money();
    if (money.rechargeRefuses(userId, Refusal.BENEFIT_MISMATCH)) {
      return Answer.of(Result.BENEFIT_MISMATCH);
    }
    Card card = prepaidCard(state, userId);
    if (card == null || !MoneyHandlers.usable(state, card)) {
      return Answer.of(Result.CREDIT_LIMIT_EXCEEDED);
    }
    long room = MoneyLedger.balanceLimit(card) - money.balance(card.par)
        - money.pendingAmount(card.par);
    if (amount > room) {
      return Answer.of(Result.CREDIT_LIMIT_EXCEEDED);
    }
    String nr = money.nextNrNumber();
    money.move(card.par, MoneyHandlers.CHARGE_TYPE, nr, amount, null, null, false);
    state.countEffect(MoneyHandlers.SYSTEM_RECHARGE, String.valueOf(userId));
    JsonObject data = new JsonObject();
    data.addProperty("par", card.par);
    data.addProperty("nrNumber", nr);
    data.addProperty("availableDepositAmt", room - amount);
    return Answer.success(data);
  }

  /**
   * The member's prepaid card a system recharge credits: the first card of the member, in
   * fixture order (a registered member's basic card included), that holds its own balance (not
   * a sub card, not a physical card, whose balance is its mobile card's) and is not discarded;
   * null when there is none.
   */
  static Card prepaidCard(FixtureState state, long userId) {
    for (Card c : state.cardsOf(userId)) {
      if (c.kind != CardKind.SUB && c.kind != CardKind.PHYSICAL
          && state.statusOf(c.par) != CardStatus.TERMINATED) {
        return c;
      }
    }
    return null;
  }

  /** The whole number {@code e} holds (the request's field checks passed), or null. */
  private static Long integer(JsonElement e) {
    return Json.integerIn(e, Long.MIN_VALUE, Long.MAX_VALUE);
  }
}
