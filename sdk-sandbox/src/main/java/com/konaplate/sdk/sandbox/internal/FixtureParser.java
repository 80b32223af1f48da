package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Account;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Application;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.InitialStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Limits;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Product;
import com.konaplate.sdk.sandbox.internal.FixtureModel.UnregisteredCard;
import com.konaplate.sdk.sandbox.internal.FixtureModel.VirtualAccount;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Parses the fixture JSON into a {@link FixtureModel}, refusing unknown fields. */
final class FixtureParser {
  private static final Pattern DIGITS_16 = Pattern.compile("^[0-9]{16}$");
  private static final Pattern DIGITS_4 = Pattern.compile("^[0-9]{4}$");
  private static final Pattern DIGITS_3 = Pattern.compile("^[0-9]{3}$");
  private static final Pattern APPLY_NO = Pattern.compile("^[A-Za-z0-9]{22}$");
  private static final Pattern SERVICE_ID = Pattern.compile("^[!-~]{1,15}$");

  private final List<Member> members = new ArrayList<Member>();
  private final List<Card> cards = new ArrayList<Card>();
  private final List<Application> applications = new ArrayList<Application>();
  private final List<Product> products = new ArrayList<Product>();
  private final List<UnregisteredCard> unregistered = new ArrayList<UnregisteredCard>();
  private final Map<String, Card> byPar = new HashMap<String, Card>();
  private final Set<String> cardNos = new HashSet<String>();

  private FixtureParser() {
  }

  static FixtureModel parse(Reader in) throws IOException {
    JsonElement root = Json.parseStrict(in);
    if (root == null || !root.isJsonObject()) {
      throw invalid("", "not a JSON object");
    }
    return new FixtureParser().parseRoot(root.getAsJsonObject());
  }

  private FixtureModel parseRoot(JsonObject root) {
    allowOnly(root, "fixture", "members", "products", "unregisteredCards", "terms",
        "registration", "description", "bankAccounts", "merchants", "tokens", "charges",
        "payments", "transactions", "rechargeRefusals");
    JsonArray memberArray = array(root, "members", "fixture", true);
    MemberFixtureParser memberParser = new MemberFixtureParser();
    List<MemberFixture.Term> terms = memberParser.terms(root);
    JsonArray productArray = array(root, "products", "fixture", false);
    for (int i = 0; productArray != null && i < productArray.size(); i++) {
      parseProduct(productArray.get(i), "products[" + i + "]");
    }
    Set<Long> userIds = new HashSet<Long>();
    List<JsonArray> applicationArrays = new ArrayList<JsonArray>();
    for (int i = 0; i < memberArray.size(); i++) {
      String where = "members[" + i + "]";
      JsonObject m = object(memberArray.get(i), where);
      List<String> allowed = new ArrayList<String>(Arrays.asList("userId", "status", "name",
          "cards", "applications", "description"));
      allowed.addAll(Arrays.asList(MemberFixtureParser.MEMBER_FIELDS));
      allowOnly(m, where, allowed.toArray(new String[0]));
      Long userId = Json.integerIn(m.get("userId"), 1, FixtureModel.MAX_USER_ID);
      if (userId == null) {
        throw invalid(where + ".userId", "must be an integer from 1 to " + FixtureModel.MAX_USER_ID);
      }
      if (!userIds.add(userId)) {
        throw invalid(where + ".userId", "duplicate " + userId);
      }
      String name = optionalString(m, "name", where);
      members.add(new Member(userId, name, memberParser.profile(m, where, userId, name)));
      JsonArray cardArray = array(m, "cards", where, false);
      for (int j = 0; cardArray != null && j < cardArray.size(); j++) {
        Card card = parseCard(cardArray.get(j), where + ".cards[" + j + "]", userId);
        if (byPar.put(card.par, card) != null) {
          throw invalid(where + ".cards[" + j + "].par", "duplicate " + card.par);
        }
        cards.add(card);
      }
      applicationArrays.add(array(m, "applications", where, false));
    }
    checkLinks();
    Set<String> applyNos = new HashSet<String>();
    for (int i = 0; i < memberArray.size(); i++) {
      JsonArray apps = applicationArrays.get(i);
      for (int j = 0; apps != null && j < apps.size(); j++) {
        String where = "members[" + i + "].applications[" + j + "]";
        Application a = parseApplication(apps.get(j), where, members.get(i).userId);
        if (!applyNos.add(a.cardApplyNo)) {
          throw invalid(where + ".cardApplyNo", "duplicate " + a.cardApplyNo);
        }
        applications.add(a);
      }
    }
    JsonArray unregisteredArray = array(root, "unregisteredCards", "fixture", false);
    for (int i = 0; unregisteredArray != null && i < unregisteredArray.size(); i++) {
      parseUnregistered(unregisteredArray.get(i), "unregisteredCards[" + i + "]");
    }
    long maxUserId = 0;
    for (long id : userIds) {
      maxUserId = Math.max(maxUserId, id);
    }
    return new FixtureModel(members, cards, applications, products, unregistered, terms,
        MemberFixtureParser.registration(root, maxUserId),
        MoneyFixtureParser.parse(root, members, byPar));
  }

  private Card parseCard(JsonElement e, String where, long userId) {
    JsonObject c = object(e, where);
    allowOnly(c, where, "par", "kind", "mainPar", "linkedPar", "balance", "pendingAmount",
        "status", "cardNo", "expiryDate", "serviceId", "named", "account", "limits",
        "virtualAccount", "description");
    String par = Json.string(c.get("par"));
    if (par == null || !FixtureModel.PAR.matcher(par).matches()) {
      throw invalid(where + ".par", "must be 27 characters A-Z or 0-9");
    }
    String kindName = optionalEnum(c, "kind", where, null,
        "main", "sub", "basic", "married", "physical");
    if (kindName == null) {
      throw invalid(where + ".kind", "is required");
    }
    CardKind kind = CardKind.valueOf(kindName.toUpperCase(Locale.ROOT));
    String mainPar = reference(c, "mainPar", where, kind == CardKind.SUB);
    String linkedPar = reference(c, "linkedPar", where, kind == CardKind.PHYSICAL);
    long balance = amount(c, "balance", where);
    long pending = amount(c, "pendingAmount", where);
    String status = optionalEnum(c, "status", where, "active", "active", "suspended",
        "terminated");
    String cardNo = matching(c, "cardNo", where, DIGITS_16, "16 digits");
    if (cardNo != null && !cardNos.add(cardNo)) {
      throw invalid(where + ".cardNo", "duplicate card number");
    }
    String expiry = matching(c, "expiryDate", where, DIGITS_4, "4 digits (YYMM)");
    String serviceId = matching(c, "serviceId", where, SERVICE_ID, "1 to 15 characters");
    boolean named = c.has("named") && bool(c, "named", where);
    Account account = null;
    if (c.has("account")) {
      JsonObject a = object(c.get("account"), where + ".account");
      allowOnly(a, where + ".account", "bankName", "accountNo");
      account = new Account(requiredString(a, "bankName", where + ".account"),
          requiredString(a, "accountNo", where + ".account"));
    }
    Limits limits = null;
    if (c.has("limits")) {
      if (account == null) {
        throw invalid(where + ".limits", "needs an account (limits are for debit cards)");
      }
      JsonObject l = object(c.get("limits"), where + ".limits");
      allowOnly(l, where + ".limits", "once", "day", "month");
      limits = new Limits(amount(l, "once", where + ".limits"), amount(l, "day", where + ".limits"),
          amount(l, "month", where + ".limits"));
    } else if (account != null) {
      limits = new Limits(0, 0, 0);
    }
    VirtualAccount va = null;
    if (c.has("virtualAccount")) {
      String w = where + ".virtualAccount";
      JsonObject v = object(c.get("virtualAccount"), w);
      allowOnly(v, w, "accountNo", "bankCode", "connectType");
      va = new VirtualAccount(requiredString(v, "accountNo", w),
          matching(v, "bankCode", w, DIGITS_3, "3 digits"), optionalString(v, "connectType", w));
      if (va.bankCode == null) {
        throw invalid(w + ".bankCode", "is required");
      }
    }
    return new Card(par, userId, kind, mainPar, linkedPar, balance, pending,
        InitialStatus.valueOf(status.toUpperCase(Locale.ROOT)), cardNo,
        expiry == null ? FixtureModel.DEFAULT_EXPIRY : expiry,
        serviceId == null ? FixtureModel.DEFAULT_SERVICE_ID : serviceId, named, account, limits,
        va);
  }

  private Application parseApplication(JsonElement e, String where, long userId) {
    JsonObject a = object(e, where);
    allowOnly(a, where, "cardApplyNo", "par", "appliedDaysAgo", "status", "cardUsed",
        "description");
    String applyNo = matching(a, "cardApplyNo", where, APPLY_NO, "22 characters A-Z, a-z or 0-9");
    if (applyNo == null) {
      throw invalid(where + ".cardApplyNo", "is required");
    }
    String par = Json.string(a.get("par"));
    Card card = par == null ? null : byPar.get(par);
    if (card == null || card.userId != userId || card.kind == CardKind.PHYSICAL) {
      throw invalid(where + ".par", "must name a mobile card of the same member: " + par);
    }
    int daysAgo = 0;
    if (a.has("appliedDaysAgo")) {
      Long d = Json.integerIn(a.get("appliedDaysAgo"), 0, 36500);
      if (d == null) {
        throw invalid(where + ".appliedDaysAgo", "must be a whole number from 0 to 36500");
      }
      daysAgo = d.intValue();
    }
    String status = optionalEnum(a, "status", where, "applied", "applied", "cancelled");
    boolean used = a.has("cardUsed") && bool(a, "cardUsed", where);
    return new Application(applyNo, userId, par, daysAgo, status.equals("cancelled"), used);
  }

  private void parseProduct(JsonElement e, String where) {
    JsonObject p = object(e, where);
    allowOnly(p, where, "serviceId", "serviceName", "description");
    String id = matching(p, "serviceId", where, SERVICE_ID, "1 to 15 characters");
    if (id == null) {
      throw invalid(where + ".serviceId", "is required");
    }
    products.add(new Product(id, requiredString(p, "serviceName", where)));
  }

  private void parseUnregistered(JsonElement e, String where) {
    JsonObject u = object(e, where);
    allowOnly(u, where, "cardNo", "expiryDate", "cardCVC", "serviceId", "balance",
        "description");
    String cardNo = matching(u, "cardNo", where, DIGITS_16, "16 digits");
    String expiry = matching(u, "expiryDate", where, DIGITS_4, "4 digits (YYMM)");
    String cvc = matching(u, "cardCVC", where, DIGITS_3, "3 digits");
    if (cardNo == null || expiry == null || cvc == null) {
      throw invalid(where, "needs cardNo, expiryDate and cardCVC");
    }
    if (!cardNos.add(cardNo)) {
      throw invalid(where + ".cardNo", "duplicate card number");
    }
    String serviceId = matching(u, "serviceId", where, SERVICE_ID, "1 to 15 characters");
    unregistered.add(new UnregisteredCard(cardNo, expiry, cvc,
        serviceId == null ? FixtureModel.DEFAULT_SERVICE_ID : serviceId,
        amount(u, "balance", where)));
  }

  private static String reference(JsonObject c, String field, String where, boolean required) {
    if (!required) {
      if (c.has(field)) {
        throw invalid(where + "." + field, "is only allowed on "
            + (field.equals("mainPar") ? "sub" : "physical") + " cards");
      }
      return null;
    }
    String par = Json.string(c.get(field));
    if (par == null) {
      throw invalid(where + "." + field, "is required");
    }
    return par;
  }

  private void checkLinks() {
    for (Card card : cards) {
      if (card.kind == CardKind.SUB) {
        Card main = byPar.get(card.mainPar);
        if (main == null || main.kind != CardKind.MAIN || main.userId != card.userId) {
          throw invalid("card " + card.par + ".mainPar",
              "must name a main card of the same member: " + card.mainPar);
        }
      } else if (card.kind == CardKind.PHYSICAL) {
        Card mobile = byPar.get(card.linkedPar);
        if (mobile == null || mobile.kind == CardKind.PHYSICAL || mobile.userId != card.userId) {
          throw invalid("card " + card.par + ".linkedPar",
              "must name a mobile card of the same member: " + card.linkedPar);
        }
      }
    }
  }

  static long amount(JsonObject o, String field, String where) {
    if (!o.has(field)) {
      return 0;
    }
    Long v = Json.integerIn(o.get(field), 0, 9_999_999_999L);
    if (v == null) {
      throw invalid(where + "." + field, "must be a whole number >= 0 and <= 9999999999");
    }
    return v;
  }

  static boolean bool(JsonObject o, String field, String where) {
    JsonElement e = o.get(field);
    if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
      throw invalid(where + "." + field, "must be true or false");
    }
    return e.getAsBoolean();
  }

  static String matching(JsonObject o, String field, String where, Pattern p,
      String what) {
    if (!o.has(field)) {
      return null;
    }
    String s = Json.string(o.get(field));
    if (s == null || !p.matcher(s).matches()) {
      throw invalid(where + "." + field, "must be " + what);
    }
    return s;
  }

  static String optionalString(JsonObject o, String field, String where) {
    if (!o.has(field)) {
      return null;
    }
    String s = Json.string(o.get(field));
    if (s == null || s.isEmpty()) {
      throw invalid(where + "." + field, "must be a non-empty string");
    }
    return s;
  }

  static String requiredString(JsonObject o, String field, String where) {
    String s = optionalString(o, field, where);
    if (s == null) {
      throw invalid(where + "." + field, "is required");
    }
    return s;
  }

  static void allowOnly(JsonObject o, String where, String... names) {
    List<String> allowed = Arrays.asList(names);
    for (String key : o.keySet()) {
      if (!allowed.contains(key)) {
        throw invalid(where + "." + key, "unknown field (allowed: " + allowed + ")");
      }
    }
  }

  static JsonObject object(JsonElement e, String where) {
    if (e == null || !e.isJsonObject()) {
      throw invalid(where, "must be an object");
    }
    return e.getAsJsonObject();
  }

  static JsonArray array(JsonObject o, String field, String where, boolean required) {
    JsonElement e = o.get(field);
    if (e == null && !required) {
      return null;
    }
    if (e == null || !e.isJsonArray()) {
      throw invalid(where + "." + field, "must be an array");
    }
    return e.getAsJsonArray();
  }

  static String optionalEnum(JsonObject o, String field, String where, String dflt,
      String... values) {
    if (!o.has(field)) {
      return dflt;
    }
    String value = Json.string(o.get(field));
    if (value == null || !Arrays.asList(values).contains(value)) {
      throw invalid(where + "." + field, "must be one of " + Arrays.asList(values));
    }
    return value;
  }

  static IllegalArgumentException invalid(String where, String what) {
    return new IllegalArgumentException("fixture: " + (where.isEmpty() ? "" : where + " ") + what);
  }
}
