package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The immutable description of members and cards a sandbox starts from (and returns to on
 * reset). Parsed from the JSON format documented in the module's README; the parser refuses
 * unknown fields so a typo in a partner's fixture fails loudly instead of being ignored.
 */
public final class FixtureModel {
  /** The card kinds the terminate rules distinguish. */
  public enum CardKind {
    MAIN, SUB, BASIC, MARRIED, PHYSICAL
  }

  /** A member. */
  public static final class Member {
    public final long userId;
    public final boolean withdrawn;

    Member(long userId, boolean withdrawn) {
      this.userId = userId;
      this.withdrawn = withdrawn;
    }
  }

  /** A card as the fixture describes it. */
  public static final class Card {
    public final String par;
    public final long userId;
    public final CardKind kind;
    /** The main card of a sub card, else null. */
    public final String mainPar;
    /** The mobile card a physical card is linked to, else null. */
    public final String linkedPar;
    public final long balance;
    public final boolean terminated;

    Card(String par, long userId, CardKind kind, String mainPar, String linkedPar, long balance,
        boolean terminated) {
      this.par = par;
      this.userId = userId;
      this.kind = kind;
      this.mainPar = mainPar;
      this.linkedPar = linkedPar;
      this.balance = balance;
      this.terminated = terminated;
    }
  }

  static final long MAX_USER_ID = 999_999_999_999_999_999L;
  static final Pattern PAR = Pattern.compile("^[A-Z0-9]{27}$");

  private final List<Member> members;
  private final List<Card> cards;

  private FixtureModel(List<Member> members, List<Card> cards) {
    this.members = Collections.unmodifiableList(members);
    this.cards = Collections.unmodifiableList(cards);
  }

  /** The members, in fixture order. */
  public List<Member> members() {
    return members;
  }

  /** The cards, in fixture order. */
  public List<Card> cards() {
    return cards;
  }

  /**
   * Parses and checks a fixture.
   *
   * @throws IllegalArgumentException naming the offending field when the fixture is invalid
   * @throws IOException when the reader fails
   */
  public static FixtureModel parse(Reader in) throws IOException {
    JsonElement root = Json.parseStrict(in);
    if (root == null || !root.isJsonObject()) {
      throw new IllegalArgumentException("fixture: not a JSON object");
    }
    JsonObject rootObject = root.getAsJsonObject();
    allowOnly(rootObject, "fixture", "members", "description");
    JsonArray memberArray = array(rootObject, "members", "fixture", true);

    List<Member> members = new ArrayList<Member>();
    List<Card> cards = new ArrayList<Card>();
    Set<Long> userIds = new HashSet<Long>();
    Map<String, Card> byPar = new HashMap<String, Card>();
    for (int i = 0; i < memberArray.size(); i++) {
      String where = "members[" + i + "]";
      JsonObject m = object(memberArray.get(i), where);
      allowOnly(m, where, "userId", "status", "cards", "description");
      Long userId = Json.integerIn(m.get("userId"), 1, MAX_USER_ID);
      if (userId == null) {
        throw invalid(where + ".userId", "must be an integer from 1 to " + MAX_USER_ID);
      }
      if (!userIds.add(userId)) {
        throw invalid(where + ".userId", "duplicate " + userId);
      }
      String status = optionalEnum(m, "status", where, "active", "active", "withdrawn");
      members.add(new Member(userId, status.equals("withdrawn")));

      JsonArray cardArray = array(m, "cards", where, false);
      for (int j = 0; cardArray != null && j < cardArray.size(); j++) {
        Card card = parseCard(cardArray.get(j), where + ".cards[" + j + "]", userId);
        if (byPar.put(card.par, card) != null) {
          throw invalid(where + ".cards[" + j + "].par", "duplicate " + card.par);
        }
        cards.add(card);
      }
    }
    checkLinks(cards, byPar);
    return new FixtureModel(members, cards);
  }

  private static Card parseCard(JsonElement e, String where, long userId) {
    JsonObject c = object(e, where);
    allowOnly(c, where, "par", "kind", "mainPar", "linkedPar", "balance", "status", "description");
    String par = Json.string(c.get("par"));
    if (par == null || !PAR.matcher(par).matches()) {
      throw invalid(where + ".par", "must be 27 characters A-Z or 0-9");
    }
    String kindName = optionalEnum(c, "kind", where, null,
        "main", "sub", "basic", "married", "physical");
    if (kindName == null) {
      throw invalid(where + ".kind", "is required");
    }
    CardKind kind = CardKind.valueOf(kindName.toUpperCase(java.util.Locale.ROOT));
    String mainPar = reference(c, "mainPar", where, kind == CardKind.SUB);
    String linkedPar = reference(c, "linkedPar", where, kind == CardKind.PHYSICAL);
    long balance = 0;
    if (c.has("balance")) {
      Long b = Json.integerIn(c.get("balance"), 0, Long.MAX_VALUE);
      if (b == null) {
        throw invalid(where + ".balance", "must be a whole number >= 0");
      }
      balance = b;
    }
    String status = optionalEnum(c, "status", where, "active", "active", "terminated");
    return new Card(par, userId, kind, mainPar, linkedPar, balance, status.equals("terminated"));
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

  private static void checkLinks(List<Card> cards, Map<String, Card> byPar) {
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

  private static void allowOnly(JsonObject o, String where, String... names) {
    List<String> allowed = Arrays.asList(names);
    for (String key : o.keySet()) {
      if (!allowed.contains(key)) {
        throw invalid(where + "." + key, "unknown field (allowed: " + allowed + ")");
      }
    }
  }

  private static JsonObject object(JsonElement e, String where) {
    if (e == null || !e.isJsonObject()) {
      throw invalid(where, "must be an object");
    }
    return e.getAsJsonObject();
  }

  private static JsonArray array(JsonObject o, String field, String where, boolean required) {
    JsonElement e = o.get(field);
    if (e == null && !required) {
      return null;
    }
    if (e == null || !e.isJsonArray()) {
      throw invalid(where + "." + field, "must be an array");
    }
    return e.getAsJsonArray();
  }

  private static String optionalEnum(JsonObject o, String field, String where, String dflt,
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

  private static IllegalArgumentException invalid(String where, String what) {
    return new IllegalArgumentException("fixture: " + where + " " + what);
  }
}
