package com.konaplate.sdk.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Whose turn an iteration of an alternating benchmark is: the reference (raw OkHttp, a floor)
 * first, then the SDK, warm-up and measured iterations each counted from their own first.
 * {@link Alternation} splits the measured iterations again.
 */
@State(Scope.Benchmark)
public class Turn {
  volatile boolean sdk;
  private int warmups;
  private int measured;

  /** Runs before each iteration, while no benchmark thread calls. */
  @Setup(Level.Iteration)
  public void next(IterationParams params) {
    int i = params.getType() == IterationType.WARMUP ? warmups++ : measured++;
    sdk = i % 2 == 1;
  }
}
