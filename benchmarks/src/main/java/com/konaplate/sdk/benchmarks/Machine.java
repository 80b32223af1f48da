package com.konaplate.sdk.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** What the figures were measured on. */
public final class Machine {
  private Machine() {
  }

  /** The CPU model named by /proc/cpuinfo, or the JVM's architecture when unavailable. */
  public static String cpuModel() {
    for (String line : lines(Paths.get("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).trim();
      }
    }
    return System.getProperty("os.arch");
  }

  /** Processors the JVM may use. */
  public static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }

  /** The distribution's name (from /etc/os-release) and the kernel. */
  public static String os() {
    String pretty = null;
    for (String line : lines(Paths.get("/etc/os-release"))) {
      if (line.startsWith("PRETTY_NAME=")) {
        pretty = line.substring("PRETTY_NAME=".length()).replace("\"", "");
      }
    }
    String kernel = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
    return pretty == null ? kernel : pretty + ", " + kernel;
  }

  /** Name, vendor and exact version of this JVM. */
  public static String jvm() {
    return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
        + " (" + System.getProperty("java.vm.vendor") + ")";
  }

  /** The total memory of the machine as the JVM sees it, in GiB. */
  public static String memory() {
    try {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      return String.format(java.util.Locale.ROOT, "%.1f GiB",
          os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    } catch (RuntimeException | LinkageError e) {
      return "unknown";
    }
  }

  /** The 1, 5 and 15 minute load averages, e.g. {@code 0.52 0.61 0.70}. */
  public static String loadAverage() {
    List<String> l = lines(Paths.get("/proc/loadavg"));
    if (l.isEmpty()) {
      return String.format(java.util.Locale.ROOT, "%.2f",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
    String[] f = l.get(0).split(" ");
    return f[0] + " " + f[1] + " " + f[2];
  }

  /** The 1 minute load average. */
  public static double load1() {
    return Double.parseDouble(loadAverage().split(" ")[0]);
  }

  private static List<String> lines(Path p) {
    try {
      return Files.readAllLines(p, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
