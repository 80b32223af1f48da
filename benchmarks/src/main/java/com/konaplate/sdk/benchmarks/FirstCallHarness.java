package com.konaplate.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 8. Launches {@link FirstCallProbe} in fresh JVMs ({@code java -cp <this classpath>}), the modes
 * interleaved round after round so that a change of machine load touches all of them alike, and
 * collects each JVM's time from {@code main} to the first response, and the whole process's wall
 * time (JVM start and exit included) as seen from here. One unmeasured launch per mode first warms
 * the file cache.
 */
public final class FirstCallHarness {
  public static final String[] MODES = {"raw", "sdk", "sdk-encrypted", "raw-search",
      "sdk-search"};

  private FirstCallHarness() {
  }

  /** The samples of one mode, in milliseconds. */
  public static final class Samples {
    public final List<Double> firstCallMillis = new ArrayList<>();
    public final List<Double> processMillis = new ArrayList<>();
  }

  /** Runs {@code rounds} rounds against the server at {@code url}; keys for the encrypted mode. */
  public static Map<String, Samples> run(int rounds, String url, Path keyDir) {
    Map<String, Samples> out = new LinkedHashMap<>();
    for (String mode : MODES) {
      out.put(mode, new Samples());
      launch(mode, url, keyDir); // warm the file cache; not counted
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < MODES.length; i++) {
        // Rotate the order each round: no mode always runs right after another.
        String mode = MODES[(i + round) % MODES.length];
        long begin = System.nanoTime();
        double firstCall = launch(mode, url, keyDir);
        double process = (System.nanoTime() - begin) / 1e6;
        out.get(mode).firstCallMillis.add(firstCall);
        out.get(mode).processMillis.add(process);
      }
    }
    return out;
  }

  /** Runs one probe JVM to its end; returns its time from main to first response, in ms. */
  static double launch(String mode, String url, Path keyDir) {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(FirstCallProbe.class.getName());
    command.add(mode);
    command.add(url);
    command.add(keyDir.toString());
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String micros = null;
      StringBuilder all = new StringBuilder();
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          all.append(line).append('\n');
          if (line.startsWith("first-call-micros=")) {
            micros = line.substring("first-call-micros=".length());
          }
        }
      }
      int exit = p.waitFor();
      if (exit != 0 || micros == null) {
        throw new IllegalStateException("probe " + mode + " failed (exit " + exit + "):\n" + all);
      }
      return Long.parseLong(micros) / 1000.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
