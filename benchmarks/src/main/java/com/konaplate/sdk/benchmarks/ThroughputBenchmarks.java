package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.model.TerminateCardResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * 6. Throughput of plaintext terminate calls with N threads sharing one client (the report runs
 * it with 1, 8 and 32 threads), against raw OkHttp with the same threads and one shared
 * OkHttpClient configured like the SDK's.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ThroughputBenchmarks {

  @Benchmark
  public byte[] rawOkHttp(CallBenchmarks.Calls c) throws IOException {
    return Clients.call(c.raw, c.rawTerminate);
  }

  @Benchmark
  public TerminateCardResult sdkPlaintext(CallBenchmarks.Calls c) {
    return c.sdk.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /**
   * Raw OkHttp and the SDK in alternate iterations of one fork: measured iterations 1, 3, 5...
   * are raw OkHttp's and 2, 4, 6... the SDK's ({@link Alternation} splits them). Neighbouring
   * iterations share the fork's JIT, heap and machine state, which at 32 threads on two cores
   * differ from fork to fork by more than the two clients differ.
   */
  @Benchmark
  public Object alternating(CallBenchmarks.Calls c, Turn turn) throws IOException {
    return turn.sdk ? sdkPlaintext(c) : rawOkHttp(c);
  }
}
