package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;

/**
 * Discarding a Card: checks in the order member, card ownership, card status, card kind,
 * balance (the live balance, or a pending charge: {@code 001_052}); on success discards the
 * card with its sub cards and linked physical cards and counts one termination for its PAR. A
 * suspended card can be discarded.
 */
final class TerminateHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    long userId = request.get("userId").getAsLong();
    String par = request.get("par").getAsString();
    if (state.activeMember(userId) == null) {
      return Answer.of(Result.USER_NOT_FOUND);
    }
    Card card = state.card(par);
    if (card == null || card.userId != userId
        || state.statusOf(par) == CardStatus.TERMINATED) {
      return Answer.of(Result.INVALID_CARD);
    }
    switch (card.kind) {
      case SUB:
        return Answer.of(Result.SUB_CARD);
      case BASIC:
        return Answer.of(Result.BASIC_CARD);
      case MARRIED:
        return Answer.of(Result.MARRIED_CARD);
      default:
        break;
    }
    if (state.money().balance(par) > 0 || state.money().pendingAmount(par) > 0) {
      return Answer.of(Result.CARD_HAS_BALANCE);
    }
    state.terminateCascade(par);
    state.countEffect(Handlers.TERMINATE, par);
    return Answer.of(Result.SUCCESS);
  }
}
