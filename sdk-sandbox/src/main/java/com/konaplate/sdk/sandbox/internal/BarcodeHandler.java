package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;

/**
 * Convenience-store charge/withdrawal barcode: the transaction type, the card number, the DCVV
 * of a one-time token issued for the card then (the {@link TokenVault}'s next, as Issuance of
 * Disposable Token would give it) and the amount in 6 digits. A card number the sandbox does
 * not know, of a discarded card or of a member who is gone answers {@code 006_008} (inferred:
 * the page lists only its success). No money moves, so no effect is counted.
 */
final class BarcodeHandler implements OperationHandler {
  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    String cardNo = request.get("cardNo").getAsString();
    Card card = state.cardByNo(cardNo);
    if (card == null || state.statusOf(card.par) == CardStatus.TERMINATED
        || state.activeMember(card.userId) == null) {
      return Answer.of(Result.INVALID_CARD_NUMBER);
    }
    TokenVault.Issued t = state.money().tokens().issue(card.par, null);
    JsonObject data = new JsonObject();
    data.addProperty("barcodeSpec", request.get("type").getAsString() + cardNo + t.dcvv
        + String.format("%06d", request.get("amount").getAsLong()));
    return Answer.success(data);
  }
}
