package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.sandbox.internal.FaultPlan;

/**
 * Injects faults into a running sandbox. Thread-safe. Rules for one PAR take precedence over
 * rules for every request, which take precedence over the random mode; rules of the same reach
 * apply in the order they were added. {@link KonaplateSandbox#reset()} clears them.
 *
 * <pre>{@code
 * sandbox.faults().next(2, Fault.serverError(503));                // the next two requests
 * sandbox.faults().forPar(par).next(1, Fault.dropAfterRequest());  // the next request for par
 * sandbox.faults().randomly(42L, 0.1, Fault.serverError(503), Fault.dropBeforeRequest());
 * }</pre>
 */
public final class Faults {
  private final FaultPlan plan;
  private final boolean hasCryptoKeys;

  Faults(FaultPlan plan, boolean hasCryptoKeys) {
    this.plan = plan;
    this.hasCryptoKeys = hasCryptoKeys;
  }

  /**
   * Applies {@code fault} to the next {@code times} requests that no PAR rule claims.
   *
   * @return this, for chaining
   * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
   */
  public Faults next(int times, Fault fault) {
    plan.add(null, checkTimes(times), checkFault(fault));
    return this;
  }

  /** Returns a handle that aims faults at the terminate requests naming {@code par}. */
  public ForPar forPar(String par) {
    if (par == null) {
      throw new NullPointerException("par == null");
    }
    return new ForPar(par);
  }

  /**
   * Gives every request no rule claims a {@code rate} chance of one of {@code faults}, drawn
   * from a {@code java.util.Random} seeded with {@code seed}. The draws are reproducible for a
   * given order of arrival; concurrent clients make that order, and so the assignment of
   * faults to requests, vary between runs, while the overall mix stays the same. Replaces an
   * earlier random mode.
   *
   * @throws IllegalArgumentException when {@code rate} is not within [0, 1] or no fault is given
   * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
   */
  public Faults randomly(long seed, double rate, Fault... faults) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    if (faults == null || faults.length == 0) {
      throw new IllegalArgumentException("no faults given");
    }
    for (Fault f : faults) {
      checkFault(f);
    }
    plan.randomly(seed, rate, faults);
    return this;
  }

  /** The number of counted faults not yet applied (the random mode not included). */
  public int pending() {
    return plan.pending();
  }

  /** Removes every rule and turns the random mode off. */
  public void clear() {
    plan.clear();
  }

  private static int checkTimes(int times) {
    if (times < 1) {
      throw new IllegalArgumentException("times < 1: " + times);
    }
    return times;
  }

  private Fault checkFault(Fault fault) {
    if (fault == null) {
      throw new NullPointerException("fault == null");
    }
    if (fault.kind().needsCryptoKey() && !hasCryptoKeys) {
      throw new IllegalStateException(fault.kind() + " needs a sandbox crypto key: build the"
          + " sandbox with cryptoKey(..) or generatedCryptoKey()");
    }
    return fault;
  }

  /** Aims faults at the terminate requests for one PAR. */
  public final class ForPar {
    private final String par;

    private ForPar(String par) {
      this.par = par;
    }

    /**
     * Applies {@code fault} to the next {@code times} terminate requests naming this PAR.
     *
     * @return the sandbox's {@link Faults}, for chaining
     * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
     */
    public Faults next(int times, Fault fault) {
      plan.add(par, checkTimes(times), checkFault(fault));
      return Faults.this;
    }
  }
}
