package com.konaplate.sdk.benchmarks;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Runs the loopback server alone, for ad-hoc JMH runs against it: generates keys into the given
 * directory, prints {@code -Dkonaplate.bench.port=… -Dkonaplate.bench.keys=…} (the JVM arguments
 * to give the benchmark forks) and serves until killed.
 */
public final class LoopbackServerMain {
  private LoopbackServerMain() {
  }

  public static void main(String[] args) throws Exception {
    Path keyDir = Paths.get(args.length > 0 ? args[0] : "target/bench-keys").toAbsolutePath();
    BenchKeys keys = BenchKeys.generate();
    keys.writeTo(keyDir);
    try (LoopbackServer server = Endpoint.startServer(keys)) {
      System.out.println("-D" + Endpoint.PORT_PROPERTY + "=" + server.port() + " -D"
          + Endpoint.KEYS_PROPERTY + "=" + keyDir);
      System.out.flush();
      Thread.currentThread().join();
    }
  }
}
