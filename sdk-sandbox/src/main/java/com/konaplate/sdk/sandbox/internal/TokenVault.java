package com.konaplate.sdk.sandbox.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One-time tokens: the fixture's pre-issued ones (bound to a card, never expiring) and those
 * Issuance of Disposable Token makes. After a reset the issued tokens are
 * {@code 7000000000000001} with DCVV {@code 701}, then {@code 7000000000000002}/{@code 702},
 * and so on (the DCVV is the last three digits of 700 + n). A token is valid for 30 seconds by
 * the sandbox clock, 5 minutes for the {@code ATM} and {@code CREDIT} types, and single-use.
 * Not thread-safe: used under the state's lock.
 */
final class TokenVault {
  static final Duration VALIDITY = Duration.ofSeconds(30);
  static final Duration LONG_VALIDITY = Duration.ofMinutes(5);
  private static final long FIRST = 7_000_000_000_000_000L;

  /** A token and what it is for. */
  static final class Issued {
    final String token;
    final String dcvv;
    /** The card the token was issued for. */
    final String par;
    /** When it stops being valid; null for a fixture token (valid until used). */
    final Instant expiresAt;
    boolean used;

    Issued(String token, String dcvv, String par, Instant expiresAt) {
      this.token = token;
      this.dcvv = dcvv;
      this.par = par;
      this.expiresAt = expiresAt;
    }
  }

  private final List<MoneyModel.Token> fixture;
  private final Clock clock;
  private final Map<String, Issued> tokens = new HashMap<String, Issued>();
  private long issued;

  TokenVault(List<MoneyModel.Token> fixture, Clock clock) {
    this.fixture = fixture;
    this.clock = clock;
    reset();
  }

  /** Forgets the issued tokens and makes the fixture's usable again; numbering restarts. */
  void reset() {
    tokens.clear();
    issued = 0;
    for (MoneyModel.Token t : fixture) {
      tokens.put(t.token, new Issued(t.token, t.dcvv, t.par, null));
    }
  }

  /** Issues a token for the card {@code par}; {@code type} (or null) decides its validity. */
  Issued issue(String par, String type) {
    String token;
    do {
      issued++;
      token = Long.toString(FIRST + issued);
    } while (tokens.containsKey(token));
    String dcvv = String.format(Locale.ROOT, "%03d", (700 + issued) % 1000);
    Issued t = new Issued(token, dcvv, par, clock.instant().plus(validity(type)));
    tokens.put(token, t);
    return t;
  }

  static Duration validity(String type) {
    return "ATM".equals(type) || "CREDIT".equals(type) ? LONG_VALIDITY : VALIDITY;
  }

  /** The token when it is known, unused and not expired by the sandbox clock; else null. */
  Issued live(String token) {
    Issued t = token == null ? null : tokens.get(token);
    if (t == null || t.used || t.expiresAt != null && !clock.instant().isBefore(t.expiresAt)) {
      return null;
    }
    return t;
  }
}
