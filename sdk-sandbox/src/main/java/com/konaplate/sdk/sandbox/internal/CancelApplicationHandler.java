package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Application;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;

/**
 * Cancellation of Card Application: checks in the order member ({@code 001_006}), application
 * of that member ({@code 000_002} naming cardApplyNo: no such application), status
 * ({@code 003_003}: cancelled already, its card used or already discarded), day
 * ({@code 003_002}: not made today in Asia/Seoul by the sandbox clock). On success the
 * application is cancelled, its mobile card discarded (with its sub and linked physical cards),
 * one cancellation counted for the cardApplyNo, and the card's number and PAR answered.
 */
final class CancelApplicationHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    long userId = request.get("userId").getAsLong();
    if (state.activeMember(userId) == null) {
      return Answer.of(Result.USER_NOT_FOUND);
    }
    String applyNo = request.get("cardApplyNo").getAsString();
    Application application = state.application(applyNo);
    if (application == null || application.userId != userId) {
      return Answer.invalid("cardApplyNo");
    }
    if (state.isCancelled(applyNo) || application.cardUsed
        || state.statusOf(application.par) == CardStatus.TERMINATED) {
      return Answer.of(Result.NOT_CANCELABLE_STATUS);
    }
    if (!state.today().equals(state.appliedOn(applyNo))) {
      return Answer.of(Result.NOT_CANCELABLE_DAY);
    }
    state.markCancelled(applyNo);
    state.terminateCascade(application.par);
    state.countEffect(Handlers.CANCEL_APPLICATION, applyNo);
    Card card = state.card(application.par);
    JsonObject data = new JsonObject();
    if (card.cardNo != null) {
      data.addProperty("mobileCardNo", card.cardNo);
    }
    data.addProperty("par", card.par);
    return Answer.success(data);
  }
}
