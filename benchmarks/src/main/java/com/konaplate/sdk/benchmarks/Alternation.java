package com.konaplate.sdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The figures of an alternating benchmark ({@link ThroughputBenchmarks#alternating},
 * {@link MoneyBenchmarks#historyAlternating}, {@link MoneyBenchmarks#chargeAlternating}): each
 * fork's measured iterations split into the reference's (1st, 3rd...) and the SDK's (2nd,
 * 4th...), and the SDK/reference ratio of each neighbouring pair. Intervals are 99.9% Student's
 * t, as JMH's.
 */
final class Alternation {
  private static final double CONFIDENCE = 0.999;

  final Figure raw;
  final Figure sdk;
  /** Mean of the per-pair ratios SDK / raw. */
  final Figure ratio;
  final Figure rawCpu;
  final Figure sdkCpu;
  final int pairs;

  private Alternation(List<Double> raw, List<Double> sdk, List<Double> ratios,
      List<Double> rawCpu, List<Double> sdkCpu) {
    this.raw = figure(raw);
    this.sdk = figure(sdk);
    this.ratio = figure(ratios);
    this.rawCpu = rawCpu.isEmpty() ? new Figure(Double.NaN, 0) : figure(rawCpu);
    this.sdkCpu = sdkCpu.isEmpty() ? new Figure(Double.NaN, 0) : figure(sdkCpu);
    this.pairs = ratios.size();
  }

  static Alternation of(RunResult result) {
    List<Double> raw = new ArrayList<>();
    List<Double> sdk = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    List<Double> rawCpu = new ArrayList<>();
    List<Double> sdkCpu = new ArrayList<>();
    for (BenchmarkResult fork : result.getBenchmarkResults()) {
      List<IterationResult> its = new ArrayList<>(fork.getIterationResults());
      for (int i = 0; i + 1 < its.size(); i += 2) {
        double r = its.get(i).getPrimaryResult().getScore();
        double s = its.get(i + 1).getPrimaryResult().getScore();
        raw.add(r);
        sdk.add(s);
        ratios.add(s / r);
        addCpu(rawCpu, its.get(i));
        addCpu(sdkCpu, its.get(i + 1));
      }
    }
    return new Alternation(raw, sdk, ratios, rawCpu, sdkCpu);
  }

  private static void addCpu(List<Double> into, IterationResult iteration) {
    Result<?> cpu = iteration.getSecondaryResults().get("cpu.time.norm");
    if (cpu != null) {
      into.add(cpu.getScore());
    }
  }

  private static Figure figure(List<Double> values) {
    Stats s = Stats.of(values, CONFIDENCE);
    return new Figure(s.mean, s.error);
  }
}
