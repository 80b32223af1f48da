package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Limits;

/**
 * Modification of the Card's Limit: sets the card's limits, which Search for Card then shows.
 * Only a card with a linked account (a debit card) has limits: any other answers
 * {@code 003_024}. The page documents no code for an unknown or discarded card; the sandbox
 * answers {@code 003_021} and {@code 003_022} as the status change does. Every success counts
 * one limit update for the card's PAR.
 */
final class UpdateLimitsHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    long userId = request.get("userId").getAsLong();
    if (state.activeMember(userId) == null) {
      return Answer.of(Result.USER_NOT_FOUND);
    }
    String par = request.get("par").getAsString();
    Card card = state.card(par);
    if (card == null || card.userId != userId) {
      return Answer.of(Result.PAR_NOT_FOUND);
    }
    if (state.statusOf(par) == CardStatus.TERMINATED) {
      return Answer.of(Result.CARD_ALREADY_TERMINATED);
    }
    if (card.account == null) {
      return Answer.of(Result.NO_ACCOUNT_INFO);
    }
    JsonObject l = request.getAsJsonObject("limits");
    state.setLimits(par, new Limits(l.get("once").getAsLong(), l.get("day").getAsLong(),
        l.get("month").getAsLong()));
    state.countEffect(Handlers.UPDATE_LIMITS, par);
    return Answer.of(Result.SUCCESS);
  }
}
