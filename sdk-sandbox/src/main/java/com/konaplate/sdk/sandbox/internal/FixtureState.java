package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Card;
import com.konaplate.sdk.sandbox.internal.FixtureModel.CardKind;
import com.konaplate.sdk.sandbox.internal.FixtureModel.Member;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The live state of members and cards, and the terminate rules. Thread-safe: one lock guards
 * every read and write, and it is held only for in-memory work, never across I/O.
 */
public final class FixtureState {
  private final Map<Long, Member> members = new HashMap<Long, Member>();
  private final Map<String, Card> cards = new HashMap<String, Card>();
  /** The sub cards and linked physical cards a card takes with it. */
  private final Map<String, List<String>> dependents = new HashMap<String, List<String>>();
  private final Set<String> initiallyTerminated = new HashSet<String>();

  private final Object lock = new Object();
  private final Set<String> terminated = new HashSet<String>(); // guarded by lock
  private final Map<String, Integer> terminations = new HashMap<String, Integer>(); // guarded

  /** Builds the state of {@code model}. */
  public FixtureState(FixtureModel model) {
    for (Member m : model.members()) {
      members.put(m.userId, m);
    }
    for (Card c : model.cards()) {
      cards.put(c.par, c);
      if (c.terminated) {
        initiallyTerminated.add(c.par);
      }
      String parent = c.kind == CardKind.SUB ? c.mainPar
          : c.kind == CardKind.PHYSICAL ? c.linkedPar : null;
      if (parent != null) {
        List<String> list = dependents.get(parent);
        if (list == null) {
          list = new ArrayList<String>();
          dependents.put(parent, list);
        }
        list.add(c.par);
      }
    }
    reset();
  }

  /** Returns every card to its fixture status and forgets every termination count. */
  public void reset() {
    synchronized (lock) {
      terminated.clear();
      terminated.addAll(initiallyTerminated);
      terminations.clear();
    }
  }

  /**
   * Applies "Discarding a Card" to the state: checks in the order member, card ownership,
   * card status, card kind, balance; on success terminates the card with its sub cards and linked
   * physical cards, and counts one termination for {@code par}.
   */
  public Result terminate(long userId, String par) {
    Member member = members.get(userId);
    if (member == null || member.withdrawn) {
      return Result.USER_NOT_FOUND;
    }
    Card card = cards.get(par);
    if (card == null || card.userId != userId) {
      return Result.INVALID_CARD;
    }
    synchronized (lock) {
      // Decided under the lock so that of two concurrent calls exactly one succeeds.
      if (terminated.contains(par)) {
        return Result.INVALID_CARD;
      }
      switch (card.kind) {
        case SUB:
          return Result.SUB_CARD;
        case BASIC:
          return Result.BASIC_CARD;
        case MARRIED:
          return Result.MARRIED_CARD;
        default:
          break;
      }
      if (card.balance > 0) {
        return Result.CARD_HAS_BALANCE;
      }
      cascade(par);
      Integer n = terminations.get(par);
      terminations.put(par, n == null ? 1 : n + 1);
      return Result.SUCCESS;
    }
  }

  private void cascade(String par) {
    terminated.add(par);
    List<String> children = dependents.get(par);
    if (children != null) {
      for (String child : children) {
        cascade(child);
      }
    }
  }

  /** How many terminate calls succeeded for {@code par} since the last reset. */
  public int terminations(String par) {
    synchronized (lock) {
      Integer n = terminations.get(par);
      return n == null ? 0 : n;
    }
  }

  /** The status of {@code par}, or null when the fixture has no such card. */
  public CardStatus status(String par) {
    if (!cards.containsKey(par)) {
      return null;
    }
    synchronized (lock) {
      return terminated.contains(par) ? CardStatus.TERMINATED : CardStatus.ACTIVE;
    }
  }

  /** A snapshot of every successful termination count since the last reset. */
  public Map<String, Integer> terminations() {
    synchronized (lock) {
      return Collections.unmodifiableMap(new HashMap<String, Integer>(terminations));
    }
  }
}
