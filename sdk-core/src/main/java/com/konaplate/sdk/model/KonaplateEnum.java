package com.konaplate.sdk.model;

/**
 * The base of the SDK's extensible enums: a fixed set of documented values, plus any other value
 * KONA PLATE sends, kept as it is. Compare with {@code equals} or against the constants.
 * Immutable.
 */
public abstract class KonaplateEnum {
  private final String value;
  private final boolean known;

  KonaplateEnum(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /** The value as it is on the wire. */
  public final String value() {
    return value;
  }

  /** True when openapi.yaml documents this value. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((KonaplateEnum) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The value as it is on the wire. */
  @Override
  public final String toString() {
    return value;
  }
}
