package com.konaplate.sdk.spec;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an operation that issues a short-lived token says about it ({@code x-konaplate-token}):
 * the result field that carries the token and how long it is valid, by default or by a value
 * of a request field (a one-time token: 30 seconds, 5 minutes for {@code type} {@code ATM} or
 * {@code CREDIT}). Immutable.
 */
public final class TokenDescriptor {
  private final String field;
  private final Duration validity;
  private final String by;
  private final Map<String, Duration> validityByValue;

  TokenDescriptor(String field, Duration validity, String by, Map<String, Duration> byValue) {
    this.field = field;
    this.validity = validity;
    this.by = by;
    this.validityByValue = Collections.unmodifiableMap(new LinkedHashMap<>(byValue));
  }

  /** The result field that carries the token. */
  public String field() {
    return field;
  }

  /** How long a token is valid when {@link #by()} names no other validity. */
  public Duration validity() {
    return validity;
  }

  /** The request field whose value may choose another validity, or null. */
  public String by() {
    return by;
  }

  /** The validity per value of {@link #by()}. */
  public Map<String, Duration> validityByValue() {
    return validityByValue;
  }

  /** The validity of a token issued for a request whose {@link #by()} field has {@code value}. */
  public Duration validityFor(String value) {
    Duration d = value == null ? null : validityByValue.get(value);
    return d == null ? validity : d;
  }

  @Override
  public String toString() {
    return "Token{" + field + " " + validity + (by == null ? "" : " by " + by) + "}";
  }
}
