package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import java.time.YearMonth;
import java.util.Map;

/**
 * The money operations of openapi.yaml (tags Payments, Charges, Transactions) and what their
 * handlers share. The rules of each are in its handler's Javadoc; the model in
 * {@link MoneyLedger}.
 */
final class MoneyHandlers {
  static final String TOKEN = "issueOneTimeToken";
  static final String CHARGE = "chargeFromBankAccount";
  static final String CANCEL_CHARGE = "cancelCharge";
  static final String CHARGE_RESULT = "getChargeResult";
  static final String PAY = "pay";
  static final String CANCEL_PAYMENT = "cancelPayment";
  static final String NET_CANCEL = "netCancelPayment";
  static final String HISTORY = "listCardTransactions";
  static final String BARCODE = "generateBarcode";
  static final String SYSTEM_RECHARGE = "rechargeBySystem";

  /** The history's {@code trType} of a payment (and its cancellations). */
  static final String PAYMENT_TYPE = "00";
  /** The history's {@code trType} of a charge (and its cancellation) and a system recharge. */
  static final String CHARGE_TYPE = "01";

  private MoneyHandlers() {
  }

  /** Adds the money handlers to {@code handlers}, by operationId. */
  static void addTo(Map<String, OperationHandler> handlers) {
    handlers.put(TOKEN, new TokenHandler());
    handlers.put(CHARGE, new ChargeHandlers.Charge());
    handlers.put(CHARGE_RESULT, new ChargeHandlers.Inquiry());
    handlers.put(CANCEL_CHARGE, new CancelChargeHandler());
    handlers.put(PAY, new PayHandler());
    handlers.put(CANCEL_PAYMENT, new PaymentCancelHandlers.Cancel());
    handlers.put(NET_CANCEL, new PaymentCancelHandlers.NetCancel());
    handlers.put(HISTORY, new HistoryHandler());
    handlers.put(BARCODE, new BarcodeHandler());
    handlers.put(SYSTEM_RECHARGE, new SystemRechargeHandler());
  }

  /**
   * The card whose balance moves for {@code card}: a physical card shares the balance of the
   * mobile card it is linked to; any other card has its own.
   */
  static Card moneyCard(FixtureState state, Card card) {
    if (card.kind == CardKind.PHYSICAL) {
      Card mobile = state.card(card.linkedPar);
      return mobile == null ? card : mobile;
    }
    return card;
  }

  /** True when the card can move money: not suspended or discarded, its member present. */
  static boolean usable(FixtureState state, Card card) {
    return state.statusOf(card.par) == CardStatus.ACTIVE && state.activeMember(card.userId) != null;
  }

  /** True when the card's expiry month ({@code YYMM}) is over, by the sandbox clock in Seoul. */
  static boolean expired(FixtureState state, Card card) {
    int year = 2000 + Integer.parseInt(card.expiryDate.substring(0, 2));
    int month = Integer.parseInt(card.expiryDate.substring(2, 4));
    YearMonth expiry = YearMonth.of(year, Math.min(12, Math.max(1, month)));
    return YearMonth.from(state.today()).isAfter(expiry);
  }

  /** The string value of {@code field}, or null when absent or JSON null. */
  static String string(JsonObject request, String field) {
    JsonElement e = request.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
