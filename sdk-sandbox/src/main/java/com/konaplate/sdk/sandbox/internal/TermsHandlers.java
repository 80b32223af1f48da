package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.RegisterMemberHandler.string;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Term;
import com.konaplate.sdk.sandbox.internal.MemberRegistry.Record;

/** The terms and conditions: the catalogue of the fixture and each member's agreements. */
final class TermsHandlers {
  private TermsHandlers() {
  }

  /**
   * Search for Terms and Conditions List: every term in fixture order (only those of
   * {@code tcActionType} when given; {@code locale} is accepted and ignored). With
   * {@code userId}, {@code isAgree} and {@code agreeDate} are the member's (an unknown, withdrawn
   * or dormant member answers {@code 001_006}); without it, {@code isAgree} is false.
   */
  static final class List implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      JsonElement userId = request.get("userId");
      Record r = null;
      if (userId != null && !userId.isJsonNull()) {
        r = state.members().present(userId.getAsLong());
        if (r == null) {
          return Answer.of(Result.USER_NOT_FOUND);
        }
      }
      String type = string(request, "tcActionType");
      JsonArray list = new JsonArray();
      for (Term t : state.members().terms()) {
        if (type != null && !type.equals(t.tcActionType)) {
          continue;
        }
        JsonObject o = new JsonObject();
        o.addProperty("tcId", t.tcId);
        if (t.tcActionType != null) {
          o.addProperty("tcActionType", t.tcActionType);
        }
        o.addProperty("title", t.title);
        o.addProperty("url", t.url);
        o.addProperty("required", t.mandatory ? "MANDATORY" : "OPTIONAL");
        o.addProperty("order", t.order);
        String agreeDate = r == null ? null : r.agreed.get(t.tcId);
        o.addProperty("isAgree", agreeDate != null);
        if (agreeDate != null) {
          o.addProperty("agreeDate", agreeDate);
        }
        if (t.viewPositionType != null) {
          o.addProperty("viewPositionType", t.viewPositionType);
        }
        list.add(o);
      }
      JsonObject data = new JsonObject();
      data.add("termsList", list);
      return Answer.success(data);
    }
  }

  /**
   * Terms and Conditions Agreement/Withdrawal, all or nothing: an unknown, withdrawn or dormant
   * member {@code 001_006}; else the first item (in request order) naming no term
   * {@code 001_079} or withdrawing a mandatory one {@code 001_081} refuses the whole request.
   * Otherwise each agreement is dated now (an existing one keeps its date: agreeing twice
   * leaves the same state) and each withdrawal removed. Counts one update for the userId.
   */
  static final class Update implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      long userId = request.get("userId").getAsLong();
      Record r = state.members().present(userId);
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      JsonArray items = request.getAsJsonArray("tcList");
      for (JsonElement e : items) {
        JsonObject item = e.getAsJsonObject();
        Term t = state.members().term(item.get("tcId").getAsLong());
        if (t == null) {
          return Answer.of(Result.INVALID_TERMS);
        }
        if (t.mandatory && !item.get("isAgree").getAsBoolean()) {
          return Answer.of(Result.MANDATORY_TERMS);
        }
      }
      String now = state.members().now();
      for (JsonElement e : items) {
        JsonObject item = e.getAsJsonObject();
        long tcId = item.get("tcId").getAsLong();
        if (!item.get("isAgree").getAsBoolean()) {
          r.agreed.remove(tcId);
        } else if (!r.agreed.containsKey(tcId)) {
          r.agreed.put(tcId, now);
        }
      }
      state.countEffect(Handlers.UPDATE_TERMS, String.valueOf(userId));
      return Answer.of(Result.SUCCESS);
    }
  }
}
