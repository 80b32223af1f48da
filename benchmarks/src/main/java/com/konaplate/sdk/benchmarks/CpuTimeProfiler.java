package com.konaplate.sdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, two ways. {@code cpu.time.norm}: the whole benchmark JVM, every thread
 * (OkHttp's task runner and timeout watchdog, JIT and GC too; the loopback server is in another
 * JVM). {@code cpu.worker.norm}: the JMH worker threads only, i.e. the calling threads. Wall time
 * on a shared two-core machine swings with other processes' load; the CPU a call costs the
 * thread that makes it hardly does, so the worker figure tells the SDK's own cost apart from the
 * machine's noise.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long processBefore;
  private Map<Long, Long> workersBefore = new HashMap<>();

  @Override
  public String getDescription() {
    return "CPU time per operation: whole JVM, and JMH worker threads only";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    processBefore = os.getProcessCpuTime();
    workersBefore = workerCpu();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long process = os.getProcessCpuTime() - processBefore;
    long workers = 0;
    for (Map.Entry<Long, Long> e : workerCpu().entrySet()) {
      // A worker started during the iteration counts from zero.
      workers += e.getValue() - workersBefore.getOrDefault(e.getKey(), 0L);
    }
    double ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(
        new ScalarResult("cpu.time.norm", process / 1000.0 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult("cpu.worker.norm", workers / 1000.0 / ops, "us/op",
            AggregationPolicy.AVG));
  }

  /** CPU time so far of each live JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpu() {
    Map<Long, Long> out = new HashMap<>();
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(t.getThreadId());
        if (cpu >= 0) {
          out.put(t.getThreadId(), cpu);
        }
      }
    }
    return out;
  }
}
