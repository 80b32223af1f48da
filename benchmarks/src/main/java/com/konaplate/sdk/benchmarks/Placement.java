package com.konaplate.sdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Where the single-threaded loopback benchmarks run: the loopback server (this JVM, all its
 * threads) on CPU 0 and each fork's benchmark thread on CPU 1, with {@code taskset}, when the
 * machine has both and the tool. A fork starts on CPU 0, its parent's, so its own threads (JIT,
 * GC, JMH's) stay there with the server; the threads its benchmark thread starts (the clients'
 * own: OkHttp's task runner, the SDK's scheduler) inherit CPU 1. Nothing else then competes with
 * the benchmark thread for its CPU, for the SDK and its floor alike.
 *
 * <p>Why: on this two-vCPU virtual machine a loopback round trip took about 25 us when the
 * client and the server thread happened to share a CPU and about 88 us when they did not (the
 * wake-up crosses CPUs through the hypervisor), and the kernel moved them between the two
 * placements on its own, a couple of seconds into a run (measured 2026-12-04, BENCHMARKS.md).
 * Which placement a fork or an iteration got moved its figures by more than the SDK's whole
 * cost. One fixed placement, the same for the SDK and its floor, is what a partner has: the
 * server on another machine, never on the caller's CPU. Unpinned (and said so in the report)
 * where {@code taskset} or a second CPU is missing.
 */
final class Placement {
  /** The fork's system property naming the CPU its benchmark thread is pinned to. */
  static final String WORKER_CPU_PROPERTY = "konaplate.bench.workerCpu";
  private static final String TASKSET = "taskset";

  /**
   * The CPUs this JVM was allowed before it was pinned ({@code taskset}'s list), restored by
   * {@link #release}; null when unpinned. Asked of {@code taskset}, not of the JVM: once pinned
   * the JVM counts only CPU 0, and it caches its count for a while after a change.
   */
  private final String original;
  private final String description;

  private Placement(String original, String description) {
    this.original = original;
    this.description = description;
  }

  /** Pins this JVM (the server's), its threads now and later, to CPU 0; unpinned if it cannot. */
  static Placement pinned() {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return new Placement(null, "unpinned (one CPU)");
    }
    long pid = ProcessHandle.current().pid();
    String original = affinity(pid);
    if (original == null || !taskset("0", pid, true)) {
      return new Placement(null, "unpinned (`taskset` unavailable)");
    }
    return new Placement(original,
        "loopback server on CPU 0, each fork's benchmark thread on CPU 1 (`taskset`)");
  }

  /** The JVM arguments of forks whose benchmark thread runs on CPU 1 (none when unpinned). */
  List<String> forkArguments() {
    return original != null ? Collections.singletonList("-D" + WORKER_CPU_PROPERTY + "=1")
        : Collections.emptyList();
  }

  /**
   * Lets this JVM's threads, and the JVMs it starts from now on, run on every CPU again (before
   * the in-memory, multi-threaded and first-call benchmarks).
   *
   * @throws IllegalStateException when {@code taskset} refuses: the figures after it would come
   *     from one CPU
   */
  void release() {
    if (original != null && !taskset(original, ProcessHandle.current().pid(), true)) {
      throw new IllegalStateException("taskset could not release the report's JVM from CPU 0");
    }
  }

  /** For the report's machine table. */
  String description() {
    return description;
  }

  /**
   * In a fork: pins the calling thread (a benchmark's, from its state's trial set-up) to the CPU
   * of {@value #WORKER_CPU_PROPERTY}, when the report asked for one. JMH's benchmark threads live
   * for the whole run of a benchmark, so the pin holds for every iteration.
   */
  static void pinBenchmarkThread() {
    String cpu = System.getProperty(WORKER_CPU_PROPERTY);
    if (cpu == null) {
      return;
    }
    try {
      // /proc/thread-self -> "<pid>/task/<tid>": the JDK gives no native thread id.
      Path self = Files.readSymbolicLink(Paths.get("/proc/thread-self"));
      long tid = Long.parseLong(self.getFileName().toString());
      if (!taskset(cpu, tid, false)) {
        throw new IllegalStateException("taskset could not pin the benchmark thread");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CPU list {@code pid} may run on ({@code taskset -c -p}), or null when unknown. */
  private static String affinity(long pid) {
    String out = run(List.of(TASKSET, "-c", "-p", Long.toString(pid)));
    // "pid 123's current affinity list: 0,1"
    int colon = out == null ? -1 : out.lastIndexOf(": ");
    return colon < 0 ? null : out.substring(colon + 2);
  }

  /** Sets the CPU list of thread or process {@code id} (with all its threads when asked). */
  private static boolean taskset(String cpus, long id, boolean allThreads) {
    List<String> command = new ArrayList<>(List.of(TASKSET));
    if (allThreads) {
      command.add("-a");
    }
    command.addAll(List.of("-c", "-p", cpus, Long.toString(id)));
    return run(command) != null;
  }

  /** What {@code command} printed, trimmed, or null when it could not run or failed. */
  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
