package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.RegisterMemberHandler.string;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.internal.MemberRegistry.Record;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The member operations by CI or login id. They find every member that is not withdrawn,
 * dormant and blocked ones included (their CI and login id stay registered); a withdrawn
 * member's CI and login id find nobody ({@code 001_006}) and are free to register again.
 */
final class MemberLookupHandlers {
  private MemberLookupHandlers() {
  }

  /** Checking Log-in ID: the login id of the member with the CI, else {@code 001_006}. */
  static final class FindLoginId implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().byCi(string(request, "ci"));
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      JsonObject data = new JsonObject();
      data.addProperty("loginId", r.profile().loginId);
      return Answer.success(data);
    }
  }

  /**
   * Member by CI: the userId of the member with the CI, as a JSON string (the page types it so),
   * else {@code 001_006} (<i>inferred</i>).
   */
  static final class FindByCi implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().byCi(string(request, "ci"));
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      JsonObject data = new JsonObject();
      data.addProperty("userId", String.valueOf(r.userId()));
      return Answer.success(data);
    }
  }

  /**
   * Login-ID duplicate check: {@code 000_000} when no member has the login id, or when it is
   * the login id of the member {@code userId}; else {@code 001_001} (<i>inferred</i>).
   */
  static final class CheckRegistrationId implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().byLoginId(string(request, "loginId"));
      JsonElement userId = request.get("userId");
      if (r == null || userId != null && !userId.isJsonNull()
          && userId.getAsLong() == r.userId()) {
        return Answer.of(Result.SUCCESS);
      }
      return Answer.of(Result.USER_EXISTS);
    }
  }

  /**
   * Verify member password, in this order: no member with the login id {@code 001_006}; a
   * blocked member {@code 001_080}; a dormant one {@code 001_068}; five consecutive wrong
   * passwords already {@code 001_069} (until reset, whatever the password); a wrong password
   * {@code 001_045}, counted as a failure (an effect of verifyMemberPassword on the login id).
   * A match answers the userId and clears the failures.
   */
  static final class VerifyPassword implements OperationHandler {
    @Override
    public Answer handle(JsonObject request, FixtureState state) {
      Record r = state.members().byLoginId(string(request, "loginId"));
      if (r == null) {
        return Answer.of(Result.USER_NOT_FOUND);
      }
      if (r.state == MemberState.BLOCKED) {
        return Answer.of(Result.BLOCKED);
      }
      if (r.state != MemberState.ACTIVE) {
        return Answer.of(Result.NOT_ACTIVE);
      }
      if (r.failedPasswordAttempts >= MemberFixtureParser.LOCKOUT_ATTEMPTS) {
        return Answer.of(Result.LOGIN_LOCKED);
      }
      if (!MessageDigest.isEqual(bytes(r.profile().loginPassword),
          bytes(string(request, "loginPassword")))) {
        r.failedPasswordAttempts++;
        state.countEffect(Handlers.VERIFY_PASSWORD, r.profile().loginId);
        return Answer.of(Result.PIN_MISMATCH);
      }
      r.failedPasswordAttempts = 0;
      JsonObject data = new JsonObject();
      data.addProperty("userId", r.userId());
      return Answer.success(data);
    }

    private static byte[] bytes(String s) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
  }
}
