package com.konaplate.sdk.benchmarks;

import com.google.gson.Gson;
import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.ChargeRequest;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.ListCardTransactionsRequest;
import com.konaplate.sdk.model.PageRequest;
import com.konaplate.sdk.model.Transaction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * Money, plaintext both ways as openapi.yaml has it, through the SDK and against its floor: a
 * charge from the registered bank account ({@code charges().fromBankAccount}, the SDK making the
 * sequenceId), and a walk of the transaction history over {@value Fixtures#HISTORY_PAGES} pages
 * of {@value Fixtures#HISTORY_PAGE_SIZE} transactions ({@code transactions().history} consumed
 * to the end). The floor of each is raw OkHttp sending the same requests (built and signed once)
 * and Gson's reflective {@code fromJson} of each answer into {@link HandWrittenMoney}'s plain
 * classes, with the result code checked, one after the other in one thread.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MoneyBenchmarks {

  /** The clients of one benchmark run, sharing the JVM's {@link Endpoint}. */
  @State(Scope.Benchmark)
  public static class Money {
    public OkHttpClient raw;
    public Request rawCharge;
    public Request[] rawHistory;
    public KonaplateClient sdk;
    public OkHttpClient rawChargeInMemory;
    public KonaplateClient sdkChargeInMemory;
    public OkHttpClient rawHistoryInMemory;
    public KonaplateClient sdkHistoryInMemory;
    /** A partner's Gson: made once, reflective. */
    public Gson gson;

    @Setup(Level.Trial)
    public void start() {
      Placement.pinBenchmarkThread(); // when the report asks: on its own CPU, see Placement
      Endpoint endpoint = Endpoint.get();
      raw = Clients.rawOkHttp();
      rawCharge = Clients.rawCharge(endpoint.url);
      rawHistory = Clients.rawHistoryPages(endpoint.url);
      sdk = Clients.sdkPlaintext(endpoint.url);
      // Over in-memory sockets answering the charge's answer, or the pages in order, each
      // client its own.
      rawChargeInMemory = inMemory(List.of(MoneyFixture.CHARGE_RESPONSE_JSON));
      sdkChargeInMemory = Clients.sdkPlaintext(endpoint.url,
          inMemory(List.of(MoneyFixture.CHARGE_RESPONSE_JSON)));
      rawHistoryInMemory = inMemory(MoneyFixture.HISTORY_PAGES_JSON);
      sdkHistoryInMemory = Clients.sdkPlaintext(endpoint.url,
          inMemory(MoneyFixture.HISTORY_PAGES_JSON));
      gson = new Gson();
    }

    private static OkHttpClient inMemory(List<byte[]> bodies) {
      return Clients.rawOkHttp().newBuilder()
          .socketFactory(new InMemorySocketFactory(bodies, null))
          .build();
    }

    @TearDown(Level.Trial)
    public void stop() {
      sdk.close();
      sdkChargeInMemory.close();
      sdkHistoryInMemory.close();
      raw.dispatcher().executorService().shutdown();
      raw.connectionPool().evictAll();
    }
  }

  /**
   * The SDK's charge: build and check the request, make the sequenceId, write the body, sign,
   * send, read the typed result.
   */
  @Benchmark
  public ChargeResult sdkCharge(Money m) {
    return charge(m.sdk);
  }

  /** The floor of {@link #sdkCharge}: raw OkHttp sends the same charge, Gson reads the answer. */
  @Benchmark
  public HandWrittenMoney.ChargeAnswer chargeFloor(Money m) throws IOException {
    return chargeFloor(m.gson, m.raw, m.rawCharge);
  }

  /** {@link #sdkCharge} over an in-memory socket: the SDK's own work, free of network noise. */
  @Benchmark
  public ChargeResult sdkChargeInMemory(Money m) {
    return charge(m.sdkChargeInMemory);
  }

  /** {@link #chargeFloor} over the same in-memory socket, the reference of the row above. */
  @Benchmark
  public HandWrittenMoney.ChargeAnswer chargeFloorInMemory(Money m) throws IOException {
    return chargeFloor(m.gson, m.rawChargeInMemory, m.rawCharge);
  }

  /**
   * The SDK's history walk: every transaction of the period, the pages fetched as they are
   * consumed; returns the sum of their amounts.
   */
  @Benchmark
  public long sdkHistory(Money m) {
    return history(m.sdk);
  }

  /**
   * The floor of {@link #sdkHistory}: raw OkHttp sends page after page until the answer's
   * {@code totalPages}, Gson reads each page into plain classes; the same sum.
   */
  @Benchmark
  public long historyFloor(Money m) throws IOException {
    return historyFloor(m.gson, m.raw, m.rawHistory);
  }

  /** {@link #sdkHistory} over an in-memory socket answering the pages in order. */
  @Benchmark
  public long sdkHistoryInMemory(Money m) {
    return history(m.sdkHistoryInMemory);
  }

  /** {@link #historyFloor} over the same in-memory socket, the reference of the row above. */
  @Benchmark
  public long historyFloorInMemory(Money m) throws IOException {
    return historyFloor(m.gson, m.rawHistoryInMemory, m.rawHistory);
  }

  /**
   * The walk and its floor in alternate iterations of one fork, the floor first
   * ({@link Alternation} splits them): neighbouring iterations share the fork's JIT, heap and
   * machine state, which on a shared two-core machine differ from fork to fork by more than the
   * two walks differ.
   */
  @Benchmark
  public long historyAlternating(Money m, Turn turn) throws IOException {
    return turn.sdk ? sdkHistory(m) : historyFloor(m);
  }

  /**
   * The charge and its floor in alternate iterations of one fork, the floor first, as the walk
   * ({@link #historyAlternating}): separate forks of the charge ran at speeds that differed by
   * about as much as the target's margin.
   */
  @Benchmark
  public Object chargeAlternating(Money m, Turn turn) throws IOException {
    return turn.sdk ? sdkCharge(m) : chargeFloor(m);
  }

  /** A charge as a partner makes one: a request built for it, no sequenceId of its own. */
  static ChargeResult charge(KonaplateClient client) {
    return client.charges().fromBankAccount(ChargeRequest.builder()
        .userId(Fixtures.USER_ID)
        .amount(Fixtures.CHARGE_AMOUNT)
        .oneTimeToken(Fixtures.ONE_TIME_TOKEN)
        .dcvv(Fixtures.DCVV)
        .merchantId(Fixtures.MERCHANT_ID)
        .build());
  }

  /** The history request of the walk: the card, the period, pages of the fixture's size. */
  static ListCardTransactionsRequest historyRequest() {
    return ListCardTransactionsRequest.builder()
        .userId(Fixtures.USER_ID)
        .par(Fixtures.PAR)
        .startDate(Fixtures.HISTORY_START_DATE)
        .endDate(Fixtures.HISTORY_END_DATE)
        .pageRequest(PageRequest.builder().pageSize((long) Fixtures.HISTORY_PAGE_SIZE).build())
        .build();
  }

  static long history(KonaplateClient client) {
    long total = 0;
    for (Transaction t : client.transactions().history(historyRequest())) {
      total += t.trAmount();
    }
    return total;
  }

  static HandWrittenMoney.ChargeAnswer chargeFloor(Gson gson, OkHttpClient http, Request charge)
      throws IOException {
    HandWrittenMoney.ChargeAnswer a = gson.fromJson(text(Clients.call(http, charge)),
        HandWrittenMoney.ChargeAnswer.class);
    if (a.response == null || !"000_000".equals(a.response.code)) {
      throw new IOException("not a success");
    }
    return a;
  }

  /** As a partner writes the walk: page after page until the answer says it was the last. */
  static long historyFloor(Gson gson, OkHttpClient http, Request[] pages) throws IOException {
    long total = 0;
    int page = 0;
    long totalPages;
    do {
      HandWrittenMoney.HistoryPage p = gson.fromJson(text(Clients.call(http, pages[page])),
          HandWrittenMoney.HistoryPage.class);
      if (p.response == null || !"000_000".equals(p.response.code)) {
        throw new IOException("not a success");
      }
      if (p.transactionInfo != null) {
        for (HandWrittenMoney.TransactionItem t : p.transactionInfo) {
          total += t.trAmount;
        }
      }
      totalPages = p.pageResponse == null || p.pageResponse.totalPages == null ? 0
          : p.pageResponse.totalPages;
      page++;
    } while (page < totalPages);
    return total;
  }

  /** As a partner writes it: the answer's bytes as a String, for Gson. */
  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
