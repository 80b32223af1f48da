package com.konaplate.sdk.benchmarks;

import com.google.gson.Gson;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.SearchCardsResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * Search for Card with an encrypted answer of {@value Fixtures#SEARCH_CARDS} cards (every field of
 * {@code Card} filled), through the SDK and against its floor: raw OkHttp sending the same
 * request, the JCA work of opening the answer (RSA-OAEP-256 unwrap and AES-GCM of a body of that
 * size, as the crypto floor does it) and Gson's reflective {@code fromJson} of the decrypted JSON
 * into {@link HandWrittenSearchResult}, one after the other in one thread, as one call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmarks {

  /** The clients of one benchmark run, sharing the JVM's {@link Endpoint}. */
  @State(Scope.Benchmark)
  public static class Search {
    public OkHttpClient raw;
    public Request rawSearch;
    public KonaplateClient sdk;
    public OkHttpClient rawInMemory;
    public KonaplateClient sdkInMemory;
    /** A partner's Gson: made once, reflective. */
    public Gson gson;

    @Setup(Level.Trial)
    public void start() {
      Placement.pinBenchmarkThread(); // when the report asks: on its own CPU, see Placement
      Endpoint endpoint = Endpoint.get();
      raw = Clients.rawOkHttp();
      rawSearch = Clients.rawSearch(endpoint.url);
      sdk = Clients.sdkSearch(endpoint.url, endpoint.keys);
      // Over in-memory sockets answering a fresh encryption of the same 20 cards.
      byte[] answer = Endpoint.encryptedAnswer(endpoint.keys, SearchFixture.RESPONSE_JSON);
      rawInMemory = inMemory(answer);
      sdkInMemory = Clients.sdkSearch(endpoint.url, endpoint.keys, inMemory(answer));
      gson = new Gson();
    }

    private static OkHttpClient inMemory(byte[] body) {
      return Clients.rawOkHttp().newBuilder()
          .socketFactory(new InMemorySocketFactory(body, Fixtures.CRYPTO_KEY_ID))
          .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
      sdk.close();
      sdkInMemory.close();
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
    }
  }

  /** The SDK's Search for Card: sign, send, read, decrypt, check, read 20 typed cards. */
  @Benchmark
  public SearchCardsResult sdkSearch(Search s) {
    return s.sdk.cards().search(Fixtures.USER_ID);
  }

  /**
   * The floor of {@link #sdkSearch} as one call: raw OkHttp sends the same request and reads the
   * encrypted answer, the JCA opens an answer of that size, Gson reads the JSON into plain
   * classes.
   */
  @Benchmark
  public HandWrittenSearchResult searchFloor(Search s, CryptoFloorBenchmark.Jca j)
      throws IOException, GeneralSecurityException {
    byte[] encrypted = Clients.call(s.raw, s.rawSearch);
    if (encrypted.length == 0) {
      throw new IOException("empty answer");
    }
    return checked(parse(s.gson, j.openSearchResponse()));
  }

  /** The transport part of the floor alone: raw OkHttp, same request, the encrypted answer. */
  @Benchmark
  public byte[] rawOkHttpSearch(Search s) throws IOException {
    return Clients.call(s.raw, s.rawSearch);
  }

  /** The parse part of the floor alone: Gson's reflective fromJson of the decrypted JSON. */
  @Benchmark
  public HandWrittenSearchResult gsonSearchParse(Search s) {
    return parse(s.gson, SearchFixture.RESPONSE_JSON);
  }

  /** {@link #sdkSearch} over an in-memory socket: the SDK's own work, free of network noise. */
  @Benchmark
  public SearchCardsResult sdkSearchInMemory(Search s) {
    return s.sdkInMemory.cards().search(Fixtures.USER_ID);
  }

  /** {@link #searchFloor} over the same in-memory socket, the reference of the row above. */
  @Benchmark
  public HandWrittenSearchResult searchFloorInMemory(Search s, CryptoFloorBenchmark.Jca j)
      throws IOException, GeneralSecurityException {
    byte[] encrypted = Clients.call(s.rawInMemory, s.rawSearch);
    if (encrypted.length == 0) {
      throw new IOException("empty answer");
    }
    return checked(parse(s.gson, j.openSearchResponse()));
  }

  /** The least a partner checks: the result code of success. */
  private static HandWrittenSearchResult checked(HandWrittenSearchResult r) throws IOException {
    if (r.response == null || !"000_000".equals(r.response.code)) {
      throw new IOException("not a success");
    }
    return r;
  }

  /** As a partner writes it: the decrypted bytes as a String, then Gson into the plain classes. */
  static HandWrittenSearchResult parse(Gson gson, byte[] json) {
    return gson.fromJson(new String(json, StandardCharsets.UTF_8), HandWrittenSearchResult.class);
  }
}
