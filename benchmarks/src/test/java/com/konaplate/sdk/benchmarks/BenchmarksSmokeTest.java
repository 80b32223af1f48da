package com.konaplate.sdk.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.model.TerminateCardResult;
import java.nio.charset.StandardCharsets;
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

  @BeforeAll
  static void start() {
    calls = new CallBenchmarks.Calls();
    calls.start();
  }

  @AfterAll
  static void stop() {
    calls.stop();
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
    ThroughputBenchmarks.Turn turn = new ThroughputBenchmarks.Turn();
    IterationParams warmup =
        new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);
    IterationParams measured =
        new IterationParams(IterationType.MEASUREMENT, 2, TimeValue.seconds(1), 1);
    turn.next(warmup);
    assertArrayEquals(Fixtures.RESPONSE_JSON, (byte[]) b.alternating(calls, turn));
    // Measured iterations count from their own first one: raw OkHttp, then the SDK.
    turn.next(measured);
    assertArrayEquals(Fixtures.RESPONSE_JSON, (byte[]) b.alternating(calls, turn));
    turn.next(measured);
    assertEquals("000_000", ((TerminateCardResult) b.alternating(calls, turn)).code());
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
