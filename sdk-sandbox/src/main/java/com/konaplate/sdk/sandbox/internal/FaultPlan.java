package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The faults waiting to be applied: counted rules for one PAR or for every request, then an
 * optional seeded random mode. Thread-safe; the lock is never held across I/O.
 */
public final class FaultPlan {

  private static final class Rule {
    final String par; // null: every request
    final Fault fault;
    int remaining;

    Rule(String par, Fault fault, int remaining) {
      this.par = par;
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Object lock = new Object();
  private final List<Rule> rules = new ArrayList<Rule>(); // guarded by lock
  private Random random; // guarded by lock; null when the random mode is off
  private double rate;
  private Fault[] randomFaults;

  /** Queues {@code fault} for the next {@code times} requests naming {@code par} (or all). */
  public void add(String par, int times, Fault fault) {
    synchronized (lock) {
      rules.add(new Rule(par, fault, times));
    }
  }

  /** Gives every request not matched by a rule a {@code rate} chance of a random fault. */
  public void randomly(long seed, double rate, Fault[] faults) {
    synchronized (lock) {
      this.random = new Random(seed);
      this.rate = rate;
      this.randomFaults = faults.clone();
    }
  }

  /**
   * Takes the fault for one request: the first rule for its PAR, else the first rule for
   * every request, else a random draw. PAR rules come first so a test can aim at one card
   * while a background rule covers the rest.
   *
   * @param par the request's PAR, or null when it names none
   * @return the fault, or null for none
   */
  public Fault take(String par) {
    synchronized (lock) {
      Fault fault = par == null ? null : takeRule(par);
      if (fault == null) {
        fault = takeRule(null);
      }
      if (fault == null && random != null && random.nextDouble() < rate) {
        fault = randomFaults[random.nextInt(randomFaults.length)];
      }
      return fault;
    }
  }

  private Fault takeRule(String par) {
    for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
      Rule rule = it.next();
      boolean matches = par == null ? rule.par == null : par.equals(rule.par);
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

  /** Removes every rule and turns the random mode off. */
  public void clear() {
    synchronized (lock) {
      rules.clear();
      random = null;
      randomFaults = null;
    }
  }
}
