package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;

/**
 * Issuance of Disposable (one-time) Token: for the card with that (mobile or physical) number
 * a new token and DCVV (see {@link TokenVault}: numbered from {@code 7000000000000001}/{@code 701}
 * after a reset, valid 30 s by the sandbox clock, 5 minutes for the {@code ATM} and
 * {@code CREDIT} types, single-use), with {@code expiryTime} in Unix milliseconds. A card number
 * the sandbox does not know, of a discarded card or of a member who is gone answers
 * {@code 006_008} (inferred: the page lists no codes). A suspended or expired card gets a token:
 * the payment or charge then refuses it. No effect is counted: issuing a token moves no money.
 */
final class TokenHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    Card card = state.cardByNo(request.get("cardNo").getAsString());
    if (card == null || state.statusOf(card.par) == CardStatus.TERMINATED
        || state.activeMember(card.userId) == null) {
      return Answer.of(Result.INVALID_CARD_NUMBER);
    }
    TokenVault.Issued t = state.money().tokens().issue(card.par,
        MoneyHandlers.string(request, "type"));
    JsonObject data = new JsonObject();
    data.addProperty("oneTimeToken", t.token);
    data.addProperty("dcvv", t.dcvv);
    data.addProperty("expiryTime", t.expiresAt.toEpochMilli());
    return Answer.success(data);
  }
}
