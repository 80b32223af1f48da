package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.internal.MoneyRecords.ChargeRecord;

/**
 * What a test may read and steer of the sandbox's money, each call atomic under the state's
 * lock: live balances and pending amounts, the result of a charge by sequenceId, and the
 * pending-charge mode (charges accepted as pending and settled on request). Thread-safe.
 */
public final class MoneyControls {
  private final FixtureState state;

  MoneyControls(FixtureState state) {
    this.state = state;
  }

  /** The live balance of {@code par}, or null when the sandbox has no such card. */
  public Long balance(final String par) {
    return state.locked(() -> state.card(par) == null ? null : state.money().balance(par));
  }

  /** The amount of pending charges on {@code par}, or null when there is no such card. */
  public Long pendingAmount(final String par) {
    return state.locked(() -> state.card(par) == null ? null
        : state.money().pendingAmount(par));
  }

  /**
   * What the result inquiry answers for {@code sequenceId} ({@code COMPLETED}, {@code PENDING}
   * or {@code FAILED}), or null when no charge or cancellation was sent with it.
   */
  public String chargeResult(final String sequenceId) {
    return state.locked(() -> {
      ChargeRecord r = state.money().chargeBySequenceId(sequenceId);
      return r == null ? null : r.status.name();
    });
  }

  /** Leaves the next {@code count} charges accepted pending; 0 turns the mode off. */
  public void keepChargesPending(final int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count < 0");
    }
    state.locked(() -> {
      state.money().holdPending(count);
      return null;
    });
  }

  /**
   * Settles every pending charge, oldest first: completed (the amount reaches the card) or
   * failed (nothing moves). Returns how many were settled.
   */
  public int settlePendingCharges(final boolean complete) {
    return state.locked(() -> state.money().settlePending(complete));
  }
}
