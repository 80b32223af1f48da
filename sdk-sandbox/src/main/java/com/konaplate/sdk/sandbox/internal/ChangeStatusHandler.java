package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;

/**
 * Modification of the Card's State: {@code SUSPEND} makes the card SUSPENDED, {@code RESUME}
 * ACTIVE. A repeat leaves the same state and succeeds again (the operation is convergent); every
 * success counts one status change for the card's PAR. The card is found by PAR ({@code 003_021}
 * when the member has no such card) or by card number ({@code 003_001}); with both, they must
 * name the same card ({@code 003_001}). A discarded card answers {@code 003_022}.
 */
final class ChangeStatusHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    long userId = request.get("userId").getAsLong();
    if (state.activeMember(userId) == null) {
      return Answer.of(Result.USER_NOT_FOUND);
    }
    String par = string(request.get("par"));
    String cardNo = string(request.get("cardNo"));
    Card card;
    if (par != null) {
      card = state.card(par);
      if (card == null || card.userId != userId) {
        return Answer.of(Result.PAR_NOT_FOUND);
      }
      if (cardNo != null && !cardNo.equals(card.cardNo)) {
        return Answer.of(Result.INVALID_CARD_DETAILS);
      }
    } else {
      card = state.cardByNo(cardNo);
      if (card == null || card.userId != userId) {
        return Answer.of(Result.INVALID_CARD_DETAILS);
      }
    }
    if (state.statusOf(card.par) == CardStatus.TERMINATED) {
      return Answer.of(Result.CARD_ALREADY_TERMINATED);
    }
    boolean suspend = "SUSPEND".equals(request.get("status").getAsString());
    state.setStatus(card.par, suspend ? CardStatus.SUSPENDED : CardStatus.ACTIVE);
    state.countEffect(Handlers.CHANGE_STATUS, card.par);
    return Answer.of(Result.SUCCESS);
  }

  static String string(JsonElement e) {
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
