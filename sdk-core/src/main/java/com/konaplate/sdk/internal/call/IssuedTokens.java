package com.konaplate.sdk.internal.call;

import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one-time tokens this client issued, with their expiry by the client's clock (counted from
 * before the issuing request was sent, so never later than KONA PLATE's). A request that carries
 * one of them is never sent once it expired. Tokens only: no card data. Thread-safe; expired
 * entries are dropped as new ones arrive, so it holds at most what a few minutes issue.
 */
final class IssuedTokens {
  private static final int SWEEP_EVERY = 256;
  /** How long an expired token is still recognised (and refused) before it is forgotten. */
  private static final java.time.Duration REMEMBER = java.time.Duration.ofMinutes(10);

  private final Map<String, Instant> expiries = new ConcurrentHashMap<>();
  private int added;

  /** Records a token issued now-ish that expires at {@code expiresAt}. */
  void add(String token, Instant expiresAt, Instant now) {
    expiries.put(token, expiresAt);
    boolean sweep;
    synchronized (this) {
      sweep = ++added % SWEEP_EVERY == 0;
    }
    if (sweep) {
      for (Iterator<Instant> it = expiries.values().iterator(); it.hasNext(); ) {
        if (!now.isBefore(it.next().plus(REMEMBER))) {
          it.remove();
        }
      }
    }
  }

  /** When {@code token} expires, or null when this client did not issue it (or forgot it). */
  Instant expiry(String token) {
    return token == null ? null : expiries.get(token);
  }
}
