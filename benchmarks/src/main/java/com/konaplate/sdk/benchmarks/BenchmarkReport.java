package com.konaplate.sdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs every benchmark of issues 6, 12 and 15 and writes {@code BENCHMARKS.md}: starts the one
 * {@link LoopbackServer} in this JVM, runs the JMH benchmarks in forked JVMs through the Runner
 * API (they call this server), runs the fresh-JVM first-call harness, and renders machine, figures
 * with their errors, and the SDK/floor ratios against the targets.
 *
 * <p>Usage: {@code BenchmarkReport [quick|full|smoke] [output file] [build start, ISO-8601]}. The
 * quick profile takes about six minutes on two idle cores, build included; {@code full} about
 * twenty; {@code smoke} about two, and its figures mean nothing.
 */
public final class BenchmarkReport {
  /** The README's command (section "Benchmarks"). */
  static final String COMMAND =
      "./mvnw -B -ntp -q -Prun-benchmarks -pl benchmarks -am -DskipTests package";
  static final int[] THREADS = {1, 8, 32};
  /** The thread counts at which each client runs in forks of its own (32 alternates, see run). */
  private static final int[] SEPARATE_FORK_THREADS = {1, 8};
  static final String[] FORK_HEAP = {"-Xms1g", "-Xmx1g"};

  private BenchmarkReport() {
  }

  /** How long to measure. */
  static final class Profile {
    final String name;
    final int warmups;
    final TimeValue warmupTime;
    final int iterations;
    final TimeValue time;
    final TimeValue cpuBoundWarmupTime;
    final TimeValue cpuBoundTime;
    final int pairs;
    final int pairWarmups;
    final int pairIterations;
    final int throughputWarmups;
    final int throughputIterations;
    final int throughput32Warmups;
    final int throughput32Forks;
    final int throughput32Pairs;
    final int firstCallRounds;

    Profile(String name, int warmups, TimeValue warmupTime, int iterations, TimeValue time,
        TimeValue cpuBoundWarmupTime, TimeValue cpuBoundTime, int pairs, int pairWarmups,
        int pairIterations, int throughputWarmups, int throughputIterations,
        int throughput32Warmups, int throughput32Forks, int throughput32Pairs,
        int firstCallRounds) {
      this.name = name;
      this.warmups = warmups;
      this.warmupTime = warmupTime;
      this.iterations = iterations;
      this.time = time;
      this.cpuBoundWarmupTime = cpuBoundWarmupTime;
      this.cpuBoundTime = cpuBoundTime;
      this.pairs = pairs;
      this.pairWarmups = pairWarmups;
      this.pairIterations = pairIterations;
      this.throughputWarmups = throughputWarmups;
      this.throughputIterations = throughputIterations;
      this.throughput32Warmups = throughput32Warmups;
      this.throughput32Forks = throughput32Forks;
      this.throughput32Pairs = throughput32Pairs;
      this.firstCallRounds = firstCallRounds;
    }

    static Profile named(String name) {
      switch (name) {
        case "quick":
          // Many short iterations: JMH's 99.9% interval uses Student's t, which is 8.6 for 5
          // iterations and 4.4 for 12, so this gives tighter errors than 5 x 1 s in the same time.
          // 32 client threads on two cores starve the JIT compiler: one iteration of 1 s after
          // another from a cold start (30 per fork), raw OkHttp's throughput levelled off after
          // about 8 s and the SDK's (more code to compile) after about 15 s. At 32 threads both
          // clients share a fork, each running every other iteration, so those forks warm up for
          // 20 s; those at 1 and 8 threads for 8 s.
          return new Profile("quick", 3, TimeValue.seconds(1), 12, TimeValue.milliseconds(500),
              TimeValue.seconds(1), TimeValue.milliseconds(300), 3, 2, 6, 8, 4, 20, 2, 6, 8);
        case "full":
          return new Profile("full", 5, TimeValue.seconds(1), 20, TimeValue.seconds(1),
              TimeValue.seconds(1), TimeValue.seconds(1), 6, 5, 10, 15, 10, 30, 4, 10, 30);
        case "smoke":
          // Runs everything once, briefly, to check that the report is written end to end
          // (about two minutes); its figures mean nothing.
          return new Profile("smoke", 1, TimeValue.milliseconds(200), 3,
              TimeValue.milliseconds(200), TimeValue.milliseconds(200),
              TimeValue.milliseconds(200), 1, 1, 2, 1, 2, 2, 1, 1, 2);
        default:
          throw new IllegalArgumentException("profile must be quick, full or smoke, was " + name);
      }
    }

    /** Warm-up iterations of the search forks: long enough for the JIT to level off. */
    int searchWarmups() {
      return "full".equals(name) ? 12 : "quick".equals(name) ? 8 : pairWarmups;
    }

    String describe() {
      return String.format(Locale.ROOT, "%s: every benchmark in forks of its own; raw OkHttp, "
          + "SDK plaintext and the stock generated client in %d alternating forks each, and "
          + "likewise Search for Card, the charge and the 10-page history walk against their "
          + "floors (the search's and the walk's forks warm up for " + searchWarmups()
          + " iterations), %d warm-up iterations of %s + %d "
          + "measured of %s per fork; the charge and the walk, each with its floor, also in %d "
          + "forks alternating iterations (" + 2 * pairWarmups + " warm-up for the charge, "
          + 2 * searchWarmups() + " for the walk, " + 2 * pairIterations + " measured); "
          + "at 32 threads both clients in %d forks, in alternate "
          + "iterations: %d × %s warm-up, then %d pairs of %s iterations; other network and "
          + "crypto benchmarks %d × %s + %d × %s; in-memory (money included), signing, and the "
          + "search answer's decryption and parse %d × %s + %d × %s; throughput at 1 and 8 "
          + "threads %d × %s + %d × %s; first call %d fresh JVMs per client",
          name, pairs, pairWarmups, warmupTime, pairIterations, time,
          pairs, throughput32Forks, throughput32Warmups, warmupTime, throughput32Pairs, time,
          warmups, warmupTime, iterations, time, warmups, cpuBoundWarmupTime, iterations - 2,
          cpuBoundTime, throughputWarmups, warmupTime, throughputIterations, time,
          firstCallRounds);
    }
  }

  public static void main(String[] args) throws Exception {
    Profile profile = Profile.named(args.length > 0 ? args[0] : "quick");
    Path output = Paths.get(args.length > 1 ? args[1] : "BENCHMARKS.md").toAbsolutePath();
    Instant commandStart = args.length > 2 ? parseInstant(args[2]) : null;
    Report report = run(profile, commandStart);
    Files.write(output, report.render().getBytes(StandardCharsets.UTF_8));
    System.out.println();
    System.out.println(report.summary());
    System.out.println("Wrote " + output);
  }

  /** Runs everything and returns the figures. */
  static Report run(Profile profile, Instant commandStart) throws IOException, RunnerException {
    Report r = new Report(profile, commandStart);
    r.loads.put("start", Machine.loadAverage());
    System.out.println("Generating RSA-2048 keys and starting the loopback server...");
    BenchKeys keys = BenchKeys.generate();
    r.searchAnswerBytes = Endpoint.encryptedAnswer(keys, SearchFixture.RESPONSE_JSON).length;
    Path keyDir = keys.writeTo(Files.createTempDirectory("konaplate-bench-keys"));
    try (LoopbackServer server = Endpoint.startServer(keys)) {
      List<String> jvmArgs = new ArrayList<>(List.of(FORK_HEAP));
      jvmArgs.add("-D" + Endpoint.PORT_PROPERTY + "=" + server.port());
      jvmArgs.add("-D" + Endpoint.KEYS_PROPERTY + "=" + keyDir);
      r.forkArgs = String.join(" ", FORK_HEAP);
      // The single-threaded loopback benchmarks with the server and the forks' benchmark thread
      // on CPUs of their own (Placement says why); the in-memory and multi-threaded ones as
      // before, unpinned.
      Placement placement = Placement.pinned();
      r.placement = placement.description();
      List<String> pinnedArgs = new ArrayList<>(jvmArgs);
      pinnedArgs.addAll(placement.forkArguments());

      // 1 and 2 (and 7 for them), and the peer (the stock generated client): raw OkHttp, the
      // SDK and the peer in alternating forks, so that a burst of load on this shared machine
      // lands on all of them rather than on one.
      String call = Pattern.quote(CallBenchmarks.class.getName() + ".");
      Supplier<ChainedOptionsBuilder> paired = () -> options(profile, pinnedArgs)
          .warmupIterations(profile.pairWarmups)
          .measurementIterations(profile.pairIterations)
          .threads(1)
          .addProfiler(GCProfiler.class)
          .addProfiler(CpuTimeProfiler.class);
      interleave(r.perCall, paired, profile.pairs, call + "rawOkHttp$", call + "sdkPlaintext$",
          call + "stockClient$");
      r.loads.put("after raw/SDK/peer forks", Machine.loadAverage());

      // Search for Card against its floor, in alternating forks likewise. At about 1.4 ms a call
      // a 1 s iteration is some 700 calls: from a cold fork the SDK's search (the generated
      // readers, the skim, the JOSE layer to compile) levelled off after about 7 s and its floor
      // after about 4 s, so these forks warm up for 8 s (12 s in the full profile).
      String search = Pattern.quote(SearchBenchmarks.class.getName() + ".");
      Supplier<ChainedOptionsBuilder> searchPaired = () -> paired.get()
          .warmupIterations(profile.searchWarmups());
      interleave(r.perCall, searchPaired, profile.pairs, search + "searchFloor$",
          search + "sdkSearch$");
      r.loads.put("after search/floor forks", Machine.loadAverage());

      // Issue 15's money: the charge against its floor, then the history walk against its
      // floor, in alternating forks likewise. The walk (10 calls and 10 answers of 10
      // transactions a walk, more code for the JIT than a terminate) warms up as the search does.
      String money = Pattern.quote(MoneyBenchmarks.class.getName() + ".");
      interleave(r.perCall, paired, profile.pairs, money + "chargeFloor$", money + "sdkCharge$");
      interleave(r.perCall, searchPaired, profile.pairs, money + "historyFloor$",
          money + "sdkHistory$");
      // The walk and its floor once more in alternate iterations of the same forks, as at 32
      // threads: separate forks of the walk ran at speeds that differed by more than the two
      // walks do (fork pairs from 0.86x to 1.54x in one run, 2026-12-02), where neighbouring
      // iterations share their fork's JIT, heap and machine state. Each walk gets half of the
      // warm-up, so the forks warm up twice as long.
      r.alternatingWalk = alternating(profile, pinnedArgs, money + "historyAlternating$",
          2 * profile.searchWarmups());
      // The charge likewise: in separate forks its floor took 89.1 to 186.4 us a charge from one
      // fork to the next and the SDK 108.2 to 140.1 us (2026-12-03 15:35), so the verdict
      // (1.055 to 1.125x over five runs of unchanged code) followed where forks fell.
      r.alternatingCharge = alternating(profile, pinnedArgs, money + "chargeAlternating$",
          2 * profile.pairWarmups);
      r.loads.put("after money forks", Machine.loadAverage());

      // 3, 4, the encrypted call's transport floor and its floor as one call: one fork each.
      String crypto = Pattern.quote(CryptoFloorBenchmark.class.getName() + ".");
      ChainedOptionsBuilder perCall = options(profile, pinnedArgs)
          .include(call + "(sdkEncrypted|rawOkHttpEncryptedSizes|rawOkHttpWithCryptoFloor)$")
          .include(search + "rawOkHttpSearch$")
          .include(crypto + "(cryptoFloor|sdkJwe)$")
          .warmupIterations(profile.warmups)
          .measurementIterations(profile.iterations)
          .threads(1)
          .addProfiler(GCProfiler.class)
          .addProfiler(CpuTimeProfiler.class);
      for (RunResult result : new Runner(perCall.build()).run()) {
        r.perCall.put(shortName(result), result);
      }
      placement.release();
      // 5 and the client-work references: CPU-bound, steady, shorter iterations do.
      ChainedOptionsBuilder cpuBound = options(profile, jvmArgs)
          .include(call + "(rawOkHttpInMemory|sdkPlaintextInMemory|sdkEncryptedInMemory"
              + "|rawOkHttpInMemoryWithCryptoFloor|stockClientInMemory)$")
          .include(search + "(sdkSearchInMemory|searchFloorInMemory|gsonSearchParse)$")
          .include(money + "(sdkChargeInMemory|chargeFloorInMemory|sdkHistoryInMemory"
              + "|historyFloorInMemory)$")
          .include(crypto + "(cryptoFloorSearchResponse|sdkJweSearchResponse)$")
          .include(Pattern.quote(SigningBenchmark.class.getName()) + "\\.")
          .warmupIterations(profile.warmups)
          .warmupTime(profile.cpuBoundWarmupTime)
          .measurementIterations(profile.iterations - 2)
          .measurementTime(profile.cpuBoundTime)
          .threads(1)
          .addProfiler(GCProfiler.class)
          .addProfiler(CpuTimeProfiler.class);
      for (RunResult result : new Runner(cpuBound.build()).run()) {
        r.perCall.put(shortName(result), result);
      }
      r.loads.put("after per-call benchmarks", Machine.loadAverage());

      // 6: throughput at 1 and 8 threads, one fork per client.
      String tp = Pattern.quote(ThroughputBenchmarks.class.getName() + ".");
      for (int threads : SEPARATE_FORK_THREADS) {
        Map<String, RunResult> byMethod = new LinkedHashMap<>();
        Supplier<ChainedOptionsBuilder> o = () -> options(profile, jvmArgs)
            .warmupIterations(profile.throughputWarmups)
            .measurementIterations(profile.throughputIterations)
            .threads(threads)
            .addProfiler(CpuTimeProfiler.class);
        Map<String, Long> opened = interleave(byMethod, o, 1, server, tp + "rawOkHttp$",
            tp + "sdkPlaintext$");
        for (Map.Entry<String, RunResult> e : byMethod.entrySet()) {
          String method = e.getKey().substring(e.getKey().indexOf('.') + 1);
          r.throughput.put(method + "@" + threads, e.getValue());
          r.connections.put(method + "@" + threads, opened.get(e.getKey()));
        }
      }
      // At 32 threads (the target) both clients in one fork, in alternate iterations, so that
      // each pair of neighbouring iterations shares the fork's state.
      long before = server.connectionsAccepted();
      ChainedOptionsBuilder alternating = options(profile, jvmArgs)
          .include(tp + "alternating$")
          .forks(profile.throughput32Forks)
          .warmupIterations(profile.throughput32Warmups)
          .measurementIterations(2 * profile.throughput32Pairs)
          .threads(32)
          .addProfiler(CpuTimeProfiler.class);
      for (RunResult result : new Runner(alternating.build()).run()) {
        r.alternating32 = Alternation.of(result);
      }
      r.connections32 = server.connectionsAccepted() - before;
      r.loads.put("after throughput benchmarks", Machine.loadAverage());

      // 8: the first call in fresh JVMs.
      System.out.println("First call in fresh JVMs: " + profile.firstCallRounds + " rounds of "
          + String.join(", ", FirstCallHarness.MODES) + "...");
      r.firstCall = FirstCallHarness.run(profile.firstCallRounds, server.url(), keyDir);
      r.loads.put("end", Machine.loadAverage());
    } finally {
      deleteTree(keyDir);
    }
    r.finished = Instant.now();
    return r;
  }

  private static ChainedOptionsBuilder options(Profile profile, List<String> jvmArgs) {
    return new OptionsBuilder()
        .forks(1)
        .warmupTime(profile.warmupTime)
        .measurementTime(profile.time)
        .jvmArgs(jvmArgs.toArray(new String[0]))
        .shouldFailOnError(true);
  }

  /**
   * Runs the alternating benchmark {@code include} (a floor and the SDK in turn, see
   * {@link Turn}) in {@code profile.pairs} forks of {@code warmups} warm-up iterations and twice
   * the pair iterations measured, and splits its iterations into the two sides.
   */
  private static Alternation alternating(Profile profile, List<String> jvmArgs, String include,
      int warmups) throws RunnerException {
    ChainedOptionsBuilder options = options(profile, jvmArgs)
        .include(include)
        .forks(profile.pairs)
        .warmupIterations(warmups)
        .measurementIterations(2 * profile.pairIterations)
        .threads(1)
        .addProfiler(CpuTimeProfiler.class);
    Alternation result = null;
    for (RunResult run : new Runner(options.build()).run()) {
      result = Alternation.of(run);
    }
    return result;
  }

  private static void interleave(Map<String, RunResult> into,
      Supplier<ChainedOptionsBuilder> options, int rounds, String... includes)
      throws RunnerException {
    interleave(into, options, rounds, null, includes);
  }

  /**
   * Runs the benchmarks {@code includes} one after the other, one fork each, {@code rounds}
   * times, and puts each one's forks merged into one result (JMH pools their iterations) under
   * its short name. Returns the connections the server accepted during each benchmark's forks.
   */
  private static Map<String, Long> interleave(Map<String, RunResult> into,
      Supplier<ChainedOptionsBuilder> options, int rounds, LoopbackServer server,
      String... includes) throws RunnerException {
    Map<String, List<BenchmarkResult>> forks = new LinkedHashMap<>();
    Map<String, BenchmarkParams> params = new LinkedHashMap<>();
    Map<String, Long> opened = new LinkedHashMap<>();
    for (int i = 0; i < rounds; i++) {
      for (String include : includes) {
        long before = server == null ? 0 : server.connectionsAccepted();
        for (RunResult result : new Runner(options.get().forks(1).include(include).build()).run()) {
          String name = shortName(result);
          forks.computeIfAbsent(name, k -> new ArrayList<>()).addAll(result.getBenchmarkResults());
          params.putIfAbsent(name, result.getParams());
          opened.merge(name, server == null ? 0 : server.connectionsAccepted() - before,
              Long::sum);
        }
      }
    }
    for (Map.Entry<String, List<BenchmarkResult>> e : forks.entrySet()) {
      into.put(e.getKey(), new RunResult(params.get(e.getKey()), e.getValue()));
    }
    return opened;
  }

  /** {@code CallBenchmarks.rawOkHttp} from the full benchmark name. */
  static String shortName(RunResult result) {
    String full = result.getParams().getBenchmark();
    int method = full.lastIndexOf('.');
    int type = full.lastIndexOf('.', method - 1);
    return full.substring(type + 1);
  }

  private static Instant parseInstant(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (RuntimeException e) {
      return null; // a missing or odd timestamp only loses the "command duration" line
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The figures of one run and their rendering. */
  static final class Report {
    final Profile profile;
    final Instant commandStart;
    final Instant started = Instant.now();
    Instant finished;
    String forkArgs = "";
    String placement = "unpinned";
    final Map<String, String> loads = new LinkedHashMap<>();
    final Map<String, RunResult> perCall = new LinkedHashMap<>();
    final Map<String, RunResult> throughput = new LinkedHashMap<>();
    final Map<String, Long> connections = new LinkedHashMap<>();
    Alternation alternating32;
    /** The walk (sdk) and its floor (raw) in alternate iterations of the same forks. */
    Alternation alternatingWalk;
    /** The charge (sdk) and its floor (raw) in alternate iterations of the same forks. */
    Alternation alternatingCharge;
    long connections32;
    /** The encrypted Search for Card answer's size on the wire ({@code encData} envelope). */
    int searchAnswerBytes;
    Map<String, FirstCallHarness.Samples> firstCall = new LinkedHashMap<>();

    Report(Profile profile, Instant commandStart) {
      this.profile = profile;
      this.commandStart = commandStart;
    }

    Figure time(String benchmark) {
      Result<?> p = perCall.get(benchmark).getPrimaryResult();
      return new Figure(p.getScore(), p.getScoreError());
    }

    Figure cpu(String benchmark) {
      return secondary(benchmark, "cpu.time.norm");
    }

    Figure workerCpu(String benchmark) {
      return secondary(benchmark, "cpu.worker.norm");
    }

    private Figure secondary(String benchmark, String name) {
      Result<?> c = perCall.get(benchmark).getSecondaryResults().get(name);
      return c == null ? new Figure(Double.NaN, 0) : new Figure(c.getScore(), c.getScoreError());
    }

    Figure allocation(String benchmark) {
      Result<?> a = perCall.get(benchmark).getSecondaryResults().get("gc.alloc.rate.norm");
      return a == null ? new Figure(Double.NaN, 0) : new Figure(a.getScore(), a.getScoreError());
    }

    Figure throughputCpu(String method, int threads) {
      if (threads == 32) {
        return method.equals("rawOkHttp") ? alternating32.rawCpu : alternating32.sdkCpu;
      }
      Result<?> c = throughput.get(method + "@" + threads).getSecondaryResults()
          .get("cpu.time.norm");
      return c == null ? new Figure(Double.NaN, 0) : new Figure(c.getScore(), c.getScoreError());
    }

    Figure throughput(String method, int threads) {
      if (threads == 32) {
        return method.equals("rawOkHttp") ? alternating32.raw : alternating32.sdk;
      }
      Result<?> p = throughput.get(method + "@" + threads).getPrimaryResult();
      return new Figure(p.getScore(), p.getScoreError());
    }

    Figure firstCall(String mode, boolean process) {
      FirstCallHarness.Samples s = firstCall.get(mode);
      Stats st = Stats.of(process ? s.processMillis : s.firstCallMillis, 0.95);
      return new Figure(st.mean, st.error);
    }

    /** The target rows: name, measured, limit, verdict. */
    List<String[]> targets() {
      List<String[]> rows = new ArrayList<>();
      Figure raw = time("CallBenchmarks.rawOkHttp");
      Figure sdk = time("CallBenchmarks.sdkPlaintext");
      Figure enc = time("CallBenchmarks.sdkEncrypted");
      Figure floor = time("CryptoFloorBenchmark.cryptoFloor");
      Figure signing = time("SigningBenchmark.signing");
      Figure rawAlloc = allocation("CallBenchmarks.rawOkHttp");
      Figure sdkAlloc = allocation("CallBenchmarks.sdkPlaintext");
      Figure t32 = alternating32.ratio;
      Figure firstDelta = firstCall("sdk", false).minus(firstCall("raw", false));
      Figure search = time("SearchBenchmarks.sdkSearch");
      Figure searchFloor = time("SearchBenchmarks.searchFloor");
      Figure stock = time("CallBenchmarks.stockClient");
      Figure surfaceDelta = firstCall("sdk-search", false).minus(firstCall("raw-search", false));
      Figure charge = time("MoneyBenchmarks.sdkCharge");
      Figure chargeFloor = time("MoneyBenchmarks.chargeFloor");
      Figure history = time("MoneyBenchmarks.sdkHistory");
      Figure historyFloor = time("MoneyBenchmarks.historyFloor");

      Figure plainRatio = sdk.over(raw);
      rows.add(row("Plaintext call ≤ 1.05× raw OkHttp",
          plainRatio.format(3) + "× (" + sdk.format(1) + " vs " + raw.format(1) + " µs)",
          "1.05×", plainRatio.value <= 1.05));
      Figure budget = raw.plus(floor.times(1.1));
      Figure encRatio = enc.over(budget);
      rows.add(row("Encrypted call ≤ raw OkHttp + 1.1× crypto floor",
          enc.format(1) + " µs = " + encRatio.format(3) + "× the limit",
          budget.format(1) + " µs (" + raw.format(1) + " + 1.1 × " + floor.format(1) + ")",
          encRatio.value <= 1.0));
      rows.add(row("Signing ≤ 5 µs per call", signing.format(3) + " µs", "5 µs",
          signing.value <= 5.0));
      Figure allocRatio = sdkAlloc.over(rawAlloc);
      rows.add(row("Allocation per plaintext call ≤ 2× raw OkHttp's",
          allocRatio.format(2) + "× (" + sdkAlloc.format(0) + " vs " + rawAlloc.format(0)
              + " B)", "2×", allocRatio.value <= 2.0));
      rows.add(row("Throughput at 32 threads ≥ 0.9× raw OkHttp's",
          t32.format(3) + "× (mean of " + alternating32.pairs + " neighbouring pairs of "
              + "iterations; " + throughput("sdkPlaintext", 32).format(0) + " vs "
              + throughput("rawOkHttp", 32).format(0) + " calls/s)", "0.9×", t32.value >= 0.9));
      rows.add(row("First call in a fresh JVM ≤ raw OkHttp's + 300 ms",
          signed(firstDelta, 1) + " ms (" + firstCall("sdk", false).format(1) + " vs "
              + firstCall("raw", false).format(1) + " ms)", "+300 ms",
          firstDelta.value <= 300));
      Figure searchRatio = search.over(searchFloor);
      rows.add(row("Search for Card, encrypted answer of " + Fixtures.SEARCH_CARDS + " cards ≤ "
              + "1.1× raw OkHttp + the same JCA work + a Gson parse into plain classes",
          searchRatio.format(3) + "× (" + search.format(1) + " vs " + searchFloor.format(1)
              + " µs)", "1.1×", searchRatio.value <= 1.1));
      Figure peerRatio = sdk.over(stock);
      rows.add(row("The SDK faster than the stock openapi-generator client (okhttp-gson), "
              + "terminate", "SDK / stock client " + peerRatio.format(3) + "× (" + sdk.format(1)
              + " vs " + stock.format(1) + " µs)", "< 1×", peerRatio.value < 1.0));
      rows.add(row("First call with the whole surface ≤ raw OkHttp + 300 ms (encrypted Search "
              + "for Card, " + Fixtures.SEARCH_CARDS + " cards, keys from PEM; raw OkHttp doing "
              + "the same by hand)",
          signed(surfaceDelta, 1) + " ms (" + firstCall("sdk-search", false).format(1)
              + " vs " + firstCall("raw-search", false).format(1) + " ms)", "+300 ms",
          surfaceDelta.value <= 300));
      Figure chargeRatio = charge.over(chargeFloor);
      Figure chargeAlt = alternatingCharge.ratio;
      rows.add(row("Charge (`charges().fromBankAccount`, plaintext, the SDK makes the sequenceId) "
              + "≤ 1.1× raw OkHttp + a Gson parse into a plain class",
          chargeAlt.format(3) + "× (mean of " + alternatingCharge.pairs + " neighbouring pairs "
              + "of iterations; " + alternatingCharge.sdk.format(1) + " vs "
              + alternatingCharge.raw.format(1) + " µs); in separate forks "
              + chargeRatio.format(3) + "× (" + charge.format(1) + " vs " + chargeFloor.format(1)
              + " µs)", "1.1×", chargeAlt.value <= 1.1));
      Figure historyRatio = history.over(historyFloor);
      Figure walkRatio = alternatingWalk.ratio;
      rows.add(row("History walk, " + Fixtures.HISTORY_PAGES + " pages of "
              + Fixtures.HISTORY_PAGE_SIZE + " (`transactions().history` consumed to the end) ≤ "
              + "1.1× raw OkHttp's " + Fixtures.HISTORY_PAGES + " requests + Gson parses into "
              + "plain classes",
          walkRatio.format(3) + "× (mean of " + alternatingWalk.pairs + " neighbouring pairs of "
              + "iterations; " + alternatingWalk.sdk.format(1) + " vs "
              + alternatingWalk.raw.format(1) + " µs); in separate forks "
              + historyRatio.format(3) + "× (" + history.format(1) + " vs "
              + historyFloor.format(1) + " µs)", "1.1×", walkRatio.value <= 1.1));
      return rows;
    }

    /** {@code +12.3 ± 4.5} or {@code -12.3 ± 4.5}. */
    private static String signed(Figure f, int decimals) {
      return (f.value >= 0 ? "+" : "") + f.format(decimals);
    }

    private static String[] row(String target, String measured, String limit, boolean met) {
      return new String[] {target, measured, limit, met ? "**met**" : "**missed**"};
    }

    String render() {
      StringBuilder md = new StringBuilder();
      String when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
          .format(started.atOffset(ZoneOffset.UTC));
      md.append("# Benchmarks: the SDK's cost per call against the raw-OkHttp floor\n\n");
      String command =
          COMMAND + (profile.name.equals("quick") ? "" : " -Dbench.profile=" + profile.name);
      md.append("Written by `" + command + "` "
          + "(see the README, \"Benchmarks\") on ").append(when)
          .append(", profile `").append(profile.name).append("`. Every figure below comes from "
              + "that run; rerun the command to refresh them. The analysis at the end is written "
              + "by hand.\n\n");

      md.append("## Machine\n\n| | |\n|---|---|\n");
      md.append("| CPU | ").append(Machine.cpuModel()).append(", ").append(Machine.cores())
          .append(" cores available to the JVM |\n");
      md.append("| Memory | ").append(Machine.memory()).append(" |\n");
      md.append("| OS | ").append(Machine.os()).append(" |\n");
      md.append("| JVM | ").append(Machine.jvm()).append("; forks run with `").append(forkArgs)
          .append("`, default GC |\n");
      md.append("| Placement | ").append(placement).append(" for the single-threaded loopback "
          + "benchmarks; the in-memory and multi-threaded ones and the first calls unpinned |\n");
      md.append("| JMH | ").append(Version.getPlainVersion()).append("; ")
          .append(profile.describe()).append(" |\n");
      StringBuilder load = new StringBuilder();
      for (Map.Entry<String, String> e : loads.entrySet()) {
        load.append(load.length() == 0 ? "" : "; ").append(e.getKey()).append(": ")
            .append(e.getValue());
      }
      md.append("| Load average (1, 5, 15 min) | ").append(load).append(" (the throughput "
          + "benchmarks' own 32 client and 32 server threads raise it too) |\n");
      Duration reportTime = Duration.between(started, finished).truncatedTo(ChronoUnit.SECONDS);
      md.append("| Duration | benchmarks ").append(seconds(reportTime));
      if (commandStart != null) {
        md.append("; the whole command, build included: ")
            .append(seconds(Duration.between(commandStart, finished)));
      }
      md.append(" |\n\n");

      md.append("## Targets\n\n");
      md.append("Errors are 99.9% confidence half-widths (JMH's) for JMH figures and 95% (Student's "
          + "t over the fresh JVMs) for first calls; ratios carry both errors. A verdict compares "
          + "the measured value with the limit. Raw OkHttp, the SDK's plaintext call and the stock "
          + "generated client ran in alternating forks at one thread (and so did Search for Card, "
          + "the charge and the history walk against their floors), raw OkHttp and the SDK in "
          + "alternate iterations of the same forks at 32 threads, and so did the charge and the "
          + "walk, each with its floor, once more (their verdicts), so that load from other "
          + "processes fell on all alike.\n\n");
      md.append("| Target | Measured | Limit | Verdict |\n|---|---|---|---|\n");
      for (String[] row : targets()) {
        md.append("| ").append(String.join(" | ", row)).append(" |\n");
      }

      md.append("\n## One call at a time\n\n");
      md.append("Wall time per call is what the targets are about. CPU per call comes from "
          + "`CpuTimeProfiler`: the calling thread's CPU time (what a busy machine disturbs "
          + "least), and the whole benchmark JVM's (every thread: OkHttp's task runner and timeout "
          + "watchdog, JIT, GC). Allocation is JMH's `gc.alloc.rate.norm`. The loopback server "
          + "runs in another JVM and is in none of them.\n\n");
      md.append("| # | Benchmark | Wall time (µs) | CPU, calling thread (µs) | CPU, whole JVM (µs) "
          + "| Allocated (bytes) |\n|---|---|---|---|---|---|\n");
      perCallRow(md, "1", "Raw OkHttp POST, same body and headers (the floor)",
          "CallBenchmarks.rawOkHttp");
      perCallRow(md, "2", "SDK `terminate`, plaintext", "CallBenchmarks.sdkPlaintext");
      perCallRow(md, "–", "Stock openapi-generator client `terminateCard` (okhttp-gson, a "
          + "partner's signing interceptor): the peer", "CallBenchmarks.stockClient");
      perCallRow(md, "3", "SDK `terminate`, request and response encrypted",
          "CallBenchmarks.sdkEncrypted");
      perCallRow(md, "–", "Raw OkHttp POST with an encrypted call's bodies (transport floor of 3)",
          "CallBenchmarks.rawOkHttpEncryptedSizes");
      perCallRow(md, "4", "Crypto floor: plain JCA RSA-OAEP-256 + AES-GCM both ways",
          "CryptoFloorBenchmark.cryptoFloor");
      perCallRow(md, "–", "The same cryptography through the SDK's `JweEncryption` (JOSE included)",
          "CryptoFloorBenchmark.sdkJwe");
      perCallRow(md, "–", "Raw OkHttp with the crypto floor before and after it, as one call (the "
          + "floor of 3 as one call)", "CallBenchmarks.rawOkHttpWithCryptoFloor");
      perCallRow(md, "5", "Signing: request time, correlation id, token and tran time",
          "SigningBenchmark.signing");
      perCallRow(md, "–", "HMAC-SHA256 of the body alone (reference)", "SigningBenchmark.hmacOnly");
      perCallRow(md, "–", "Raw OkHttp over an in-memory socket (client work only)",
          "CallBenchmarks.rawOkHttpInMemory");
      perCallRow(md, "–", "SDK `terminate` over the same in-memory socket",
          "CallBenchmarks.sdkPlaintextInMemory");
      perCallRow(md, "–", "Stock generated client `terminateCard` over the same in-memory socket",
          "CallBenchmarks.stockClientInMemory");
      perCallRow(md, "–", "SDK `terminate`, encrypted, over an in-memory socket",
          "CallBenchmarks.sdkEncryptedInMemory");
      perCallRow(md, "–", "Raw OkHttp over the same in-memory socket with the crypto floor around "
          + "it", "CallBenchmarks.rawOkHttpInMemoryWithCryptoFloor");
      Figure raw = time("CallBenchmarks.rawOkHttp");
      Figure sdk = time("CallBenchmarks.sdkPlaintext");
      Figure enc = time("CallBenchmarks.sdkEncrypted");
      Figure rawEnc = time("CallBenchmarks.rawOkHttpEncryptedSizes");
      Figure floor = time("CryptoFloorBenchmark.cryptoFloor");
      Figure rawMem = time("CallBenchmarks.rawOkHttpInMemory");
      Figure sdkMem = time("CallBenchmarks.sdkPlaintextInMemory");
      md.append("\nDerived:\n\n");
      Figure ownCpu = workerCpu("CallBenchmarks.sdkPlaintextInMemory")
          .minus(workerCpu("CallBenchmarks.rawOkHttpInMemory"));
      md.append("- SDK plaintext call minus raw OkHttp: ").append(sdk.minus(raw).format(1))
          .append(" µs wall time per call on loopback; ").append(sdkMem.minus(rawMem).format(1))
          .append(" µs over the in-memory socket.\n");
      md.append("- The SDK's own work per call (calling thread's CPU, in-memory SDK minus in-memory "
          + "raw OkHttp): ").append(ownCpu.format(2)).append(" µs, that is ")
          .append(ownCpu.over(raw).times(100).format(1))
          .append(" % of the raw OkHttp loopback call.\n");
      Figure jwe = time("CryptoFloorBenchmark.sdkJwe");
      Figure composed = time("CallBenchmarks.rawOkHttpWithCryptoFloor");
      md.append("- Encrypted call minus (its transport floor + crypto floor): ")
          .append(enc.minus(rawEnc.plus(floor)).format(1)).append(" µs. Of that, doing the "
              + "floor's parts as one call costs ")
          .append(composed.minus(rawEnc.plus(floor)).format(1)).append(" µs (raw OkHttp with the "
              + "crypto floor as one call minus the two measured apart), and the SDK's share is ")
          .append(enc.minus(composed).format(1)).append(" µs (encrypted call minus that), of "
              + "which the JOSE layer (`JweEncryption` minus the crypto floor) ")
          .append(jwe.minus(floor).format(1)).append(" µs.\n");
      md.append("- The floor as one call is ")
          .append(composed.over(raw.plus(floor.times(1.1))).format(3))
          .append("× the encrypted target's limit; the encrypted call is ")
          .append(enc.over(composed).format(3)).append("× the floor as one call.\n");
      md.append("- Over in-memory sockets (no server, no scheduling), the SDK's encrypted call minus "
          + "raw OkHttp with the crypto floor around it: ")
          .append(time("CallBenchmarks.sdkEncryptedInMemory")
              .minus(time("CallBenchmarks.rawOkHttpInMemoryWithCryptoFloor")).format(1))
          .append(" µs wall time, ")
          .append(workerCpu("CallBenchmarks.sdkEncryptedInMemory")
              .minus(workerCpu("CallBenchmarks.rawOkHttpInMemoryWithCryptoFloor")).format(1))
          .append(" µs of the calling thread's CPU.\n");
      Figure stock = time("CallBenchmarks.stockClient");
      md.append("- The stock generated client against the SDK (terminate): ")
          .append(stock.minus(sdk).format(1)).append(" µs more wall time per call on loopback ("
              + "SDK / stock ").append(sdk.over(stock).format(3)).append("×); its own work over "
              + "the in-memory socket (calling thread's CPU minus raw OkHttp's) ")
          .append(workerCpu("CallBenchmarks.stockClientInMemory")
              .minus(workerCpu("CallBenchmarks.rawOkHttpInMemory")).format(1))
          .append(" µs against the SDK's ").append(ownCpu.format(1)).append(" µs; allocation ")
          .append(allocation("CallBenchmarks.stockClient").format(0)).append(" against ")
          .append(allocation("CallBenchmarks.sdkPlaintext").format(0)).append(" B per call.\n");

      renderSearch(md);
      renderMoney(md);

      md.append("\n## Throughput, threads sharing one client\n\n");
      md.append("At 1 and 8 threads each client ran in a fork of its own. At 32 threads both ran "
          + "in the same forks, in alternate iterations (raw OkHttp, then the SDK), and SDK / raw "
          + "is the mean of the ratios of neighbouring iterations: whole forks at 32 threads on "
          + "two cores run at one of two speeds, and a ratio of separate forks mostly measured "
          + "which. Connections opened: counted by the server over all forks of the benchmark "
          + "(at 32 threads, both clients together).\n\n");
      md.append("| Threads | Raw OkHttp (calls/s) | SDK plaintext (calls/s) | SDK / raw | "
          + "CPU per call, whole JVM, raw / SDK (µs) | Connections opened (raw / SDK) |\n"
          + "|---|---|---|---|---|---|\n");
      for (int t : THREADS) {
        Figure a = throughput("rawOkHttp", t);
        Figure b = throughput("sdkPlaintext", t);
        md.append("| ").append(t).append(" | ").append(a.format(0)).append(" | ")
            .append(b.format(0)).append(" | ")
            .append((t == 32 ? alternating32.ratio : b.over(a)).format(3)).append("× | ")
            .append(throughputCpu("rawOkHttp", t).format(1)).append(" / ")
            .append(throughputCpu("sdkPlaintext", t).format(1)).append(" | ")
            .append(t == 32 ? connections32 + " (both)" : connections.get("rawOkHttp@" + t)
                + " / " + connections.get("sdkPlaintext@" + t)).append(" |\n");
      }

      md.append("\n## First call in a fresh JVM\n\n");
      md.append("Each row: ").append(firstCall.get("raw").firstCallMillis.size())
          .append(" JVMs launched with `java -cp <benchmarks classpath>`, clients interleaved. "
              + "\"main → response\" is measured inside the JVM from the first line of `main` to "
              + "the response read (building the client included); \"process\" is launch to exit "
              + "seen from outside (JVM start-up and exit included).\n\n");
      md.append("| Client | main → response (ms) | min–max (ms) | process (ms) |\n"
          + "|---|---|---|---|\n");
      for (String mode : FirstCallHarness.MODES) {
        Stats s = Stats.of(firstCall.get(mode).firstCallMillis, 0.95);
        md.append("| ").append(modeName(mode)).append(" | ")
            .append(firstCall(mode, false).format(1)).append(" | ")
            .append(String.format(Locale.ROOT, "%.1f–%.1f", s.min, s.max)).append(" | ")
            .append(firstCall(mode, true).format(1)).append(" |\n");
      }
      md.append("| SDK − raw OkHttp | ")
          .append(firstCall("sdk", false).minus(firstCall("raw", false)).format(1))
          .append(" | | ").append(firstCall("sdk", true).minus(firstCall("raw", true)).format(1))
          .append(" |\n");
      md.append("| SDK search − raw OkHttp search (the whole surface) | ")
          .append(firstCall("sdk-search", false).minus(firstCall("raw-search", false)).format(1))
          .append(" | | ").append(firstCall("sdk-search", true)
              .minus(firstCall("raw-search", true)).format(1)).append(" |\n");
      md.append("| SDK search − raw OkHttp terminate | ")
          .append(firstCall("sdk-search", false).minus(firstCall("raw", false)).format(1))
          .append(" | | ").append(firstCall("sdk-search", true).minus(firstCall("raw", true))
              .format(1)).append(" |\n");

      md.append("\n## What was compared\n\n").append(resource("compared.md"));
      md.append("\n## Analysis\n\n").append(resource("analysis.md"));
      return md.toString();
    }

    private void perCallRow(StringBuilder md, String number, String what, String benchmark) {
      int decimals = benchmark.startsWith("Signing") ? 3 : 1;
      Figure a = allocation(benchmark);
      Figure w = workerCpu(benchmark);
      Figure c = cpu(benchmark);
      md.append("| ").append(number).append(" | ").append(what).append(" | ")
          .append(time(benchmark).format(decimals)).append(" | ")
          .append(Double.isNaN(w.value) ? "–" : w.format(decimals)).append(" | ")
          .append(Double.isNaN(c.value) ? "–" : c.format(decimals)).append(" | ")
          .append(Double.isNaN(a.value) ? "–" : a.format(0)).append(" |\n");
    }

    String summary() {
      StringBuilder s = new StringBuilder("Targets:\n");
      for (String[] row : targets()) {
        s.append(String.format(Locale.ROOT, "  %-52s %-10s %s%n", row[0],
            row[3].replace("*", ""), row[1]));
      }
      return s.toString();
    }

    private static String modeName(String mode) {
      switch (mode) {
        case "raw":
          return "Raw OkHttp";
        case "sdk":
          return "SDK plaintext";
        case "raw-search":
          return "Raw OkHttp, Search for Card by hand (PEM key, JWE parts, JCA, Gson), "
              + Fixtures.SEARCH_CARDS + " cards";
        case "sdk-search":
          return "SDK `cards().search`, encrypted answer of " + Fixtures.SEARCH_CARDS
              + " cards (keys read from PEM files)";
        default:
          return "SDK encrypted (keys read from PEM files)";
      }
    }

    /** The Search for Card section: the SDK, its floor and the floor's parts. */
    private void renderSearch(StringBuilder md) {
      md.append("\n## Search for Card, an encrypted answer of ").append(Fixtures.SEARCH_CARDS)
          .append(" cards\n\n");
      md.append("A plaintext request and an encrypted answer of ")
          .append(String.format(Locale.ROOT, "%,d", SearchFixture.RESPONSE_JSON.length))
          .append(" bytes of JSON (")
          .append(Fixtures.SEARCH_CARDS).append(" cards, every documented and community field "
              + "filled), ").append(String.format(Locale.ROOT, "%,d", searchAnswerBytes))
          .append(" bytes on the wire as `{\"encData\":\"<JWE>\"}`. The SDK and its floor ran "
              + "in alternating forks. The floor is raw OkHttp with the same request, the JCA "
              + "work of opening the answer (no Base64URL, no JOSE) and Gson's reflective "
              + "`fromJson` of the decrypted JSON into plain classes, as one call.\n\n");
      md.append("| Benchmark | Wall time (µs) | CPU, calling thread (µs) | CPU, whole JVM (µs) "
          + "| Allocated (bytes) |\n|---|---|---|---|---|\n");
      searchRow(md, "SDK `cards().search(userId)`", "SearchBenchmarks.sdkSearch");
      searchRow(md, "The floor as one call: raw OkHttp + JCA + Gson",
          "SearchBenchmarks.searchFloor");
      searchRow(md, "Raw OkHttp alone, same request and encrypted answer (the floor's transport)",
          "SearchBenchmarks.rawOkHttpSearch");
      searchRow(md, "JCA alone: RSA-OAEP-256 unwrap + AES-GCM of the answer (the floor's crypto)",
          "CryptoFloorBenchmark.cryptoFloorSearchResponse");
      searchRow(md, "Gson `fromJson` alone into the plain classes (the floor's parse)",
          "SearchBenchmarks.gsonSearchParse");
      searchRow(md, "The SDK's `JweEncryption.decrypt` of the same JWE (JOSE included)",
          "CryptoFloorBenchmark.sdkJweSearchResponse");
      searchRow(md, "SDK search over an in-memory socket", "SearchBenchmarks.sdkSearchInMemory");
      searchRow(md, "The floor over the same in-memory socket",
          "SearchBenchmarks.searchFloorInMemory");
      Figure sdkSearch = time("SearchBenchmarks.sdkSearch");
      Figure floor = time("SearchBenchmarks.searchFloor");
      Figure parts = time("SearchBenchmarks.rawOkHttpSearch")
          .plus(time("CryptoFloorBenchmark.cryptoFloorSearchResponse"))
          .plus(time("SearchBenchmarks.gsonSearchParse"));
      md.append("\nDerived:\n\n");
      md.append("- SDK minus the floor: ").append(sdkSearch.minus(floor).format(1))
          .append(" µs wall time; over in-memory sockets ")
          .append(time("SearchBenchmarks.sdkSearchInMemory")
              .minus(time("SearchBenchmarks.searchFloorInMemory")).format(1))
          .append(" µs wall time, ").append(workerCpu("SearchBenchmarks.sdkSearchInMemory")
              .minus(workerCpu("SearchBenchmarks.searchFloorInMemory")).format(1))
          .append(" µs of the calling thread's CPU.\n");
      md.append("- The floor's parts measured apart add up to ").append(parts.format(1))
          .append(" µs against ").append(floor.format(1)).append(" µs as one call.\n");
      md.append("- The JOSE layer on this answer (`JweEncryption.decrypt` minus the JCA work): ")
          .append(time("CryptoFloorBenchmark.sdkJweSearchResponse")
              .minus(time("CryptoFloorBenchmark.cryptoFloorSearchResponse")).format(1))
          .append(" µs wall time, ").append(allocation("CryptoFloorBenchmark.sdkJweSearchResponse")
              .minus(allocation("CryptoFloorBenchmark.cryptoFloorSearchResponse")).format(0))
          .append(" bytes more allocated.\n");
    }

    /** The money section: the charge and the history walk, each against its floor. */
    private void renderMoney(StringBuilder md) {
      md.append("\n## Money: a charge, and a history walk over ").append(Fixtures.HISTORY_PAGES)
          .append(" pages\n\n");
      int pageBytes = 0;
      for (byte[] page : MoneyFixture.HISTORY_PAGES_JSON) {
        pageBytes += page.length;
      }
      md.append("Plaintext both ways, as openapi.yaml has these operations. The charge: "
          + "`charges().fromBankAccount(ChargeRequest)` without a sequenceId (the SDK makes one "
          + "of 30 characters per charge), a ").append(Fixtures.CHARGE_REQUEST_JSON.length)
          .append("-byte request and a ").append(MoneyFixture.CHARGE_RESPONSE_JSON.length)
          .append("-byte answer. The walk: `transactions().history(request)` consumed to the "
              + "end, ").append(Fixtures.HISTORY_PAGES).append(" requests (page 0 to ")
          .append(Fixtures.HISTORY_PAGES - 1).append(" in `pageRequest.page`) answered with ")
          .append(Fixtures.HISTORY_PAGE_SIZE).append(" transactions each (every field of "
              + "`Transaction` filled), ")
          .append(String.format(Locale.ROOT, "%,d", pageBytes / Fixtures.HISTORY_PAGES))
          .append(" bytes of JSON a page; a row's figures are per walk. The SDK and its floor "
              + "ran in alternating forks, and also in alternate iterations of the same forks (the "
              + "targets' verdicts, as at 32 threads). Each floor is raw OkHttp sending "
              + "the same requests (built and signed once) and Gson's reflective `fromJson` of "
              + "each answer into plain classes, result code checked, as one call; the walk's "
              + "floor fetches the next page until the answer's `totalPages`.\n\n");
      md.append("| Benchmark | Wall time (µs) | CPU, calling thread (µs) | CPU, whole JVM (µs) "
          + "| Allocated (bytes) |\n|---|---|---|---|---|\n");
      searchRow(md, "SDK `charges().fromBankAccount`", "MoneyBenchmarks.sdkCharge");
      searchRow(md, "The charge's floor: raw OkHttp + Gson", "MoneyBenchmarks.chargeFloor");
      alternatingRow(md, "SDK charge, in alternate iterations with its floor (same forks)",
          alternatingCharge.sdk, alternatingCharge.sdkCpu);
      alternatingRow(md, "The charge's floor, in the same forks", alternatingCharge.raw,
          alternatingCharge.rawCpu);
      searchRow(md, "SDK charge over an in-memory socket", "MoneyBenchmarks.sdkChargeInMemory");
      searchRow(md, "The charge's floor over the same in-memory socket",
          "MoneyBenchmarks.chargeFloorInMemory");
      searchRow(md, "SDK `transactions().history`, " + Fixtures.HISTORY_PAGES + " pages",
          "MoneyBenchmarks.sdkHistory");
      searchRow(md, "The walk's floor: " + Fixtures.HISTORY_PAGES + " × (raw OkHttp + Gson)",
          "MoneyBenchmarks.historyFloor");
      alternatingRow(md, "SDK walk, in alternate iterations with its floor (same forks)",
          alternatingWalk.sdk, alternatingWalk.sdkCpu);
      alternatingRow(md, "The walk's floor, in the same forks", alternatingWalk.raw,
          alternatingWalk.rawCpu);
      searchRow(md, "SDK walk over an in-memory socket (the pages in turn)",
          "MoneyBenchmarks.sdkHistoryInMemory");
      searchRow(md, "The walk's floor over the same in-memory socket",
          "MoneyBenchmarks.historyFloorInMemory");
      md.append("\nDerived:\n\n");
      md.append("- Charge, SDK minus the floor: ")
          .append(time("MoneyBenchmarks.sdkCharge").minus(time("MoneyBenchmarks.chargeFloor"))
              .format(1))
          .append(" µs wall time; over in-memory sockets ")
          .append(time("MoneyBenchmarks.sdkChargeInMemory")
              .minus(time("MoneyBenchmarks.chargeFloorInMemory")).format(1))
          .append(" µs wall time, ").append(workerCpu("MoneyBenchmarks.sdkChargeInMemory")
              .minus(workerCpu("MoneyBenchmarks.chargeFloorInMemory")).format(1))
          .append(" µs of the calling thread's CPU.\n");
      Figure pages = new Figure(Fixtures.HISTORY_PAGES, 0);
      md.append("- History walk, SDK minus the floor: ")
          .append(time("MoneyBenchmarks.sdkHistory").minus(time("MoneyBenchmarks.historyFloor"))
              .format(1))
          .append(" µs wall time per walk; over in-memory sockets ")
          .append(time("MoneyBenchmarks.sdkHistoryInMemory")
              .minus(time("MoneyBenchmarks.historyFloorInMemory")).format(1))
          .append(" µs wall time, ").append(workerCpu("MoneyBenchmarks.sdkHistoryInMemory")
              .minus(workerCpu("MoneyBenchmarks.historyFloorInMemory")).format(1))
          .append(" µs of the calling thread's CPU, that is ")
          .append(workerCpu("MoneyBenchmarks.sdkHistoryInMemory")
              .minus(workerCpu("MoneyBenchmarks.historyFloorInMemory")).over(pages).format(1))
          .append(" µs a page.\n");
    }

    private void searchRow(StringBuilder md, String what, String benchmark) {
      Figure a = allocation(benchmark);
      Figure w = workerCpu(benchmark);
      Figure c = cpu(benchmark);
      md.append("| ").append(what).append(" | ").append(time(benchmark).format(1)).append(" | ")
          .append(Double.isNaN(w.value) ? "–" : w.format(1)).append(" | ")
          .append(Double.isNaN(c.value) ? "–" : c.format(1)).append(" | ")
          .append(Double.isNaN(a.value) ? "–" : a.format(0)).append(" |\n");
    }

    /** A row of an alternating benchmark: wall time and whole-JVM CPU (the others unmeasured). */
    private static void alternatingRow(StringBuilder md, String what, Figure time, Figure jvmCpu) {
      md.append("| ").append(what).append(" | ").append(time.format(1)).append(" | – | ")
          .append(Double.isNaN(jvmCpu.value) ? "–" : jvmCpu.format(1)).append(" | – |\n");
    }

    private static String seconds(Duration d) {
      return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.getSeconds() % 60);
    }

    private static String resource(String name) {
      try (InputStream in = BenchmarkReport.class.getResourceAsStream(name)) {
        return in == null ? "(missing " + name + ")\n"
            : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "(unreadable " + name + ")\n";
      }
    }
  }
}
