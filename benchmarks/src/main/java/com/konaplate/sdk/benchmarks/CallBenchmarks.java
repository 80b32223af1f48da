package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import java.io.IOException;
import java.security.GeneralSecurityException;
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
import org.openjdk.jmh.infra.Blackhole;

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
    public OkHttpClient rawInMemoryEncrypted;
    public KonaplateClient sdkEncryptedInMemory;
    public StockClient stock;
    public StockClient stockInMemory;

    @Setup(Level.Trial)
    public void start() {
      Placement.pinBenchmarkThread(); // when the report asks: on its own CPU, see Placement
      Endpoint endpoint = Endpoint.get();
      raw = Clients.rawOkHttp();
      rawTerminate = Clients.rawTerminate(endpoint.url);
      rawEncryptedSizes = Clients.rawEncryptedSizes(endpoint.url, endpoint.keys);
      sdk = Clients.sdkPlaintext(endpoint.url);
      sdkEncrypted = Clients.sdkEncrypted(endpoint.url, endpoint.keys);
      // Each client its own pool and dispatcher, as for the loopback clients.
      rawInMemory = inMemory(Fixtures.RESPONSE_JSON, null);
      sdkInMemory = Clients.sdkPlaintext(endpoint.url, inMemory(Fixtures.RESPONSE_JSON, null));
      // A fresh encryption of the success envelope, answered as the loopback server answers it.
      byte[] encryptedAnswer = Endpoint.encryptedAnswer(endpoint.keys);
      rawInMemoryEncrypted = inMemory(encryptedAnswer, Fixtures.CRYPTO_KEY_ID);
      sdkEncryptedInMemory = Clients.sdkEncrypted(endpoint.url, endpoint.keys,
          inMemory(encryptedAnswer, Fixtures.CRYPTO_KEY_ID));
      // The peer: the stock generated client on an OkHttp client configured like the SDK's.
      stock = StockClient.create(endpoint.url, Clients.rawOkHttp());
      stockInMemory = StockClient.create(endpoint.url, inMemory(Fixtures.RESPONSE_JSON, null));
    }

    private static OkHttpClient inMemory(byte[] body, String cryptoKeyId) {
      return Clients.rawOkHttp().newBuilder()
          .socketFactory(new InMemorySocketFactory(body, cryptoKeyId))
          .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
      sdk.close();
      sdkEncrypted.close();
      sdkInMemory.close();
      sdkEncryptedInMemory.close();
      for (OkHttpClient http : new OkHttpClient[] {raw, stock.http()}) {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
      }
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

  /**
   * The peer: the stock openapi-generator client (okhttp-gson) calling terminate, signed by a
   * partner's interceptor. The SDK's plaintext terminate should be faster.
   */
  @Benchmark
  public com.konaplate.peer.model.TerminateCardResult stockClient(Calls c)
      throws com.konaplate.peer.ApiException {
    return c.stock.terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /** The peer over the same in-memory socket as {@link #sdkPlaintextInMemory}. */
  @Benchmark
  public com.konaplate.peer.model.TerminateCardResult stockClientInMemory(Calls c)
      throws com.konaplate.peer.ApiException {
    return c.stockInMemory.terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /** The transport floor of an encrypted call: raw OkHttp with encrypted-size bodies both ways. */
  @Benchmark
  public byte[] rawOkHttpEncryptedSizes(Calls c) throws IOException {
    return Clients.call(c.raw, c.rawEncryptedSizes);
  }

  /**
   * The floor of an encrypted call made as one call: the crypto floor's request sealing, raw
   * OkHttp with an encrypted call's bodies, the crypto floor's response opening, one after the
   * other in one thread, as an encrypted call does them. Against the sum of the separately
   * measured parts this shows what running them together costs on this machine.
   */
  @Benchmark
  public byte[] rawOkHttpWithCryptoFloor(Calls c, CryptoFloorBenchmark.Jca j, Blackhole bh)
      throws IOException, GeneralSecurityException {
    j.sealRequest(bh);
    bh.consume(Clients.call(c.raw, c.rawEncryptedSizes));
    return j.openResponse();
  }

  /** The SDK's encrypted terminate over an in-memory socket answering the encrypted envelope. */
  @Benchmark
  public TerminateCardResult sdkEncryptedInMemory(Calls c) {
    return c.sdkEncryptedInMemory.cards().terminate(Fixtures.USER_ID, Fixtures.PAR);
  }

  /**
   * The reference for {@link #sdkEncryptedInMemory}: the crypto floor around raw OkHttp over the
   * same in-memory socket. The difference is the SDK's own work on an encrypted call, JOSE
   * included, free of network noise.
   */
  @Benchmark
  public byte[] rawOkHttpInMemoryWithCryptoFloor(Calls c, CryptoFloorBenchmark.Jca j,
      Blackhole bh) throws IOException, GeneralSecurityException {
    j.sealRequest(bh);
    bh.consume(Clients.call(c.rawInMemoryEncrypted, c.rawEncryptedSizes));
    return j.openResponse();
  }
}
