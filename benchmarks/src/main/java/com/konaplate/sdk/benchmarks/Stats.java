package com.konaplate.sdk.benchmarks;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/** A sample's mean and the half-width of its confidence interval (Student's t). */
public final class Stats {
  public final int n;
  public final double mean;
  public final double stdev;
  public final double error;
  public final double min;
  public final double max;

  private Stats(int n, double mean, double stdev, double error, double min, double max) {
    this.n = n;
    this.mean = mean;
    this.stdev = stdev;
    this.error = error;
    this.min = min;
    this.max = max;
  }

  /** The mean of {@code values} and its {@code confidence} (e.g. 0.95) interval half-width. */
  public static Stats of(List<Double> values, double confidence) {
    int n = values.size();
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double mean = sum / n;
    double sq = 0;
    for (double v : values) {
      sq += (v - mean) * (v - mean);
    }
    double stdev = n > 1 ? Math.sqrt(sq / (n - 1)) : Double.NaN;
    double error = n > 1
        ? new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2)
            * stdev / Math.sqrt(n)
        : Double.NaN;
    return new Stats(n, mean, stdev, error, min, max);
  }
}
