package com.konaplate.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM per operation ({@code cpu.time.norm}, µs/op), every thread
 * included (OkHttp's task runner and timeout watchdog too, the loopback server is in another
 * JVM). Wall time on a shared two-core machine swings with other processes' load; the CPU a call
 * costs its client hardly does, so this column tells the SDK's cost apart from the machine's
 * noise.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long before;

  @Override
  public String getDescription() {
    return "Process CPU time per operation, all threads of the benchmark JVM";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpuNanos = os.getProcessCpuTime() - before;
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult("cpu.time.norm", cpuNanos / 1000.0 / ops, "us/op",
        AggregationPolicy.AVG));
  }
}
