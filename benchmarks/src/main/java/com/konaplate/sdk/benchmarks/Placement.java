package com.konaplate.sdk.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

/**
 * Where the single-threaded loopback benchmarks run: the loopback server (this JVM) on CPU 0 and
 * each JMH fork on CPU 1, with {@code taskset}, when the machine has both and the tool.
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
  private static final String TASKSET = "taskset";

  /** Null when unpinned. */
  private final Path forkLauncher;
  private final String description;

  private Placement(Path forkLauncher, String description) {
    this.forkLauncher = forkLauncher;
    this.description = description;
  }

  /**
   * Pins this JVM to CPU 0 (its threads now and later) and writes a launcher into
   * {@code workDir} that starts a JVM on CPU 1; unpinned when that cannot be done.
   */
  static Placement pinned(Path workDir) {
    if (Runtime.getRuntime().availableProcessors() < 2) {
      return new Placement(null, "unpinned (one CPU)");
    }
    long pid = ProcessHandle.current().pid();
    if (!run(TASKSET, "-a", "-c", "-p", "0", Long.toString(pid))) {
      return new Placement(null, "unpinned (`taskset` unavailable)");
    }
    Path launcher = workDir.resolve("java-on-cpu1");
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    try {
      Files.write(launcher, ("#!/bin/sh\nexec " + TASKSET + " -c 1 '" + java + "' \"$@\"\n")
          .getBytes(StandardCharsets.UTF_8));
      Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Placement(launcher, "loopback server on CPU 0, each fork on CPU 1 (`taskset`)");
  }

  /** The launcher of forks on CPU 1, or null when unpinned (JMH's default JVM then). */
  String forkJvm() {
    return forkLauncher == null ? null : forkLauncher.toString();
  }

  /** Lets this JVM's threads run on every CPU again (before the multi-threaded benchmarks). */
  void release() {
    if (forkLauncher != null) {
      int last = Runtime.getRuntime().availableProcessors() - 1;
      run(TASKSET, "-a", "-c", "-p", "0-" + last, Long.toString(ProcessHandle.current().pid()));
    }
  }

  /** For the report's machine table. */
  String description() {
    return description;
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
