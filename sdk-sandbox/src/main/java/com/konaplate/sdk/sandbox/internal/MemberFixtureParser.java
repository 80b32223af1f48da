package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.FixtureParser.allowOnly;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.array;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.bool;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.invalid;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.matching;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.object;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.optionalEnum;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.optionalString;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.requiredString;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Address;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Profile;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Registration;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the member fields of a fixture (personal data, state, agreed terms), its terms and
 * conditions and its registration settings, filling in defaults for what a member omits (so
 * older fixtures stay valid). Error messages name the field and the rule, never the value.
 */
final class MemberFixtureParser {
  /** The member fields beside the card ones FixtureParser reads. */
  static final String[] MEMBER_FIELDS = {"ci", "loginId", "loginPassword", "birthDate",
      "nationality", "gender", "mobileNumber", "email", "addressInfo", "joinChannel",
      "authenticated", "failedPasswordAttempts", "agreedTerms"};
  /** The agreement date of a fixture agreement that gives none. */
  static final String DEFAULT_AGREE_DATE = "20240101090000000";
  static final String DEFAULT_PASSWORD = "111111";
  static final String DEFAULT_USER_NAME = "Sandbox Member";
  static final int LOCKOUT_ATTEMPTS = 5;

  private static final Pattern CI = Pattern.compile("^[!-~]{88}$");
  private static final Pattern PASSWORD = Pattern.compile("^[0-9]{6}$");
  private static final Pattern DATE_8 = Pattern.compile("^[0-9]{8}$");
  private static final Pattern DATE_6 = Pattern.compile("^[0-9]{6}$");
  private static final Pattern DATE_17 = Pattern.compile("^[0-9]{17}$");
  private static final Pattern MOBILE = Pattern.compile("^[0-9]{10,20}$");
  private static final Pattern LOGIN_ID = Pattern.compile("^\\S{1,80}$");
  private static final Pattern EMAIL = Pattern.compile("^\\S{1,50}$");
  private static final Pattern CHANNEL = Pattern.compile("^[!-~]{1,20}$");
  private static final Pattern TEXT_255 = Pattern.compile("^[\\s\\S]{1,255}$");

  private final Map<Long, Term> terms = new LinkedHashMap<Long, Term>();
  private final Set<String> loginIds = new HashSet<String>();
  private final Set<String> cis = new HashSet<String>();

  /** The CI a member without one gets: "CI", its userId, then 'A' up to 88 characters. */
  static String defaultCi(long userId) {
    StringBuilder b = new StringBuilder("CI").append(userId);
    while (b.length() < 88) {
      b.append('A');
    }
    return b.toString();
  }

  /** The mobile number of a member without one: 010 and the userId's last 8 digits. */
  static String defaultMobileNumber(long userId) {
    String digits = String.valueOf(100_000_000L + userId % 100_000_000L);
    return "010" + digits.substring(1);
  }

  /** The e-mail of a member without one: its login id, or one made of its userId. */
  static String defaultEmail(String loginId, long userId) {
    return loginId.length() <= 50 && loginId.indexOf('@') > 0 ? loginId
        : "member" + userId + "@sandbox.konaplate.example";
  }

  /** Parses the optional {@code terms} array; call before {@link #profile}. */
  List<Term> terms(JsonObject root) {
    JsonArray array = array(root, "terms", "fixture", false);
    for (int i = 0; array != null && i < array.size(); i++) {
      String where = "terms[" + i + "]";
      JsonObject t = object(array.get(i), where);
      allowOnly(t, where, "tcId", "tcActionType", "title", "url", "required", "order",
          "viewPositionType", "description");
      Long tcId = Json.integerIn(t.get("tcId"), 1, FixtureModel.MAX_USER_ID);
      if (tcId == null) {
        throw invalid(where + ".tcId", "must be an integer from 1 to " + FixtureModel.MAX_USER_ID);
      }
      String required = optionalEnum(t, "required", where, null, "MANDATORY", "OPTIONAL");
      if (required == null) {
        throw invalid(where + ".required", "is required");
      }
      String url = matching(t, "url", where, TEXT_255, "1 to 255 characters");
      String order = matching(t, "order", where, Pattern.compile("^[!-~]{1,8}$"),
          "1 to 8 characters");
      Term term = new Term(tcId, matching(t, "tcActionType", where, TEXT_255,
          "1 to 255 characters"), requiredString(t, "title", where),
          url == null ? "https://sandbox.konaplate.com/terms/" + tcId : url,
          required.equals("MANDATORY"), order == null ? String.valueOf(i + 1) : order,
          optionalString(t, "viewPositionType", where));
      if (terms.put(tcId, term) != null) {
        throw invalid(where + ".tcId", "duplicate");
      }
    }
    return new ArrayList<Term>(terms.values());
  }

  /** The member's profile: its state, personal data (or defaults) and agreed terms. */
  Profile profile(JsonObject m, String where, long userId, String name) {
    String status = optionalEnum(m, "status", where, "active", "active", "dormant",
        "withdrawn", "blocked");
    String ci = matching(m, "ci", where, CI, "88 printable ASCII characters");
    ci = ci == null ? defaultCi(userId) : ci;
    String loginId = matching(m, "loginId", where, LOGIN_ID, "1 to 80 characters, no spaces");
    loginId = loginId == null ? "member" + userId + "@sandbox.konaplate.example" : loginId;
    if (!loginIds.add(loginId)) {
      throw invalid(where + ".loginId", "duplicate login id");
    }
    if (!cis.add(ci)) {
      throw invalid(where + ".ci", "duplicate CI");
    }
    String password = matching(m, "loginPassword", where, PASSWORD, "6 digits");
    String birthDate = matching(m, "birthDate", where, DATE_8, "8 digits (yyyyMMdd)");
    String nationality = optionalEnum(m, "nationality", where, "Korean", "Korean", "Foreigner");
    String gender = optionalEnum(m, "gender", where, "Male", "Male", "Female");
    Address address = null;
    if (m.has("addressInfo")) {
      String w = where + ".addressInfo";
      JsonObject a = object(m.get("addressInfo"), w);
      allowOnly(a, w, "address", "addressDetail", "zipCode");
      address = new Address(optionalString(a, "address", w), optionalString(a, "addressDetail", w),
          optionalString(a, "zipCode", w));
    }
    int failures = 0;
    if (m.has("failedPasswordAttempts")) {
      Long n = Json.integerIn(m.get("failedPasswordAttempts"), 0, LOCKOUT_ATTEMPTS);
      if (n == null) {
        throw invalid(where + ".failedPasswordAttempts",
            "must be a whole number from 0 to " + LOCKOUT_ATTEMPTS);
      }
      failures = n.intValue();
    }
    return new Profile(MemberState.valueOf(status.toUpperCase(Locale.ROOT)), ci, loginId,
        password == null ? DEFAULT_PASSWORD : password,
        birthDate == null ? "19900101" : birthDate, nationality, gender,
        name == null ? DEFAULT_USER_NAME : name,
        orElse(matching(m, "mobileNumber", where, MOBILE, "10 to 20 digits"),
            defaultMobileNumber(userId)),
        orElse(matching(m, "email", where, EMAIL, "1 to 50 characters, no spaces"),
            defaultEmail(loginId, userId)), address,
        matching(m, "joinChannel", where, CHANNEL, "1 to 20 printable ASCII characters"),
        m.has("authenticated") && bool(m, "authenticated", where), failures,
        agreedTerms(m, where));
  }

  private static String orElse(String value, String dflt) {
    return value == null ? dflt : value;
  }

  private Map<Long, String> agreedTerms(JsonObject m, String where) {
    Map<Long, String> agreed = new LinkedHashMap<Long, String>();
    JsonArray array = array(m, "agreedTerms", where, false);
    for (int i = 0; array != null && i < array.size(); i++) {
      String w = where + ".agreedTerms[" + i + "]";
      JsonObject a = object(array.get(i), w);
      allowOnly(a, w, "tcId", "agreeDate");
      Long tcId = Json.integerIn(a.get("tcId"), 1, FixtureModel.MAX_USER_ID);
      if (tcId == null || !terms.containsKey(tcId)) {
        throw invalid(w + ".tcId", "must name a term of the fixture's terms");
      }
      String date = matching(a, "agreeDate", w, DATE_17, "17 digits (yyyyMMddHHmmssSSS)");
      if (agreed.put(tcId, date == null ? DEFAULT_AGREE_DATE : date) != null) {
        throw invalid(w + ".tcId", "duplicate");
      }
    }
    return agreed;
  }

  /** The optional {@code registration} block; defaults follow the largest fixture userId. */
  static Registration registration(JsonObject root, long maxUserId) {
    long first = maxUserId + 1;
    String expiry = null;
    String serviceId = FixtureModel.DEFAULT_SERVICE_ID;
    if (root.has("registration")) {
      String where = "registration";
      JsonObject r = object(root.get(where), where);
      allowOnly(r, where, "firstUserId", "basicCardExpiryDate", "serviceId", "description");
      if (r.has("firstUserId")) {
        Long f = Json.integerIn(r.get("firstUserId"), 1, FixtureModel.MAX_USER_ID);
        if (f == null) {
          throw invalid(where + ".firstUserId",
              "must be an integer from 1 to " + FixtureModel.MAX_USER_ID);
        }
        first = f;
      }
      expiry = matching(r, "basicCardExpiryDate", where, DATE_6, "6 digits (YYMMDD)");
      String s = matching(r, "serviceId", where, Pattern.compile("^[!-~]{1,15}$"),
          "1 to 15 characters");
      serviceId = s == null ? serviceId : s;
    }
    return new Registration(Math.min(first, FixtureModel.MAX_USER_ID), expiry, serviceId);
  }
}
