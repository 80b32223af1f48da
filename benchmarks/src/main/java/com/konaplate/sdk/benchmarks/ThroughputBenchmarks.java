package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.TerminateCardResult;
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
}
