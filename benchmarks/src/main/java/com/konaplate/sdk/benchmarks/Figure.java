package com.konaplate.sdk.benchmarks;

import java.util.Locale;

/** A measured value and the half-width of its confidence interval. */
public final class Figure {
  public final double value;
  public final double error;

  public Figure(double value, double error) {
    this.value = value;
    this.error = Double.isNaN(error) ? 0 : Math.abs(error);
  }

  /** {@code this / other}, its error propagated from both relative errors. */
  public Figure over(Figure other) {
    double r = value / other.value;
    return new Figure(r, r * Math.hypot(error / value, other.error / other.value));
  }

  /** {@code this + other}, errors added in quadrature. */
  public Figure plus(Figure other) {
    return new Figure(value + other.value, Math.hypot(error, other.error));
  }

  /** {@code this - other}, errors added in quadrature. */
  public Figure minus(Figure other) {
    return new Figure(value - other.value, Math.hypot(error, other.error));
  }

  /** {@code this * factor}. */
  public Figure times(double factor) {
    return new Figure(value * factor, error * factor);
  }

  /** e.g. {@code 241.3 ± 4.2} with {@code decimals} digits after the point. */
  public String format(int decimals) {
    String f = "%,." + decimals + "f";
    return String.format(Locale.ROOT, f + " ± " + f, value, error);
  }
}
