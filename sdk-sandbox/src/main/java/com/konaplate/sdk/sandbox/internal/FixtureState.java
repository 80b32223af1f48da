package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.MemberState;
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
 * The live state every operation shares: members (a {@link MemberRegistry}), cards (status,
 * limits; the basic cards of members registered since the last reset too), card applications,
 * products, virtual accounts and unregistered cards, and the counts of applied effects.
 * Thread-safe: one lock guards every read and write, and it is held only for in-memory work,
 * never across I/O. Handlers run whole inside {@link #locked(Supplier)}, so each request
 * decides and applies its effect atomically; the package-private accessors assume that lock.
 */
public final class FixtureState {
  /** The zone whose calendar day decides whether an application was made "today". */
  static final ZoneId KONA_ZONE = ZoneId.of("Asia/Seoul");

  private final Clock clock;
  private final MemberRegistry members;
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
  // Everything below is guarded by lock, and so are members and the card maps above, which
  // registration adds basic cards to (runtimePars) and reset() takes them from.
  private final List<String> runtimePars = new ArrayList<String>();
  private final Map<String, CardStatus> status = new HashMap<String, CardStatus>();
  private final Map<String, Limits> limits = new HashMap<String, Limits>();
  private final Set<String> cancelled = new HashSet<String>();
  private final Map<String, LocalDate> appliedOn = new HashMap<String, LocalDate>();
  private final EffectCounts effects = new EffectCounts();

  /**
   * Builds the state of {@code model}; {@code clock} dates the applications on reset and the
   * agreements and cards of registrations; the members belong to {@code aspId}.
   */
  public FixtureState(FixtureModel model, Clock clock, String aspId) {
    this.clock = clock;
    this.members = new MemberRegistry(model, clock, aspId);
    for (Member m : model.members()) {
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

  private static <K, T> List<T> listOf(Map<K, List<T>> map, K key) {
    List<T> list = map.get(key);
    if (list == null) {
      list = new ArrayList<T>();
      map.put(key, list);
    }
    return list;
  }

  /**
   * Returns every member, card, limit and application to its fixture state (forgetting the
   * members registered since and their cards), dates the applications anew from the clock, and
   * forgets every effect count.
   */
  public void reset() {
    LocalDate today = LocalDate.now(clock.withZone(KONA_ZONE));
    synchronized (lock) {
      for (String par : runtimePars) {
        Card c = cards.remove(par);
        byCardNo.remove(c.cardNo);
        byMember.remove(c.userId);
      }
      runtimePars.clear();
      members.reset();
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

  /** The members. */
  MemberRegistry members() {
    return members;
  }

  /** The member in any state, or null. */
  Member member(long userId) {
    MemberRegistry.Record r = members.record(userId);
    return r == null ? null : r.member;
  }

  /**
   * The member card operations serve (active or blocked), or null: unknown, withdrawn, or
   * dormant (kept apart until reactivated).
   */
  Member activeMember(long userId) {
    MemberRegistry.Record r = members.present(userId);
    return r == null ? null : r.member;
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

  /** Adds the (basic, active) card of a member registered just now; gone on reset. */
  void issueCard(Card card) {
    cards.put(card.par, card);
    byCardNo.put(card.cardNo, card);
    listOf(byMember, card.userId).add(card);
    status.put(card.par, CardStatus.ACTIVE);
    runtimePars.add(card.par);
  }

  /** Counts one effect of {@code operationId} on {@code key} (a PAR, cardApplyNo, userId...). */
  void countEffect(String operationId, String key) {
    effects.count(operationId, key);
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
      return effects.get(operationId, key);
    }
  }

  /** A snapshot of the non-zero effect counts of {@code operationId}, by key. */
  public Map<String, Integer> effects(String operationId) {
    synchronized (lock) {
      return effects.snapshot(operationId);
    }
  }

  /** The state of the member {@code userId}, or null when there is no such member. */
  public MemberState memberState(long userId) {
    synchronized (lock) {
      MemberRegistry.Record r = members.record(userId);
      return r == null ? null : r.state;
    }
  }

  /** The id of the member registered with {@code loginId} (not withdrawn), or null. */
  public Long memberId(String loginId) {
    synchronized (lock) {
      MemberRegistry.Record r = members.byLoginId(loginId);
      return r == null ? null : r.userId();
    }
  }

  /** How many members are in {@code state} (registered ones included). */
  public int memberCount(MemberState state) {
    synchronized (lock) {
      return members.count(state);
    }
  }
}
