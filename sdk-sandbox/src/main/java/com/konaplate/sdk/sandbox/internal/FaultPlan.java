package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The faults waiting to be applied: counted rules aimed at an operation, a PAR, both or every
 * request, then optional seeded random modes (per operation, then for every request).
 * Thread-safe; the lock is never held across I/O.
 */
public final class FaultPlan {

  private static final class Rule {
    final String operationId; // null: any operation
    final String par; // null: any PAR
    final Fault fault;
    int remaining;

    Rule(String operationId, String par, Fault fault, int remaining) {
      this.operationId = operationId;
      this.par = par;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private static final class RandomMode {
    final Random random;
    final double rate;
    final Fault[] faults;

    RandomMode(long seed, double rate, Fault[] faults) {
      this.random = new Random(seed);
      this.rate = rate;
      this.faults = faults.clone();
    }
  }

  private final Object lock = new Object();
  private final List<Rule> rules = new ArrayList<Rule>(); // guarded by lock
  /** Random modes by operationId; the key null is the mode for every request. Guarded. */
  private final Map<String, RandomMode> randomModes = new HashMap<String, RandomMode>();

  /** Queues {@code fault} for the next {@code times} requests naming {@code par} (or all). */
  public void add(String par, int times, Fault fault) {
    add(null, par, times, fault);
  }

  /**
   * Queues {@code fault} for the next {@code times} requests of {@code operationId} (null: any
   * operation) naming {@code par} (null: any PAR or none).
   */
  public void add(String operationId, String par, int times, Fault fault) {
    synchronized (lock) {
      rules.add(new Rule(operationId, par, fault, times));
    }
  }

  /** Gives every request not matched by a rule a {@code rate} chance of a random fault. */
  public void randomly(long seed, double rate, Fault[] faults) {
    randomly(null, seed, rate, faults);
  }

  /**
   * Gives every request of {@code operationId} (null: of any operation) not matched by a rule a
   * {@code rate} chance of a random fault; an operation's own mode comes before the general one.
   */
  public void randomly(String operationId, long seed, double rate, Fault[] faults) {
    synchronized (lock) {
      randomModes.put(operationId, new RandomMode(seed, rate, faults));
    }
  }

  /**
   * Takes the fault for one request: the first rule for its operation and PAR, else for its
   * PAR, else for its operation, else for every request, else a random draw. The more specific
   * rules come first so a test can aim at one card while a background rule covers the rest.
   *
   * @param operationId the request's operation, or null when its path names none
   * @param par the request's PAR, or null when it names none
   * @return the fault, or null for none
   */
  public Fault take(String operationId, String par) {
    synchronized (lock) {
      Fault fault = null;
      if (operationId != null && par != null) {
        fault = takeRule(operationId, par);
      }
      if (fault == null && par != null) {
        fault = takeRule(null, par);
      }
      if (fault == null && operationId != null) {
        fault = takeRule(operationId, null);
      }
      if (fault == null) {
        fault = takeRule(null, null);
      }
      if (fault == null && operationId != null) {
        fault = draw(randomModes.get(operationId));
      }
      if (fault == null && (operationId == null || !randomModes.containsKey(operationId))) {
        fault = draw(randomModes.get(null));
      }
      return fault;
    }
  }

  /** {@link #take(String, String)} for a request of no particular operation. */
  public Fault take(String par) {
    return take(null, par);
  }

  private static Fault draw(RandomMode mode) {
    if (mode != null && mode.random.nextDouble() < mode.rate) {
      return mode.faults[mode.random.nextInt(mode.faults.length)];
    }
    return null;
  }

  private Fault takeRule(String operationId, String par) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      boolean matches = same(operationId, rule.operationId) && same(par, rule.par);
      if (matches) {
        rule.remaining--;
        if (rule.remaining <= 0) {
          it.remove();
        }
        return rule.fault;
      }
    }
    return null;
  }

  private static boolean same(String a, String b) {
    return a == null ? b == null : a.equals(b);
  }

  /** The number of counted faults still waiting. */
  public int pending() {
    synchronized (lock) {
      int n = 0;
      for (Rule rule : rules) {
        n += rule.remaining;
      }
      return n;
    }
  }

  /** Removes every rule and turns every random mode off. */
  public void clear() {
    synchronized (lock) {
      rules.clear();
      randomModes.clear();
    }
  }
}
