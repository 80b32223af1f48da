package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.TerminateCardResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One terminate call at a time, the same call through each client: benchmarks 1 to 3 of issue 6
 * and the transport floor of an encrypted call. Allocation per call comes from JMH's gc profiler.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmarks {

  /** The clients of one benchmark run, sharing the JVM's {@link Endpoint}. */
  @State(Scope.Benchmark)
  public static class Calls {
    public OkHttpClient raw;
    public Request rawTerminate;
    public Request rawEncryptedSizes;
    public KonaplateClient sdk;
    public KonaplateClient sdkEncrypted;
    public OkHttpClient rawInMemory;
    public KonaplateClient sdkInMemory;

    @Setup(Level.Trial)
    public void start() {
      Endpoint endpoint = Endpoint.get();
      raw = Clients.rawOkHttp();
      rawTerminate = Clients.rawTerminate(endpoint.url);
      rawEncryptedSizes = Clients.rawEncryptedSizes(endpoint.url, endpoint.keys);
      sdk = Clients.sdkPlaintext(endpoint.url);
      sdkEncrypted = Clients.sdkEncrypted(endpoint.url, endpoint.keys);
      // Each client its own pool and dispatcher, as for the loopback clients.
      rawInMemory = Clients.rawOkHttp().newBuilder()
          .socketFactory(new InMemorySocketFactory(Fixtures.RESPONSE_JSON))
          .build();
      sdkInMemory = Clients.sdkPlaintext(endpoint.url, Clients.rawOkHttp().newBuilder()
          .socketFactory(new InMemorySocketFactory(Fixtures.RESPONSE_JSON))
          .build());
    }

    @TearDown(Level.Trial)
    public void stop() {
      sdk.close();
      sdkEncrypted.close();
      sdkInMemory.close();
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
    }
  }

  /** 1. The floor: a raw OkHttp POST of the same body with the same headers. */
  @Benchmark
  public byte[] rawOkHttp(Calls c) throws IOException {
    return Clients.call(c.raw, c.rawTerminate);
  }

  /** 2. The SDK's plaintext terminate: validate, serialize, sign, send, read, classify. */
  @Benchmark
  public TerminateCardResult sdkPlaintext(Calls c) {
    return c.sdk.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /**
   * 3. The SDK's terminate with request and response encryption: JWE to the server's key, the
   * prepared encrypted answer decrypted with the client's key.
   */
  @Benchmark
  public TerminateCardResult sdkEncrypted(Calls c) {
    return c.sdkEncrypted.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /**
   * The client's own work only: raw OkHttp over an in-memory socket (no server, no system call,
   * no other thread), the reference for {@link #sdkPlaintextInMemory}.
   */
  @Benchmark
  public byte[] rawOkHttpInMemory(Calls c) throws IOException {
    return Clients.call(c.rawInMemory, c.rawTerminate);
  }

  /**
   * The SDK's plaintext terminate over the same in-memory socket: the difference to
   * {@link #rawOkHttpInMemory} is the SDK's CPU cost per call, free of network noise.
   */
  @Benchmark
  public TerminateCardResult sdkPlaintextInMemory(Calls c) {
    return c.sdkInMemory.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /** The transport floor of an encrypted call: raw OkHttp with encrypted-size bodies both ways. */
  @Benchmark
  public byte[] rawOkHttpEncryptedSizes(Calls c) throws IOException {
    return Clients.call(c.raw, c.rawEncryptedSizes);
  }
}
