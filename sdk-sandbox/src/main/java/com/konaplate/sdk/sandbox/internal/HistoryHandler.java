package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Entry;
import com.konaplate.sdk.sandbox.internal.MoneyRecords.ChargeRecord;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Checking Transaction History: the card's transactions whose approval date (Seoul) is from
 * {@code startDate} to {@code endDate}, of {@code trType} when given, a page at a time:
 * {@code pageRequest} {@code page} from 0 (default 0), {@code pageSize} (default 10),
 * {@code orderByDirection} {@code ASC} (default: oldest first) or {@code DESC}; the answer's
 * {@code pageResponse} has the page, {@code totalPages} (0 when nothing matches) and
 * {@code numberOfElements} (0 past the last page). A physical card shows the history of the
 * mobile card whose balance it shares. Refusals (all {@code 000_002}, the page documents no
 * codes): a date that is not a real {@code yyyyMMdd} names it; an end date before the start
 * date names {@code endDate}; an unknown card, or a {@code userId} given that is not the
 * card's present member, names {@code par}. {@code includePreviousCard} is accepted and
 * changes nothing (the sandbox has no reissued cards).
 */
final class HistoryHandler implements OperationHandler {
  static final int DEFAULT_PAGE_SIZE = 10;
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    LocalDate start = day(request.get("startDate").getAsString());
    if (start == null) {
      return Answer.invalid("startDate");
    }
    LocalDate end = day(request.get("endDate").getAsString());
    if (end == null || end.isBefore(start)) {
      return Answer.invalid("endDate");
    }
    Card card = state.card(request.get("par").getAsString());
    JsonElement userId = request.get("userId");
    if (card == null || userId != null && !userId.isJsonNull()
        && (userId.getAsLong() != card.userId || state.activeMember(card.userId) == null)) {
      return Answer.invalid("par");
    }
    String trType = MoneyHandlers.string(request, "trType");
    String from = start.format(DAY);
    String to = end.format(DAY);
    List<Entry> matching = new ArrayList<Entry>();
    MoneyLedger money = state.money();
    for (Entry e : money.history(MoneyHandlers.moneyCard(state, card).par)) {
      String day = e.approvalDateTime.substring(0, 8);
      if (day.compareTo(from) >= 0 && day.compareTo(to) <= 0
          && (trType == null || trType.equals(e.trType))) {
        matching.add(e);
      }
    }
    JsonObject pageRequest = request.has("pageRequest") && request.get("pageRequest").isJsonObject()
        ? request.getAsJsonObject("pageRequest") : new JsonObject();
    if ("DESC".equals(MoneyHandlers.string(pageRequest, "orderByDirection"))) {
      Collections.reverse(matching);
    }
    long page = pageRequest.has("page") ? pageRequest.get("page").getAsLong() : 0;
    long size = pageRequest.has("pageSize") ? pageRequest.get("pageSize").getAsLong()
        : DEFAULT_PAGE_SIZE;
    long totalPages = (matching.size() + size - 1) / size;
    JsonArray items = new JsonArray();
    for (long i = page * size; i < matching.size() && i < (page + 1) * size; i++) {
      items.add(item(matching.get((int) i), money));
    }
    JsonObject pageResponse = new JsonObject();
    pageResponse.addProperty("page", page);
    pageResponse.addProperty("totalPages", totalPages);
    pageResponse.addProperty("numberOfElements", items.size());
    JsonObject data = new JsonObject();
    data.add("pageResponse", pageResponse);
    data.add("transactionInfo", items);
    return Answer.success(data);
  }

  private static JsonObject item(Entry e, MoneyLedger money) {
    JsonObject o = new JsonObject();
    o.addProperty("trType", e.trType);
    o.addProperty("nrNumber", e.nrNumber);
    o.addProperty("trAmount", e.amount);
    o.addProperty("orgAmount", e.amount);
    if (e.approvalCode != null) {
      o.addProperty("approvalCode", e.approvalCode);
    }
    o.addProperty("balanceBefore", e.balanceBefore);
    o.addProperty("balanceAfter", e.balanceAfter);
    if (e.merchant != null) {
      o.addProperty("merchantName", e.merchant.name);
      if (e.merchant.bizLicenseNo != null) {
        o.addProperty("bizLicenseNo", e.merchant.bizLicenseNo);
      }
    }
    o.addProperty("authCancelType", e.cancel ? "CANCEL" : "AUTH");
    o.addProperty("approvalDateTime", e.approvalDateTime);
    if (MoneyHandlers.CHARGE_TYPE.equals(e.trType) && !e.cancel) {
      ChargeRecord charge = money.chargeByNr(e.nrNumber);
      o.addProperty("rechargeCancelable", charge != null && !charge.cancelled
          && charge.byBankAccount);
    }
    return o;
  }

  private static LocalDate day(String yyyymmdd) {
    try {
      return LocalDate.parse(yyyymmdd, DAY);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
