package com.konaplate.sdk.sandbox.internal;

import static com.konaplate.sdk.sandbox.internal.FixtureParser.allowOnly;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.amount;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.array;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.bool;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.invalid;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.matching;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.object;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.optionalEnum;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.optionalString;
import static com.konaplate.sdk.sandbox.internal.FixtureParser.requiredString;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.MoneyModel.BankAccount;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Charge;
import com.konaplate.sdk.sandbox.internal.MoneyModel.ChargeStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Entry;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Merchant;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Payment;
import com.konaplate.sdk.sandbox.internal.MoneyModel.PaymentStatus;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Refusal;
import com.konaplate.sdk.sandbox.internal.MoneyModel.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the money sections of a fixture (see {@link MoneyModel}), checking every reference
 * (members, cards, merchants) and refusing unknown fields. Error messages name the field and
 * never a token, card number, account number or name.
 */
final class MoneyFixtureParser {
  /** The top-level sections this parser reads. */
  static final String[] SECTIONS = {
      "bankAccounts", "merchants", "tokens", "charges", "payments", "transactions",
      "rechargeRefusals"};

  private static final Pattern DIGITS_16 = Pattern.compile("^[0-9]{16}$");
  private static final Pattern DIGITS_3 = Pattern.compile("^[0-9]{3}$");
  private static final Pattern DIGITS_6 = Pattern.compile("^[0-9]{6}$");
  private static final Pattern ACCOUNT_NO = Pattern.compile("^[0-9]{1,20}$");
  private static final Pattern ID_15 = Pattern.compile("^[!-~]{1,15}$");
  private static final Pattern ID_30 = Pattern.compile("^[!-~]{1,30}$");
  private static final Pattern ID_50 = Pattern.compile("^[!-~]{1,50}$");
  private static final Pattern TR_TYPE = Pattern.compile("^0[0-3]$");
  private static final Pattern DATE_TIME = Pattern.compile("^[0-9]{14}$");

  private final Map<Long, Member> members = new HashMap<Long, Member>();
  private final Map<String, Card> cards;
  private final Map<String, Merchant> merchants = new HashMap<String, Merchant>();
  private final Set<String> nrNumbers = new HashSet<String>();

  private MoneyFixtureParser(List<Member> members, Map<String, Card> cards) {
    for (Member m : members) {
      this.members.put(m.userId, m);
    }
    this.cards = cards;
  }

  /** Parses the money sections of {@code root}; the members and cards are parsed already. */
  static MoneyModel parse(JsonObject root, List<Member> members, Map<String, Card> cards) {
    return new MoneyFixtureParser(members, cards).parse(root);
  }

  private MoneyModel parse(JsonObject root) {
    List<BankAccount> accounts = new ArrayList<BankAccount>();
    Set<Long> holders = new HashSet<Long>();
    for (Map.Entry<String, JsonObject> item : items(root, "bankAccounts").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "userId", "bankCode", "accountNo", "holderName", "hasMoney",
          "description");
      Member m = member(o, w);
      if (!holders.add(m.userId)) {
        throw invalid(w + ".userId", "has a registered account already: " + m.userId);
      }
      String holder = optionalString(o, "holderName", w);
      accounts.add(new BankAccount(m.userId, required(o, "bankCode", w, DIGITS_3, "3 digits"),
          required(o, "accountNo", w, ACCOUNT_NO, "1 to 20 digits"),
          holder == null ? m.name : holder, !o.has("hasMoney") || bool(o, "hasMoney", w)));
    }
    List<Merchant> merchantList = new ArrayList<Merchant>();
    for (Map.Entry<String, JsonObject> item : items(root, "merchants").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "merchantId", "name", "bizLicenseNo", "storeLimit", "refuses",
          "description");
      String id = required(o, "merchantId", w, ID_15, "1 to 15 characters");
      Merchant m = new Merchant(id, requiredString(o, "name", w),
          optionalString(o, "bizLicenseNo", w), amount(o, "storeLimit", w), refusals(o, w));
      if (merchants.put(id, m) != null) {
        throw invalid(w + ".merchantId", "duplicate " + id);
      }
      merchantList.add(m);
    }
    List<Token> tokens = new ArrayList<Token>();
    Set<String> tokenValues = new HashSet<String>();
    for (Map.Entry<String, JsonObject> item : items(root, "tokens").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "oneTimeToken", "dcvv", "par", "description");
      String token = required(o, "oneTimeToken", w, DIGITS_16, "16 digits");
      if (!tokenValues.add(token)) {
        throw invalid(w + ".oneTimeToken", "duplicate token");
      }
      tokens.add(new Token(token, required(o, "dcvv", w, DIGITS_3, "3 digits"),
          card(o, w, null).par));
    }
    return new MoneyModel(accounts, merchantList, tokens, charges(root), payments(root),
        transactions(root), rechargeRefusals(root));
  }

  /** The members whose system recharges are refused, and with what (only benefitMismatch). */
  private Map<Long, Set<Refusal>> rechargeRefusals(JsonObject root) {
    Map<Long, Set<Refusal>> out = new HashMap<Long, Set<Refusal>>();
    for (Map.Entry<String, JsonObject> item : items(root, "rechargeRefusals").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "userId", "refuses", "description");
      Member m = member(o, w);
      Set<Refusal> refusals = refusals(o, w);
      for (Refusal r : refusals) {
        if (r != Refusal.BENEFIT_MISMATCH) {
          throw invalid(w + ".refuses", "only benefitMismatch applies to system recharges");
        }
      }
      if (out.put(m.userId, refusals) != null) {
        throw invalid(w + ".userId", "duplicate " + m.userId);
      }
    }
    return out;
  }

  private List<Charge> charges(JsonObject root) {
    List<Charge> out = new ArrayList<Charge>();
    Set<String> sequenceIds = new HashSet<String>();
    for (Map.Entry<String, JsonObject> item : items(root, "charges").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "sequenceId", "nrNumber", "userId", "par", "amount", "status", "method",
          "cancelled", "description");
      String seq = matching(o, "sequenceId", w, ID_30, "1 to 30 characters");
      if (seq != null && !sequenceIds.add(seq)) {
        throw invalid(w + ".sequenceId", "duplicate " + seq);
      }
      ChargeStatus status = ChargeStatus.valueOf(optionalEnum(o, "status", w, "completed",
          "completed", "pending", "failed").toUpperCase(Locale.ROOT));
      String nr = status == ChargeStatus.FAILED
          ? matching(o, "nrNumber", w, ID_50, "1 to 50 characters") : nrNumber(o, w);
      Member m = member(o, w);
      boolean cancelled = o.has("cancelled") && bool(o, "cancelled", w);
      if (cancelled && status != ChargeStatus.COMPLETED) {
        throw invalid(w + ".cancelled", "only a completed charge can be cancelled");
      }
      out.add(new Charge(seq, nr, m.userId, card(o, w, m.userId).par, positive(o, "amount", w),
          status, "bankAccount".equals(optionalEnum(o, "method", w, "bankAccount", "bankAccount",
          "other")), cancelled));
    }
    return out;
  }

  private List<Payment> payments(JsonObject root) {
    List<Payment> out = new ArrayList<Payment>();
    Set<String> transactionIds = new HashSet<String>();
    for (Map.Entry<String, JsonObject> item : items(root, "payments").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "transactionId", "nrNumber", "approvalCode", "par", "merchantId",
          "amount", "status", "description");
      String tid = matching(o, "transactionId", w, ID_30, "1 to 30 characters");
      if (tid != null && !transactionIds.add(tid)) {
        throw invalid(w + ".transactionId", "duplicate " + tid);
      }
      String code = matching(o, "approvalCode", w, DIGITS_6, "6 digits");
      out.add(new Payment(tid, nrNumber(o, w), code == null ? "000000" : code,
          card(o, w, null).par, merchant(o, w, true).merchantId, positive(o, "amount", w),
          PaymentStatus.valueOf(optionalEnum(o, "status", w, "approved", "approved",
              "cancelled", "reversed").toUpperCase(Locale.ROOT))));
    }
    return out;
  }

  private List<Entry> transactions(JsonObject root) {
    List<Entry> out = new ArrayList<Entry>();
    for (Map.Entry<String, JsonObject> item : items(root, "transactions").entrySet()) {
      String w = item.getKey();
      JsonObject o = item.getValue();
      allowOnly(o, w, "par", "trType", "nrNumber", "amount", "balanceBefore", "balanceAfter",
          "merchantId", "approvalCode", "authCancelType", "approvalDateTime", "description");
      String nr = required(o, "nrNumber", w, ID_50, "1 to 50 characters");
      out.add(new Entry(card(o, w, null).par,
          required(o, "trType", w, TR_TYPE, "00, 01, 02 or 03"), nr, positive(o, "amount", w),
          amount(o, "balanceBefore", w), amount(o, "balanceAfter", w), merchant(o, w, false),
          matching(o, "approvalCode", w, DIGITS_6, "6 digits"),
          "CANCEL".equals(optionalEnum(o, "authCancelType", w, "AUTH", "AUTH", "CANCEL")),
          required(o, "approvalDateTime", w, DATE_TIME, "14 digits (yyyyMMddHHmmss)")));
    }
    return out;
  }

  // ---------------------------------------------------------------- helpers

  /** The items of a section with where each was read from, e.g. {@code charges[2]}. */
  private static Map<String, JsonObject> items(JsonObject root, String section) {
    Map<String, JsonObject> out = new LinkedHashMap<String, JsonObject>();
    JsonArray a = array(root, section, "fixture", false);
    for (int i = 0; a != null && i < a.size(); i++) {
      String w = section + "[" + i + "]";
      out.put(w, object(a.get(i), w));
    }
    return out;
  }

  private static Set<Refusal> refusals(JsonObject o, String w) {
    Set<Refusal> out = EnumSet.noneOf(Refusal.class);
    JsonArray a = array(o, "refuses", w, false);
    for (int i = 0; a != null && i < a.size(); i++) {
      Refusal found = null;
      for (Refusal r : Refusal.values()) {
        if (r.json.equals(Json.string(a.get(i)))) {
          found = r;
        }
      }
      if (found == null) {
        List<String> names = new ArrayList<String>();
        for (Refusal r : Refusal.values()) {
          names.add(r.json);
        }
        throw invalid(w + ".refuses[" + i + "]", "must be one of " + names);
      }
      out.add(found);
    }
    return out;
  }

  private Member member(JsonObject o, String w) {
    Long userId = Json.integerIn(o.get("userId"), 1, FixtureModel.MAX_USER_ID);
    Member m = userId == null ? null : members.get(userId);
    if (m == null) {
      throw invalid(w + ".userId", "must name a member of the fixture");
    }
    return m;
  }

  /** The card {@code par} names; of {@code userId} unless that is null. */
  private Card card(JsonObject o, String w, Long userId) {
    String par = Json.string(o.get("par"));
    Card c = par == null ? null : cards.get(par);
    if (c == null || userId != null && c.userId != userId) {
      throw invalid(w + ".par", "must name a card" + (userId == null ? "" : " of the member")
          + " in the fixture: " + par);
    }
    return c;
  }

  private Merchant merchant(JsonObject o, String w, boolean required) {
    if (!o.has("merchantId") && !required) {
      return null;
    }
    Merchant m = merchants.get(Json.string(o.get("merchantId")));
    if (m == null) {
      throw invalid(w + ".merchantId", "must name a merchant of the fixture");
    }
    return m;
  }

  private String nrNumber(JsonObject o, String w) {
    String nr = required(o, "nrNumber", w, ID_50, "1 to 50 characters");
    if (!nrNumbers.add(nr)) {
      throw invalid(w + ".nrNumber", "duplicate " + nr);
    }
    return nr;
  }

  private static long positive(JsonObject o, String field, String w) {
    long v = amount(o, field, w);
    if (v < 1) {
      throw invalid(w + "." + field, "must be a whole number from 1 to 9999999999");
    }
    return v;
  }

  private static String required(JsonObject o, String field, String w, Pattern p, String what) {
    String s = matching(o, field, w, p, what);
    if (s == null) {
      throw invalid(w + "." + field, "is required");
    }
    return s;
  }
}
