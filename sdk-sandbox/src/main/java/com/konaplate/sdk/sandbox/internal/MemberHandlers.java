package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.RegisterMemberHandler.string;

import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Profile;
import com.konaplate.sdk.sandbox.internal.MemberRegistry.Record;

/**
 * The member operations by userId, and reactivation. Operations by userId serve active and
 * blocked members; an unknown, withdrawn or dormant member answers {@code 001_006} (a dormant
 * member is kept apart until reactivated).
 */
final class MemberHandlers {
  private MemberHandlers() {
  }

  /** Search for Member Information: the member's personal data (absent fields left out). */
  static final class Info implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().present(request.get("userId").getAsLong());
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      Profile p = r.profile();
      JsonObject info = new JsonObject();
      info.addProperty("aspId", state.members().aspId());
      info.addProperty("userId", r.userId());
      info.addProperty("birthDate", p.birthDate);
      info.addProperty("ci", p.ci);
      info.addProperty("loginId", p.loginId);
      info.addProperty("nationality", p.nationality);
      info.addProperty("gender", p.gender);
      info.addProperty("mobileNumber", p.mobileNumber);
      info.addProperty("userName", p.userName);
      info.addProperty("email", p.email);
      info.addProperty("joinChannel", p.joinChannel);
      if (p.address != null) {
        JsonObject a = new JsonObject();
        a.addProperty("address", p.address.address);
        a.addProperty("addressDetail", p.address.addressDetail);
        a.addProperty("zipCode", p.address.zipCode);
        info.add("addressInfo", a);
      }
      JsonObject data = new JsonObject();
      data.add("userInfo", info);
      return Answer.success(data);
    }
  }

  /**
   * Membership Cancellation: refused while a card that is not discarded is active with balance
   * ({@code 001_052}, checked first) or suspended ({@code 990_052}, <i>sandbox</i>). On
   * success the member is withdrawn: its cards are no longer listed or usable (their state is
   * kept), its login id and CI are free again, and a repeat answers {@code 001_006}. Counts
   * one withdrawal for the userId.
   */
  static final class Unregister implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      long userId = request.get("userId").getAsLong();
      Record r = state.members().present(userId);
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      boolean suspended = false;
      for (Card card : state.cardsOf(userId)) {
        CardStatus status = state.statusOf(card.par);
        if (status == CardStatus.ACTIVE && (state.money().balance(card.par) > 0
            || state.money().pendingAmount(card.par) > 0)) {
          return Answer.of(Result.CARD_HAS_BALANCE);
        }
        suspended |= status == CardStatus.SUSPENDED;
      }
      if (suspended) {
        return Answer.of(Result.MEMBER_HAS_SUSPENDED_CARD);
      }
      state.members().withdraw(r);
      state.countEffect(Handlers.UNREGISTER, String.valueOf(userId));
      return Answer.of(Result.SUCCESS);
    }
  }

  /**
   * Activation of Dormant Member: the member with the CI (not withdrawn) whose name, birth date
   * and gender match, else {@code 001_006}; a blocked member {@code 001_080}; a member that is
   * not dormant {@code 001_087} (so a repeat answers it). On success the member is active.
   */
  static final class ActivateDormant implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().byCi(string(request, "ci"));
      if (r == null || !r.profile().userName.equals(string(request, "userName"))
          || !r.profile().birthDate.equals(string(request, "birthDate"))
          || !r.profile().gender.equals(string(request, "gender"))) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      if (r.state == MemberState.BLOCKED) {
        return Answer.of(Result.BLOCKED);
      }
      if (r.state != MemberState.DORMANT) {
        return Answer.of(Result.NOT_DORMANT);
      }
      r.state = MemberState.ACTIVE;
      state.countEffect(Handlers.ACTIVATE_DORMANT, String.valueOf(r.userId()));
      return Answer.of(Result.SUCCESS);
    }
  }

  /** Member authentication status: {@code isAuthed} of an active or blocked member. */
  static final class AuthStatus implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().present(request.get("userId").getAsLong());
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      JsonObject data = new JsonObject();
      data.addProperty("isAuthed", r.authenticated);
      return Answer.success(data);
    }
  }
}
