package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.sandbox.internal.FaultPlan;
import com.konaplate.sdk.spec.ApiDescriptor;

/**
 * Injects faults into a running sandbox. Thread-safe. Rules aimed at an operation and a PAR
 * take precedence over rules for a PAR, then for an operation, then for every request, then the
 * random modes (an operation's own, else the general one); rules of the same reach apply in the
 * order they were added. {@link KonaplateSandbox#reset()} clears them.
 *
 * <pre>{@code
 * sandbox.faults().next(2, Fault.serverError(503));                // the next two requests
 * sandbox.faults().forPar(par).next(1, Fault.dropAfterRequest());  // the next request naming par
 * sandbox.faults().forOperation("searchCards").next(1, Fault.serverError(503));
 * sandbox.faults().forOperation("changeCardStatus").forPar(par).next(1, Fault.dropAfterRequest());
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

  /**
   * Returns a handle that aims faults at the requests, of any operation, whose body names
   * {@code par} (for an encrypted request, its decrypted body).
   */
  public ForPar forPar(String par) {
    if (par == null) {
      throw new NullPointerException("par == null");
    }
    return new ForPar(null, par);
  }

  /**
   * Returns a handle that aims faults at the requests of one operation of openapi.yaml.
   *
   * @param operationId e.g. {@code "searchCards"}, as {@link KonaplateSandbox#operations()}
   *     lists them
   * @throws IllegalArgumentException when openapi.yaml has no such operation
   */
  public ForOperation forOperation(String operationId) {
    if (operationId == null) {
      throw new NullPointerException("operationId == null");
    }
    if (ApiDescriptor.konaplate().operation(operationId) == null) {
      throw new IllegalArgumentException("openapi.yaml has no operation " + operationId);
    }
    return new ForOperation(operationId);
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
    plan.randomly(null, seed, checkRate(rate), checkFaults(faults));
    return this;
  }

  private static double checkRate(double rate) {
    if (!(rate >= 0.0 && rate <= 1.0)) {
      throw new IllegalArgumentException("rate must be within [0, 1]: " + rate);
    }
    return rate;
  }

  private Fault[] checkFaults(Fault[] faults) {
    if (faults == null || faults.length == 0) {
      throw new IllegalArgumentException("no faults given");
    }
    for (Fault f : faults) {
      checkFault(f);
    }
    return faults;
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

  /** Aims faults at the requests naming one PAR (of one operation, or of any). */
  public final class ForPar {
    private final String operationId; // null: any operation
    private final String par;

    private ForPar(String operationId, String par) {
      this.operationId = operationId;
      this.par = par;
    }

    /**
     * Applies {@code fault} to the next {@code times} requests naming this PAR.
     *
     * @return the sandbox's {@link Faults}, for chaining
     * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
     */
    public Faults next(int times, Fault fault) {
      plan.add(operationId, par, checkTimes(times), checkFault(fault));
      return Faults.this;
    }
  }

  /** Aims faults at the requests of one operation. */
  public final class ForOperation {
    private final String operationId;

    private ForOperation(String operationId) {
      this.operationId = operationId;
    }

    /**
     * Applies {@code fault} to the next {@code times} requests of this operation that no PAR
     * rule claims.
     *
     * @return the sandbox's {@link Faults}, for chaining
     * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
     */
    public Faults next(int times, Fault fault) {
      plan.add(operationId, null, checkTimes(times), checkFault(fault));
      return Faults.this;
    }

    /** Returns a handle that aims faults at this operation's requests naming {@code par}. */
    public ForPar forPar(String par) {
      if (par == null) {
        throw new NullPointerException("par == null");
      }
      return new ForPar(operationId, par);
    }

    /**
     * Gives every request of this operation that no rule claims a {@code rate} chance of one of
     * {@code faults}, drawn from a {@code java.util.Random} seeded with {@code seed}; it
     * replaces the general random mode for this operation.
     *
     * @return the sandbox's {@link Faults}, for chaining
     * @throws IllegalArgumentException when {@code rate} is not within [0, 1] or no fault is given
     * @throws IllegalStateException for a JWE fault on a sandbox without crypto keys
     */
    public Faults randomly(long seed, double rate, Fault... faults) {
      plan.randomly(operationId, seed, checkRate(rate), checkFaults(faults));
      return Faults.this;
    }
  }
}
