package com.konaplate.sdk.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock tests move by hand; the sandbox and its client share it. Its zone views
 * ({@link #withZone}) follow it as it moves.
 */
public final class ManualClock extends Clock {
  private volatile Instant now;

  /** A clock at {@code now}, in UTC. */
  public ManualClock(Instant now) {
    this.now = now;
  }

  /** Moves the clock (and every zone view of it) forward by {@code d}. */
  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    ManualClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
