package com.konaplate.sdk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.model.Card;
import com.konaplate.sdk.model.ChargeResult;
import com.konaplate.sdk.model.SearchCardsResult;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.model.Transaction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Every benchmark method once, against the in-process loopback server: they work and they
 * compare like with like. Never asserts a timing.
 */
class BenchmarksSmokeTest {
  private static final Blackhole BLACKHOLE = new Blackhole("Today's password is swordfish. "
      + "I understand instantiating Blackholes directly is dangerous.");
  private static CallBenchmarks.Calls calls;
  private static SearchBenchmarks.Search search;
  private static CryptoFloorBenchmark.Jca jca;
  private static MoneyBenchmarks.Money money;

  @BeforeAll
  static void start() throws Exception {
    calls = new CallBenchmarks.Calls();
    calls.start();
    search = new SearchBenchmarks.Search();
    search.start();
    jca = new CryptoFloorBenchmark.Jca();
    jca.prepare();
    money = new MoneyBenchmarks.Money();
    money.start();
  }

  @AfterAll
  static void stop() {
    calls.stop();
    search.stop();
    money.stop();
  }

  @Test
  void moneyBenchmarks_chargeAndWalkTenPagesOfTen() throws Exception {
    MoneyBenchmarks b = new MoneyBenchmarks();
    long total = MoneyFixture.historyAmountTotal();
    for (int i = 0; i < 2; i++) {
      // Twice: the in-memory socket answers the pages in turn, one per call.
      assertSdkCharge(b.sdkCharge(money));
      assertSdkCharge(b.sdkChargeInMemory(money));
      assertFloorCharge(b.chargeFloor(money));
      assertFloorCharge(b.chargeFloorInMemory(money));
      assertEquals(total, b.sdkHistory(money));
      assertEquals(total, b.sdkHistoryInMemory(money));
      assertEquals(total, b.historyFloor(money));
      assertEquals(total, b.historyFloorInMemory(money));
    }
  }

  @Test
  void alternatingWalk_runsTheFloorThenTheSdk_eachReadingEveryPage() throws Exception {
    MoneyBenchmarks b = new MoneyBenchmarks();
    Turn turn = new Turn();
    assertEquals(MoneyFixture.historyAmountTotal(), b.historyAlternating(money, next(turn, false)));
    assertEquals(MoneyFixture.historyAmountTotal(), b.historyAlternating(money, next(turn, true)));
  }

  @Test
  void alternatingCharge_runsTheFloorThenTheSdk_eachChargingOnce() throws Exception {
    MoneyBenchmarks b = new MoneyBenchmarks();
    Turn turn = new Turn();
    assertFloorCharge((HandWrittenMoney.ChargeAnswer) b.chargeAlternating(money,
        next(turn, false)));
    assertSdkCharge((ChargeResult) b.chargeAlternating(money, next(turn, true)));
  }

  /** {@code turn} moved to the next measured iteration, checked to be the SDK's or the floor's. */
  private static Turn next(Turn turn, boolean sdk) {
    turn.next(iteration(IterationType.MEASUREMENT));
    assertEquals(sdk, turn.sdk, sdk ? "then the SDK" : "the floor first");
    return turn;
  }

  @Test
  void historyWalk_readsThePagesInOrderWhateverTheSocket() {
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < Fixtures.HISTORY_PAGES * Fixtures.HISTORY_PAGE_SIZE; i++) {
      expected.add(String.format(Locale.ROOT, "NR%016d", 34000L + i));
    }
    for (com.konaplate.sdk.KonaplateClient client
        : new com.konaplate.sdk.KonaplateClient[] {money.sdk, money.sdkHistoryInMemory}) {
      List<String> read = new ArrayList<>();
      for (Transaction t : client.transactions().history(MoneyBenchmarks.historyRequest())) {
        read.add(t.nrNumber());
        assertTrue(t.unknownFields().isEmpty(), t.unknownFields().toString());
        assertNotNull(t.rechargeCancelable());
      }
      assertEquals(expected, read);
    }
  }

  @Test
  void chargeFloor_sendsTheSdksBodyWithTheSdksHeaders() throws Exception {
    LoopbackServer server = Endpoint.get().localServer;
    server.recordRequests();
    ChargeResult charge = new MoneyBenchmarks().sdkCharge(money);
    String sdk = server.lastRequest();
    new MoneyBenchmarks().chargeFloor(money);
    String raw = server.lastRequest();

    // The same bytes but the sequenceId: the SDK made its own, of the floor's form and length.
    assertEquals(30, charge.sequenceId().length());
    assertTrue(charge.sequenceId().matches("[0-9]{12}[0-9A-Z]{18}"), charge.sequenceId());
    assertEquals(new String(Fixtures.CHARGE_REQUEST_JSON, StandardCharsets.UTF_8)
        .replace(Fixtures.CHARGE_SEQUENCE_ID, charge.sequenceId()), body(sdk));
    assertEquals(new String(Fixtures.CHARGE_REQUEST_JSON, StandardCharsets.UTF_8), body(raw));
    assertEquals(headerNames(sdk), headerNames(raw));
    assertEquals(sdk.substring(0, sdk.indexOf('\r')), raw.substring(0, raw.indexOf('\r')));
  }

  @Test
  void historyFloor_sendsTheSdksTenRequestsWithTheSdksHeaders() throws Exception {
    LoopbackServer server = Endpoint.get().localServer;
    server.recordRequests();
    new MoneyBenchmarks().sdkHistory(money);
    List<String> sdk = server.recordedRequests();
    server.recordRequests();
    new MoneyBenchmarks().historyFloor(money);
    List<String> raw = server.recordedRequests();

    assertEquals(Fixtures.HISTORY_PAGES, sdk.size());
    assertEquals(Fixtures.HISTORY_PAGES, raw.size());
    for (int p = 0; p < Fixtures.HISTORY_PAGES; p++) {
      assertEquals(new String(Fixtures.historyRequestJson(p), StandardCharsets.UTF_8),
          body(sdk.get(p)));
      assertEquals(body(sdk.get(p)), body(raw.get(p)));
      assertEquals(headerNames(sdk.get(p)), headerNames(raw.get(p)));
      assertEquals(sdk.get(p).substring(0, sdk.get(p).indexOf('\r')),
          raw.get(p).substring(0, raw.get(p).indexOf('\r')));
    }
  }

  private static void assertSdkCharge(ChargeResult r) {
    assertEquals("NR0000000000000001", r.nrNumber());
    assertTrue(!r.isPending());
    assertEquals(30, r.sequenceId().length());
  }

  private static void assertFloorCharge(HandWrittenMoney.ChargeAnswer a) {
    assertEquals("NR0000000000000001", a.nrNumber);
    assertTrue(!a.isPending);
    assertEquals("000_000", a.response.code);
  }

  @Test
  void searchBenchmarks_readTwentyCardsWithTheirBalances() throws Exception {
    SearchBenchmarks b = new SearchBenchmarks();
    for (int i = 0; i < 3; i++) {
      // Several calls: the in-memory socket answers one encrypted answer per call.
      assertSdkCards(b.sdkSearch(search));
      assertSdkCards(b.sdkSearchInMemory(search));
      assertFloorCards(b.searchFloor(search, jca));
      assertFloorCards(b.searchFloorInMemory(search, jca));
    }
    assertFloorCards(b.gsonSearchParse(search));
    assertTrue(new String(b.rawOkHttpSearch(search), StandardCharsets.US_ASCII)
        .startsWith("{\"encData\":\""));
    assertArrayEquals(SearchFixture.RESPONSE_JSON, new CryptoFloorBenchmark()
        .cryptoFloorSearchResponse(jca));
    CryptoFloorBenchmark.Jwe jwe = new CryptoFloorBenchmark.Jwe();
    jwe.prepare();
    assertArrayEquals(SearchFixture.RESPONSE_JSON,
        new CryptoFloorBenchmark().sdkJweSearchResponse(jwe));
  }

  @Test
  void searchFloor_readsWhatTheSdkReads() {
    SearchCardsResult sdk = new SearchBenchmarks().sdkSearch(search);
    HandWrittenSearchResult floor = new SearchBenchmarks().gsonSearchParse(search);
    for (int i = 0; i < Fixtures.SEARCH_CARDS; i++) {
      Card a = sdk.cards().get(i);
      HandWrittenSearchResult.CardItem b = floor.cardDataInfo.get(i);
      assertEquals(a.par(), b.par);
      assertEquals(27, a.par().length());
      assertEquals(a.limits().day(), b.limits.day);
      assertEquals(a.pendingAmount(), b.pendingAmount);
      assertEquals(a.isNamed(), b.isNamed);
      assertEquals(a.serviceName(), b.serviceName);
      assertEquals(a.mobileCardStatus().value(), b.mobileCardStatus.name());
      assertEquals(a.physicalCardStatus().value(), b.physicalCardStatus.name());
      assertEquals(a.bankInfo().bankName(), b.bankInfo.bankName);
      assertEquals(a.cardPointInfo().get(0).remainingPoint(), b.cardPointInfo.get(0).remainingPoint);
      assertEquals(a.maxNonRealNameRechargeAmount(), b.maxNonRealNameRechargeAmount);
      // Every field is declared: nothing left over as unknown.
      assertTrue(a.unknownFields().isEmpty(), a.unknownFields().toString());
    }
  }

  @Test
  void searchFloor_sendsTheSdksBodyWithTheSdksHeaders() throws Exception {
    LoopbackServer server = Endpoint.get().localServer;
    server.recordRequests();
    new SearchBenchmarks().sdkSearch(search);
    String sdk = server.lastRequest();
    new SearchBenchmarks().rawOkHttpSearch(search);
    String raw = server.lastRequest();

    assertEquals(new String(Fixtures.SEARCH_REQUEST_JSON, StandardCharsets.UTF_8), body(sdk));
    assertEquals(body(sdk), body(raw));
    assertEquals(headerNames(sdk), headerNames(raw));
    assertEquals(sdk.substring(0, sdk.indexOf('\r')), raw.substring(0, raw.indexOf('\r')));
  }

  @Test
  void stockClient_terminatesWithTheSdksBodyAndSignedHeaders() throws Exception {
    CallBenchmarks b = new CallBenchmarks();
    for (int i = 0; i < 3; i++) {
      assertEquals("000_000", b.stockClient(calls).getResponse().getCode());
      assertEquals("000_000", b.stockClientInMemory(calls).getResponse().getCode());
    }
    LoopbackServer server = Endpoint.get().localServer;
    server.recordRequests();
    b.sdkPlaintext(calls);
    String sdk = server.lastRequest();
    b.stockClient(calls);
    String stock = server.lastRequest();
    assertEquals(body(sdk), body(stock));
    assertEquals(sdk.substring(0, sdk.indexOf('\r')), stock.substring(0, stock.indexOf('\r')));
    Set<String> sdkKm = new TreeSet<>(headerNames(sdk));
    sdkKm.removeIf(h -> !h.startsWith("x-km-"));
    Set<String> stockKm = new TreeSet<>(headerNames(stock));
    stockKm.removeIf(h -> !h.startsWith("x-km-"));
    assertEquals(sdkKm, stockKm);
    String token = header(stock, "x-km-tran-token");
    assertTrue(token.matches("KMV1:[0-9]{17}:[A-Za-z0-9+/]{43}="), token);
    assertTrue(header(stock, "x-km-correlation-id").matches("[0-9]{12}-[0-9a-f]{7}"));
  }

  private static void assertSdkCards(SearchCardsResult r) {
    assertEquals(Fixtures.SEARCH_CARDS, r.cards().size());
    long total = 0;
    for (Card c : r.cards()) {
      total += c.balance();
    }
    assertEquals(Fixtures.searchBalanceTotal(), total);
  }

  private static void assertFloorCards(HandWrittenSearchResult r) {
    assertEquals("000_000", r.response.code);
    assertEquals(Fixtures.SEARCH_CARDS, r.cardDataInfo.size());
    long total = 0;
    for (HandWrittenSearchResult.CardItem c : r.cardDataInfo) {
      total += c.balance;
    }
    assertEquals(Fixtures.searchBalanceTotal(), total);
  }

  private static String header(String request, String name) {
    for (String line : request.substring(0, request.indexOf("\r\n\r\n")).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith(name + ":")) {
        return line.substring(name.length() + 1).trim();
      }
    }
    return null;
  }

  @Test
  void callBenchmarks_eachGetTheServersAnswer() throws Exception {
    CallBenchmarks b = new CallBenchmarks();
    assertArrayEquals(Fixtures.RESPONSE_JSON, b.rawOkHttp(calls));
    assertEquals("000_000", b.sdkPlaintext(calls).code());
    assertEquals("000_000", b.sdkEncrypted(calls).code());
    assertTrue(new String(b.rawOkHttpEncryptedSizes(calls), StandardCharsets.US_ASCII)
        .startsWith("{\"encData\":\""));
    for (int i = 0; i < 3; i++) {
      // Several calls: each reads exactly one response off the endless in-memory stream.
      assertArrayEquals(Fixtures.RESPONSE_JSON, b.rawOkHttpInMemory(calls));
      assertEquals("000_000", b.sdkPlaintextInMemory(calls).code());
      assertEquals("000_000", b.sdkEncryptedInMemory(calls).code());
    }
  }

  @Test
  void encryptedCallFloors_run() throws Exception {
    CryptoFloorBenchmark.Jca jca = new CryptoFloorBenchmark.Jca();
    jca.prepare();
    CallBenchmarks b = new CallBenchmarks();
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(Fixtures.RESPONSE_JSON, b.rawOkHttpWithCryptoFloor(calls, jca, BLACKHOLE));
      assertArrayEquals(Fixtures.RESPONSE_JSON,
          b.rawOkHttpInMemoryWithCryptoFloor(calls, jca, BLACKHOLE));
    }
  }

  @Test
  void throughputBenchmarks_eachGetTheServersAnswer() throws Exception {
    ThroughputBenchmarks b = new ThroughputBenchmarks();
    assertArrayEquals(Fixtures.RESPONSE_JSON, b.rawOkHttp(calls));
    assertEquals("000_000", b.sdkPlaintext(calls).code());
  }

  @Test
  void alternatingThroughput_runsRawOkHttpThenTheSdk() throws Exception {
    ThroughputBenchmarks b = new ThroughputBenchmarks();
    Turn turn = new Turn();
    turn.next(iteration(IterationType.WARMUP));
    assertArrayEquals(Fixtures.RESPONSE_JSON, (byte[]) b.alternating(calls, turn));
    // Measured iterations count from their own first one: raw OkHttp, then the SDK.
    turn.next(iteration(IterationType.MEASUREMENT));
    assertArrayEquals(Fixtures.RESPONSE_JSON, (byte[]) b.alternating(calls, turn));
    turn.next(iteration(IterationType.MEASUREMENT));
    assertEquals("000_000", ((TerminateCardResult) b.alternating(calls, turn)).code());
  }

  /** What JMH passes a {@link Turn} before an iteration of {@code type}. */
  private static IterationParams iteration(IterationType type) {
    return new IterationParams(type, 1, TimeValue.seconds(1), 1);
  }

  @Test
  void rawFloor_sendsTheSdksBodyWithTheSdksHeaders() throws Exception {
    LoopbackServer server = Endpoint.get().localServer;
    server.recordRequests();
    new CallBenchmarks().sdkPlaintext(calls);
    String sdk = server.lastRequest();
    new CallBenchmarks().rawOkHttp(calls);
    String raw = server.lastRequest();

    assertEquals(body(sdk), body(raw));
    assertEquals(new String(Fixtures.REQUEST_JSON, StandardCharsets.UTF_8), body(sdk));
    assertEquals(headerNames(sdk), headerNames(raw));
    assertEquals(sdk.substring(0, sdk.indexOf('\r')), raw.substring(0, raw.indexOf('\r')));
  }

  @Test
  void cryptoFloor_andSigning_run() throws Exception {
    CryptoFloorBenchmark.Jca jca = new CryptoFloorBenchmark.Jca();
    jca.prepare();
    new CryptoFloorBenchmark().cryptoFloor(jca, BLACKHOLE);
    assertArrayEquals(Fixtures.RESPONSE_JSON, jca.openResponse());
    CryptoFloorBenchmark.Jwe jwe = new CryptoFloorBenchmark.Jwe();
    jwe.prepare();
    new CryptoFloorBenchmark().sdkJwe(jwe, BLACKHOLE);

    SigningBenchmark.Signer signer = new SigningBenchmark.Signer();
    signer.prepare();
    new SigningBenchmark().signing(signer, BLACKHOLE);
    assertEquals(32, new SigningBenchmark().hmacOnly(signer).length);
  }

  @Test
  void firstCallProbes_completeACall() throws Exception {
    Endpoint e = Endpoint.get();
    java.nio.file.Path keys = e.keys.writeTo(
        java.nio.file.Files.createTempDirectory("konaplate-bench-test-keys"));
    FirstCallProbe.RawFirstCall.run(e.url);
    FirstCallProbe.SdkFirstCall.run(e.url);
    FirstCallProbe.SdkEncryptedFirstCall.run(e.url, keys.toString());
    FirstCallProbe.RawSearchFirstCall.run(e.url, keys.toString());
    FirstCallProbe.SdkSearchFirstCall.run(e.url, keys.toString());
    assertNotNull(BenchKeys.readFrom(keys).clientPrivate);
  }

  @Test
  void stats_giveTheMeanAndAStudentTInterval() {
    Stats s = Stats.of(java.util.List.of(1.0, 2.0, 3.0), 0.95);
    assertEquals(2.0, s.mean, 1e-9);
    assertEquals(1.0, s.stdev, 1e-9);
    assertEquals(4.303 / Math.sqrt(3), s.error, 1e-3); // t(0.975, 2) = 4.303
    Figure ratio = new Figure(110, 11).over(new Figure(100, 0));
    assertEquals("1.10 ± 0.11", ratio.format(2));
  }

  private static String body(String request) {
    return request.substring(request.indexOf("\r\n\r\n") + 4);
  }

  private static Set<String> headerNames(String request) {
    Set<String> names = new TreeSet<>();
    String head = request.substring(request.indexOf("\r\n") + 2, request.indexOf("\r\n\r\n"));
    for (String line : head.split("\r\n")) {
      names.add(line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT));
    }
    return names;
  }
}
