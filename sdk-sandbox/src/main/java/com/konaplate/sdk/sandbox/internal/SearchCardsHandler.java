package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Application;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Limits;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Product;

/**
 * Search for Card: one {@code cardDataInfo} item per card of the member that is not discarded,
 * in fixture order (physical cards too, each under its own PAR), narrowed by {@code par} or
 * {@code physicalCardNo} when given (an empty list when nothing matches). An unknown or
 * withdrawn member answers {@code 001_006}.
 */
final class SearchCardsHandler implements OperationHandler {
  /**
   * The balance limits of named and unnamed cards (inferred): what Search for Card shows and
   * what a charge may not take the balance plus the pending amount above ({@code 007_003}).
   */
  static final long MAX_NAMED = 5_000_000L;
  static final long MAX_UNNAMED = 2_000_000L;

  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    long userId = request.get("userId").getAsLong();
    if (state.activeMember(userId) == null) {
      return Answer.of(Result.USER_NOT_FOUND);
    }
    String par = ChangeStatusHandler.string(request.get("par"));
    String physicalCardNo = ChangeStatusHandler.string(request.get("physicalCardNo"));
    JsonArray list = new JsonArray();
    for (Card card : state.cardsOf(userId)) {
      if (state.statusOf(card.par) == CardStatus.TERMINATED
          || par != null && !par.equals(card.par)) {
        continue;
      }
      JsonObject item = item(card, state);
      if (physicalCardNo != null && (!item.has("physicalCardNo")
          || !physicalCardNo.equals(item.get("physicalCardNo").getAsString()))) {
        continue;
      }
      list.add(item);
    }
    JsonObject data = new JsonObject();
    data.add("cardDataInfo", list);
    return Answer.success(data);
  }

  /** The item of one card: the documented fields, then the community ones the spec lists. */
  static JsonObject item(Card card, FixtureState state) {
    CardStatus status = state.statusOf(card.par);
    boolean active = status == CardStatus.ACTIVE;
    JsonObject o = new JsonObject();
    o.addProperty("par", card.par);
    Limits limits = state.limitsOf(card.par);
    if (limits != null) {
      JsonObject l = new JsonObject();
      l.addProperty("once", limits.once);
      l.addProperty("day", limits.day);
      l.addProperty("month", limits.month);
      o.add("limits", l);
    }
    long balance = state.money().balance(card.par);
    long pending = state.money().pendingAmount(card.par);
    o.addProperty("balance", balance);
    o.addProperty("pendingAmount", pending);
    o.addProperty("isNamed", card.named);
    o.addProperty("serviceId", card.serviceId);
    Product product = state.product(card.serviceId);
    if (product != null) {
      o.addProperty("serviceName", product.serviceName);
    }
    o.addProperty("expiryDate", card.expiryDate);
    Application application = state.applicationOf(card.par);
    if (application != null) {
      o.addProperty("cardApplyNo", application.cardApplyNo);
    }
    if (card.kind == CardKind.PHYSICAL) {
      if (card.cardNo != null) {
        o.addProperty("physicalCardNo", card.cardNo);
      }
      o.addProperty("physicalCardStatus", status.name());
    } else {
      if (card.cardNo != null) {
        o.addProperty("mobileCardNo", card.cardNo);
      }
      for (Card physical : state.physicalCardsOf(card.par)) {
        CardStatus ps = state.statusOf(physical.par);
        if (ps != CardStatus.TERMINATED && physical.cardNo != null) {
          o.addProperty("physicalCardNo", physical.cardNo);
          o.addProperty("physicalCardStatus", ps.name());
          break;
        }
      }
    }
    // The state of the card the item's PAR names (what a read-back of a status change reads).
    o.addProperty("mobileCardStatus", status.name());
    o.addProperty("rechargeable", active);
    o.addProperty("remittable", active);
    o.addProperty("refundable", active && balance > 0);
    long ceiling = card.named ? MAX_NAMED : MAX_UNNAMED;
    o.addProperty("rechargeableAmount", active ? Math.max(0, ceiling - balance - pending) : 0);
    o.addProperty("minRechargeAmount", 1000);
    if (card.account != null) {
      JsonObject bank = new JsonObject();
      bank.addProperty("bankName", card.account.bankName);
      bank.addProperty("accountNo", card.account.accountNo);
      o.add("bankInfo", bank);
    }
    o.add("cardPointInfo", new JsonArray());
    o.addProperty("autoReloadStatus", "N");
    o.addProperty("enableFIC", false);
    o.addProperty("personalRechargeable", true);
    o.addProperty("maxRealNameRechargeAmount", MAX_NAMED);
    o.addProperty("maxNonRealNameRechargeAmount", MAX_UNNAMED);
    return o;
  }
}
