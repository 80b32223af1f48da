package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Application;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Limits;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Product;
import com.konaplate.sdk.sandbox.internal.FixtureModel.UnregisteredCard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The live state every operation shares: members, cards (status, limits), card applications,
 * products, virtual accounts and unregistered cards, and the counts of applied effects.
 * Thread-safe: one lock guards every read and write, and it is held only for in-memory work,
 * never across I/O. Handlers run whole inside {@link #locked(Supplier)}, so each request
 * decides and applies its effect atomically; the package-private accessors assume that lock.
 */
public final class FixtureState {
  /** The zone whose calendar day decides whether an application was made "today". */
  static final ZoneId KONA_ZONE = ZoneId.of("Asia/Seoul");

  private final Clock clock;
  private final Map<Long, Member> members = new HashMap<Long, Member>();
  private final Map<String, Card> cards = new LinkedHashMap<String, Card>();
  private final Map<String, Card> byCardNo = new HashMap<String, Card>();
  private final Map<Long, List<Card>> byMember = new HashMap<Long, List<Card>>();
  /** The sub cards and linked physical cards a card takes with it. */
  private final Map<String, List<String>> dependents = new HashMap<String, List<String>>();
  /** The physical cards linked to a mobile card. */
  private final Map<String, List<Card>> physicalOf = new HashMap<String, List<Card>>();
  private final Map<String, Application> applications = new HashMap<String, Application>();
  private final Map<String, Application> applicationOfPar = new HashMap<String, Application>();
  private final Map<String, Product> products = new LinkedHashMap<String, Product>();
  private final Map<String, UnregisteredCard> unregistered =
      new HashMap<String, UnregisteredCard>();
  /** Balances, tokens, charges, payments and history; guarded by lock. */
  private final MoneyLedger money;

  private final Object lock = new Object();
  // Everything below is guarded by lock.
  private final Map<String, CardStatus> status = new HashMap<String, CardStatus>();
  private final Map<String, Limits> limits = new HashMap<String, Limits>();
  private final Set<String> cancelled = new HashSet<String>();
  private final Map<String, LocalDate> appliedOn = new HashMap<String, LocalDate>();
  private final Map<String, Map<String, Integer>> effects =
      new HashMap<String, Map<String, Integer>>();

  /** Builds the state of {@code model}; {@code clock} dates the applications on reset. */
  public FixtureState(FixtureModel model, Clock clock) {
    this.clock = clock;
    for (Member m : model.members()) {
      members.put(m.userId, m);
      byMember.put(m.userId, new ArrayList<Card>());
    }
    for (Card c : model.cards()) {
      cards.put(c.par, c);
      byMember.get(c.userId).add(c);
      if (c.cardNo != null) {
        byCardNo.put(c.cardNo, c);
      }
      String parent = c.kind == CardKind.SUB ? c.mainPar
          : c.kind == CardKind.PHYSICAL ? c.linkedPar : null;
      if (parent != null) {
        listOf(dependents, parent).add(c.par);
      }
      if (c.kind == CardKind.PHYSICAL) {
        listOf(physicalOf, c.linkedPar).add(c);
      }
    }
    for (Application a : model.applications()) {
      applications.put(a.cardApplyNo, a);
      applicationOfPar.put(a.par, a);
    }
    for (Product p : model.products()) {
      products.put(p.serviceId, p);
    }
    for (UnregisteredCard u : model.unregisteredCards()) {
      unregistered.put(u.cardNo, u);
    }
    money = new MoneyLedger(model, clock);
    reset();
  }

  private static <T> List<T> listOf(Map<String, List<T>> map, String key) {
    List<T> list = map.get(key);
    if (list == null) {
      list = new ArrayList<T>();
      map.put(key, list);
    }
    return list;
  }

  /**
   * Returns every card, limit and application to its fixture state, dates the applications
   * anew from the clock, and forgets every effect count.
   */
  public void reset() {
    LocalDate today = LocalDate.now(clock.withZone(KONA_ZONE));
    synchronized (lock) {
      status.clear();
      limits.clear();
      for (Card c : cards.values()) {
        status.put(c.par, c.status == FixtureModel.InitialStatus.TERMINATED ? CardStatus.TERMINATED
            : c.status == FixtureModel.InitialStatus.SUSPENDED ? CardStatus.SUSPENDED
            : CardStatus.ACTIVE);
        if (c.limits != null) {
          limits.put(c.par, c.limits);
        }
      }
      cancelled.clear();
      appliedOn.clear();
      for (Application a : applications.values()) {
        if (a.cancelled) {
          cancelled.add(a.cardApplyNo);
        }
        appliedOn.put(a.cardApplyNo, today.minusDays(a.appliedDaysAgo));
      }
      money.reset();
      effects.clear();
    }
  }

  /** Runs {@code work} holding the state's lock: one request's decision and effect. */
  public <T> T locked(Supplier<T> work) {
    synchronized (lock) {
      return work.get();
    }
  }

  // ---------------------------------------------------------------- reads (under the lock)

  /** The member, or null. */
  Member member(long userId) {
    return members.get(userId);
  }

  /** The active (not withdrawn) member, or null. */
  Member activeMember(long userId) {
    Member m = members.get(userId);
    return m == null || m.withdrawn ? null : m;
  }

  Card card(String par) {
    return par == null ? null : cards.get(par);
  }

  Card cardByNo(String cardNo) {
    return cardNo == null ? null : byCardNo.get(cardNo);
  }

  /** The member's cards in fixture order, discarded ones included. */
  List<Card> cardsOf(long userId) {
    List<Card> list = byMember.get(userId);
    return list == null ? Collections.<Card>emptyList() : list;
  }

  /** The physical cards linked to a mobile card. */
  List<Card> physicalCardsOf(String par) {
    List<Card> list = physicalOf.get(par);
    return list == null ? Collections.<Card>emptyList() : list;
  }

  CardStatus statusOf(String par) {
    return status.get(par);
  }

  Limits limitsOf(String par) {
    return limits.get(par);
  }

  Application application(String cardApplyNo) {
    return applications.get(cardApplyNo);
  }

  /** The application that issued this mobile card, or null. */
  Application applicationOf(String par) {
    return applicationOfPar.get(par);
  }

  boolean isCancelled(String cardApplyNo) {
    return cancelled.contains(cardApplyNo);
  }

  LocalDate appliedOn(String cardApplyNo) {
    return appliedOn.get(cardApplyNo);
  }

  /** Today in Asia/Seoul by the sandbox clock. */
  LocalDate today() {
    return LocalDate.now(clock.withZone(KONA_ZONE));
  }

  Product product(String serviceId) {
    return products.get(serviceId);
  }

  UnregisteredCard unregistered(String cardNo) {
    return unregistered.get(cardNo);
  }

  /** The money: live balances, tokens, charges, payments and history. */
  MoneyLedger money() {
    return money;
  }

  // ---------------------------------------------------------------- effects (under the lock)

  void setStatus(String par, CardStatus s) {
    status.put(par, s);
  }

  void setLimits(String par, Limits l) {
    limits.put(par, l);
  }

  void markCancelled(String cardApplyNo) {
    cancelled.add(cardApplyNo);
  }

  /** Discards the card with its sub cards and linked physical cards, recursively. */
  void terminateCascade(String par) {
    status.put(par, CardStatus.TERMINATED);
    List<String> children = dependents.get(par);
    if (children != null) {
      for (String child : children) {
        terminateCascade(child);
      }
    }
  }

  /** Counts one applied effect of {@code operationId} on {@code key} (a PAR or cardApplyNo). */
  void countEffect(String operationId, String key) {
    Map<String, Integer> counts = effects.get(operationId);
    if (counts == null) {
      counts = new HashMap<String, Integer>();
      effects.put(operationId, counts);
    }
    Integer n = counts.get(key);
    counts.put(key, n == null ? 1 : n + 1);
  }

  // ---------------------------------------------------------------- snapshots (take the lock)

  /** The status of {@code par}, or null when the fixture has no such card. */
  public CardStatus status(String par) {
    synchronized (lock) {
      return status.get(par);
    }
  }

  /** How many effects of {@code operationId} were applied to {@code key} since the last reset. */
  public int effects(String operationId, String key) {
    synchronized (lock) {
      Map<String, Integer> counts = effects.get(operationId);
      Integer n = counts == null ? null : counts.get(key);
      return n == null ? 0 : n;
    }
  }

  /** A snapshot of the non-zero effect counts of {@code operationId}, by key. */
  public Map<String, Integer> effects(String operationId) {
    synchronized (lock) {
      Map<String, Integer> counts = effects.get(operationId);
      return counts == null ? Collections.<String, Integer>emptyMap()
          : Collections.unmodifiableMap(new HashMap<String, Integer>(counts));
    }
  }
}
