package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.InitialStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Address;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Profile;
import com.konaplate.sdk.sandbox.internal.MemberFixture.Registration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * User Register: refuses a login id or CI that a member who is not withdrawn has
 * ({@code 001_001}; dormant and blocked members keep theirs) and a {@code tcIdList} item that
 * names no term ({@code 000_002 tcIdList[i]}, <i>sandbox</i>). On success adds an active
 * member under the next free userId (the fixture's {@code registration.firstUserId} after a
 * reset, then on), agreed to the listed terms now, authenticated when it has a CI (a member
 * without one gets a CI assigned, as KONA does for providers without external linking), and
 * issues its basic mobile card: kind BASIC, active, balance 0, PAR {@code Q1} and card number
 * {@code 949133} followed by a number made of the userId's last 8 digits and a 2-digit
 * sequence, the fixture's product, and the fixture's expiry or the last day of the month five
 * years on. Counts one registration for the login id.
 */
final class RegisterMemberHandler implements OperationHandler {
  private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,18}$");
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

  @Override
  public Answer handle(JsonObject request, FixtureState state) {
    MemberRegistry members = state.members();
    String loginId = string(request, "loginId");
    String ci = string(request, "ci");
    if (members.byLoginId(loginId) != null || ci != null && members.byCi(ci) != null) {
      return Answer.of(Result.USER_EXISTS);
    }
    Map<Long, String> agreed = new LinkedHashMap<Long, String>();
    String now = members.now();
    JsonElement tcIds = request.get("tcIdList");
    if (tcIds != null && tcIds.isJsonArray()) {
      JsonArray list = tcIds.getAsJsonArray();
      for (int i = 0; i < list.size(); i++) {
        String id = list.get(i).getAsString();
        if (!DIGITS.matcher(id).matches() || members.term(Long.parseLong(id)) == null) {
          return Answer.invalid("tcIdList[" + i + "]");
        }
        agreed.put(Long.parseLong(id), now);
      }
    }
    long userId = members.nextUserId();
    String userName = string(request, "userName");
    Profile profile = new Profile(MemberState.ACTIVE,
        ci != null ? ci : MemberFixtureParser.defaultCi(userId), loginId,
        string(request, "loginPassword"), string(request, "birthDate"),
        string(request, "nationality"), string(request, "gender"), userName,
        orElse(string(request, "mobileNumber"), MemberFixtureParser.defaultMobileNumber(userId)),
        orElse(string(request, "email"), MemberFixtureParser.defaultEmail(loginId, userId)),
        address(request),
        string(request, "joinChannel"), ci != null, 0, agreed);
    members.register(new Member(userId, userName, profile));
    String expiry = expiry(state, members.registration());
    Card card = basicCard(userId, state, members.registration().serviceId, expiry);
    state.issueCard(card);
    state.countEffect(Handlers.REGISTER, loginId);

    JsonObject cardInfo = new JsonObject();
    cardInfo.addProperty("par", card.par);
    cardInfo.addProperty("cardNo", card.cardNo);
    cardInfo.addProperty("expiryDate", expiry);
    cardInfo.addProperty("serviceId", card.serviceId);
    JsonObject data = new JsonObject();
    data.addProperty("userId", userId);
    data.add("basicCardInfo", cardInfo);
    return Answer.success(data);
  }

  private static Card basicCard(long userId, FixtureState state, String serviceId,
      String expiry) {
    long n = userId % 100_000_000L * 100;
    String par;
    String cardNo;
    do {
      n++;
      par = "Q1" + pad(n, 25);
      cardNo = "949133" + pad(n, 10);
    } while (state.card(par) != null || state.cardByNo(cardNo) != null
        || state.unregistered(cardNo) != null);
    return new Card(par, userId, CardKind.BASIC, null, null, 0, 0, InitialStatus.ACTIVE, cardNo,
        expiry.substring(0, 4), serviceId, false, null, null, null);
  }

  /** The basic card's expiry, YYMMDD. */
  private static String expiry(FixtureState state, Registration registration) {
    if (registration.basicCardExpiryDate != null) {
      return registration.basicCardExpiryDate;
    }
    LocalDate end = state.today().plusYears(5).with(TemporalAdjusters.lastDayOfMonth());
    return end.format(YYMMDD);
  }

  private static String pad(long n, int width) {
    String s = Long.toString(n);
    StringBuilder b = new StringBuilder(width);
    for (int i = s.length(); i < width; i++) {
      b.append('0');
    }
    return b.append(s).toString();
  }

  private static Address address(JsonObject request) {
    JsonElement a = request.get("addressInfo");
    if (a == null || !a.isJsonObject()) {
      return null;
    }
    JsonObject o = a.getAsJsonObject();
    return new Address(string(o, "address"), string(o, "addressDetail"), string(o, "zipCode"));
  }

  private static String orElse(String value, String dflt) {
    return value == null ? dflt : value;
  }

  static String string(JsonObject o, String field) {
    JsonElement e = o.get(field);
    return e == null || e.isJsonNull() ? null : e.getAsString();
  }
}
