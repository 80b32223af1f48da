package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Product;
import com.konaplate.sdk.sandbox.internal.FixtureModel.UnregisteredCard;
import com.konaplate.sdk.sandbox.internal.FixtureModel.VirtualAccount;
import java.util.HashSet;
import java.util.Set;

/**
 * The read-only lookups by card number or product id. Their pages publish no result codes; the
 * sandbox answers {@code 003_001} (invalid card info) for a card number it cannot find, a
 * discarded card, or a wrong expiry or CVC; {@code 001_006} when the card's member withdrew; and
 * {@code 003_024} for a card without a virtual account.
 */
final class CardLookupHandlers {
  private CardLookupHandlers() {
  }

  /** The card with this number when it is registered, not discarded and its member active. */
  private static Object registered(FixtureState state, String cardNo) {
    Card card = state.cardByNo(cardNo);
    if (card == null || state.statusOf(card.par) == CardStatus.TERMINATED) {
      return Result.INVALID_CARD_DETAILS;
    }
    if (state.activeMember(card.userId) == null) {
      return Result.USER_NOT_FOUND;
    }
    return card;
  }

  /** Card-User Mapped Inquiry: the member of a mobile or physical card and its balance. */
  static final class FindUser implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Object found = registered(state, request.get("cardNo").getAsString());
      if (found instanceof Result) {
        return Answer.of((Result) found);
      }
      Card card = (Card) found;
      // A physical card shares the balance of the mobile card it is linked to.
      Card account = card.kind == CardKind.PHYSICAL ? state.card(card.linkedPar) : card;
      Member member = state.member(card.userId);
      JsonObject data = new JsonObject();
      data.addProperty("userId", card.userId);
      data.addProperty("balance", state.money().balance(account.par));
      if (member.name != null) {
        data.addProperty("ownerKa", member.name);
      }
      data.addProperty("serviceId", card.serviceId);
      Product product = state.product(card.serviceId);
      if (product != null) {
        data.addProperty("serviceName", product.serviceName);
      }
      data.addProperty("cardStatus", state.statusOf(card.par).name());
      data.addProperty("isAutoRechargeBeforePayment", false);
      return Answer.success(data);
    }
  }

  /** The virtual account linked to a card. */
  static final class VirtualAccountOfCard implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Object found = registered(state, request.get("cardNo").getAsString());
      if (found instanceof Result) {
        return Answer.of((Result) found);
      }
      VirtualAccount va = ((Card) found).virtualAccount;
      if (va == null) {
        return Answer.of(Result.NO_ACCOUNT_INFO);
      }
      JsonObject data = new JsonObject();
      data.addProperty("accountNo", va.accountNo);
      data.addProperty("bankCode", va.bankCode);
      if (va.connectType != null) {
        data.addProperty("connectType", va.connectType);
      }
      return Answer.success(data);
    }
  }

  /**
   * Unregistered card inquiry: a card of the fixture's {@code unregisteredCards} whose number,
   * expiry and CVC all match. Its response fields are not published; the sandbox answers
   * {@code serviceId}, {@code serviceName} and {@code balance}.
   */
  static final class Unregistered implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      UnregisteredCard card = state.unregistered(request.get("cardNo").getAsString());
      if (card == null || !Hmac.constantTimeEquals(card.expiryDate,
          request.get("expiryDate").getAsString())
          || !Hmac.constantTimeEquals(card.cardCvc, request.get("cardCVC").getAsString())) {
        return Answer.of(Result.INVALID_CARD_DETAILS);
      }
      JsonObject data = new JsonObject();
      data.addProperty("serviceId", card.serviceId);
      Product product = state.product(card.serviceId);
      if (product != null) {
        data.addProperty("serviceName", product.serviceName);
      }
      data.addProperty("balance", card.balance);
      return Answer.success(data);
    }
  }

  /**
   * Card Product ID Inquiry: the known products among those asked for, in the order asked,
   * each once; unknown ids are left out (an empty list when none is known).
   */
  static final class Products implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      JsonArray infos = new JsonArray();
      Set<String> seen = new HashSet<String>();
      for (JsonElement e : request.getAsJsonArray("serviceIdList")) {
        Product p = state.product(e.getAsString());
        if (p != null && seen.add(p.serviceId)) {
          JsonObject o = new JsonObject();
          o.addProperty("serviceId", p.serviceId);
          o.addProperty("serviceName", p.serviceName);
          infos.add(o);
        }
      }
      JsonObject data = new JsonObject();
      data.add("serviceInfos", infos);
      return Answer.success(data);
    }
  }
}
