package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.crypto.JweCodec;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.sandbox.internal.HttpFrontEnd;
import com.konaplate.sdk.sandbox.internal.RecordedExchange;
import com.konaplate.sdk.sandbox.internal.SandboxCrypto;
import com.konaplate.sdk.sandbox.internal.SandboxEngine;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local KONA PLATE sandbox: an HTTP server on 127.0.0.1 that serves every operation of
 * openapi.yaml ({@link #operations()}) below its base path, verifies the X-KM headers and the
 * {@code X-KM-Tran-Token} HMAC as KONA PLATE does, validates each request against the spec,
 * encrypts as the spec flags, keeps one stateful fixture of members, cards, products, card
 * applications and virtual accounts that every operation shares, with the money on it (bank
 * accounts, live balances, one-time tokens, charges, payments and history; see
 * {@link #cardBalance(String)}), and injects faults on demand.
 * Thread-safe; close it to free the port and threads.
 *
 * <p>It has a crypto key by default (a demo key set generated once per JVM; see
 * {@link Builder#withoutCryptoKey()}), and {@link #clientBuilder()} configures a client with the
 * matching {@code JweEncryption}, so every operation works with no setup.
 *
 * <pre>{@code
 * try (KonaplateSandbox sandbox = KonaplateSandbox.start()) {
 *   String baseUrl = sandbox.baseUrl();               // http://127.0.0.1:PORT/open-api
 *   SandboxCredentials credentials = sandbox.credentials();
 *   // ... call it, then:
 *   sandbox.terminationCount("Q10000000000000000000000101");
 * }
 * }</pre>
 *
 * <p>With message encryption (the sandbox decrypts JWE requests with the server private key
 * of their crypto key id and encrypts responses to that key's client public key):
 *
 * <pre>{@code
 * try (KonaplateSandbox sandbox = KonaplateSandbox.builder().generatedCryptoKey().start();
 *      KonaplateClient client = sandbox.clientBuilder()
 *          .encryption(sandbox.clientEncryptionBuilder()
 *              .policy(EncryptionPolicy.ALL_REQUESTS).build())
 *          .build()) {
 *   client.cards().terminate(100000000001L, "Q10000000000000000000000101");
 * }
 * }</pre>
 */
public final class KonaplateSandbox implements AutoCloseable {
  /** The default base path, as on the real service. */
  public static final String DEFAULT_BASE_PATH = "/open-api";
  /** The default tolerated difference between request time and the sandbox's clock. */
  public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofMinutes(5);

  static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

  private final SandboxEngine engine;
  private final HttpFrontEnd frontEnd;
  private final SandboxCredentials credentials;
  private final Clock clock;
  private final Duration clockSkew;
  private final Faults faults;
  private final List<SandboxCryptoKey> cryptoKeys;
  private final boolean encryptResponses;
  private final AtomicBoolean closed = new AtomicBoolean();

  private KonaplateSandbox(Builder b, List<SandboxCryptoKey> cryptoKeys, SandboxEngine engine,
      HttpFrontEnd frontEnd) {
    this.engine = engine;
    this.frontEnd = frontEnd;
    this.credentials = b.credentials;
    this.clock = b.clock;
    this.clockSkew = b.clockSkew;
    this.cryptoKeys = cryptoKeys;
    this.encryptResponses = b.encryptResponses;
    this.faults = new Faults(engine.faults(), !cryptoKeys.isEmpty());
  }

  /**
   * Starts a sandbox with every default: a free port, {@code /open-api}, the default
   * credentials and fixture, the system clock.
   *
   * @throws UncheckedIOException when the server cannot start
   */
  public static KonaplateSandbox start() {
    return builder().start();
  }

  /** Returns a builder with every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The base URL to give a client, e.g. {@code http://127.0.0.1:54321/open-api}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + port() + engine.basePath();
  }

  /** The bound port. */
  public int port() {
    return frontEnd.port();
  }

  /** The base path operations are served under. */
  public String basePath() {
    return engine.basePath();
  }

  /** The credentials this sandbox accepts. */
  public SandboxCredentials credentials() {
    return credentials;
  }

  /** The clock the clock-skew check compares request times with; give it to the client too. */
  public Clock clock() {
    return clock;
  }

  /** The tolerated difference between a request's time and {@link #clock()}. */
  public Duration clockSkew() {
    return clockSkew;
  }

  /**
   * A client builder aimed at this sandbox: its base URL, credentials and clock, and, when the
   * sandbox has a crypto key (by default it has), a {@link JweEncryption} for
   * {@link #cryptoKey()} with the default policy {@code FOLLOW_SPEC} (so the operations
   * openapi.yaml flags are encrypted and their answers decrypted); every other setting is the
   * SDK's default (so also {@code RetryPolicy.defaults()}) until you change it.
   */
  public KonaplateClient.Builder clientBuilder() {
    KonaplateClient.Builder b = KonaplateClient.builder()
        .baseUrl(baseUrl())
        .aspId(credentials.aspId())
        .accessKey(credentials.accessKey())
        .secretKey(credentials.secretKey())
        .clock(clock);
    if (!cryptoKeys.isEmpty()) {
      b.encryption(clientEncryptionBuilder().build());
    }
    return b;
  }

  /** The operations this sandbox serves: every operation of openapi.yaml, in its order. */
  public List<OperationDescriptor> operations() {
    return ApiDescriptor.konaplate().operations();
  }

  /**
   * The crypto keys this sandbox accepts in {@code X-KM-Crypto-Key-Id}, in the order they were
   * configured (the default demo key when none was); empty only when built
   * {@link Builder#withoutCryptoKey()} (then every crypto key id is refused with
   * {@code 990_005}). Unmodifiable.
   */
  public List<SandboxCryptoKey> cryptoKeys() {
    return cryptoKeys;
  }

  /**
   * The first crypto key: the one a generated demo key set is found under, and the one
   * responses to plain requests are encrypted to.
   *
   * @throws IllegalStateException when the sandbox has no crypto key
   */
  public SandboxCryptoKey cryptoKey() {
    if (cryptoKeys.isEmpty()) {
      throw new IllegalStateException("this sandbox has no crypto key: build it with"
          + " cryptoKey(..) or generatedCryptoKey()");
    }
    return cryptoKeys.get(0);
  }

  /** True when every response that passes authentication is encrypted, even to plain requests. */
  public boolean encryptResponses() {
    return encryptResponses;
  }

  /**
   * A {@link JweEncryption} builder for a client of this sandbox, set to {@link #cryptoKey()}:
   * its key id, its server public key and, when known (always for generated keys), its client
   * private key. The policy is the default, {@code FOLLOW_SPEC}, until you change it.
   *
   * @throws IllegalStateException when the sandbox has no crypto key
   */
  public JweEncryption.Builder clientEncryptionBuilder() {
    SandboxCryptoKey key = cryptoKey();
    JweEncryption.Builder b = JweEncryption.builder()
        .cryptoKeyId(key.cryptoKeyId())
        .serverPublicKey(key.serverPublicKey());
    if (key.clientPrivateKey().isPresent()) {
      b.clientPrivateKey(key.clientPrivateKey().get());
    }
    return b;
  }

  /** The fault injection handle. */
  public Faults faults() {
    return faults;
  }

  /**
   * The most recent requests received (all of them, faulted ones included), oldest first, up
   * to the builder's {@code maxRecordedRequests}. A snapshot.
   */
  public List<RecordedRequest> recordedRequests() {
    List<RecordedExchange> snapshot = engine.log().snapshot();
    List<RecordedRequest> out = new ArrayList<RecordedRequest>(snapshot.size());
    for (RecordedExchange e : snapshot) {
      out.add(new RecordedRequest(e));
    }
    return Collections.unmodifiableList(out);
  }

  /** How many requests arrived since the last clear or reset, beyond the recorded ones too. */
  public long requestCount() {
    return engine.log().total();
  }

  /**
   * How many requests for {@code operationId} (e.g. {@code "terminateCard"}) arrived since the
   * last clear or reset, faulted and refused ones included: what "the server received exactly
   * one request" is measured with.
   */
  public long requestCount(String operationId) {
    return engine.log().total(operationId);
  }

  /** Forgets the recorded requests and the request count; the fixture state stays. */
  public void clearRecordedRequests() {
    engine.log().clear();
  }

  /**
   * How many terminate calls for {@code par} succeeded since the last reset. Cards terminated
   * along with their main or mobile card are not counted; see {@link #cardStatus(String)}.
   */
  public int terminationCount(String par) {
    return engine.terminations(par);
  }

  /** A snapshot of every non-zero termination count, by PAR. */
  public Map<String, Integer> terminationCounts() {
    return engine.terminations();
  }

  /**
   * The live balance of the card {@code par}: the fixture's balance after the charges, payments
   * and cancellations since the last reset (a physical card's payments move the balance of the
   * mobile card it is linked to); empty when the fixture has no such card.
   */
  public OptionalLong cardBalance(String par) {
    Long balance = engine.money().balance(par);
    return balance == null ? OptionalLong.empty() : OptionalLong.of(balance);
  }

  /**
   * The amount of the charges accepted as pending on the card {@code par} and not settled yet
   * (see {@link #keepChargesPending(int)}); empty when the fixture has no such card.
   */
  public OptionalLong cardPendingAmount(String par) {
    Long pending = engine.money().pendingAmount(par);
    return pending == null ? OptionalLong.empty() : OptionalLong.of(pending);
  }

  /**
   * What Checking Result of Charge answers for {@code sequenceId} now: {@code COMPLETED},
   * {@code PENDING} or {@code FAILED}; empty when no charge or charge cancellation was sent with
   * it since the last reset (and the fixture has none).
   */
  public Optional<String> chargeResult(String sequenceId) {
    return Optional.ofNullable(engine.money().chargeResult(sequenceId));
  }

  /**
   * How many charges with {@code sequenceId} were accepted since the last reset (completed or
   * left pending): what "charged exactly once" is measured with. A repeat of the sequenceId
   * never charges again, so this is 0 or 1.
   */
  public int chargeCount(String sequenceId) {
    return engine.effects("chargeFromBankAccount", sequenceId);
  }

  /**
   * How many payments with {@code transactionId} were approved since the last reset: what
   * "paid exactly once" is measured with (0 or 1: a repeat of the id never pays again).
   */
  public int paymentCount(String transactionId) {
    return engine.effects("pay", transactionId);
  }

  /**
   * Leaves the next {@code count} charges the sandbox accepts pending, as when the PG gives no
   * normal answer: each answers {@code isPending: true} with its transaction number, the result
   * inquiry answers {@code PENDING}, and its amount is the card's pending amount (not its
   * balance) until {@link #completePendingCharges()} or {@link #failPendingCharges()}. 0 turns
   * the mode off; {@link #reset()} does too.
   *
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public void keepChargesPending(int count) {
    engine.money().keepChargesPending(count);
  }

  /**
   * Completes every pending charge (the fixture's too), oldest first, as the PG's later check
   * would: the amount moves onto the card and into its history, and the result inquiry answers
   * {@code COMPLETED}. Returns how many charges it completed.
   */
  public int completePendingCharges() {
    return engine.money().settlePendingCharges(true);
  }

  /**
   * Fails every pending charge (the fixture's too): nothing moves, the pending amount is
   * released, and the result inquiry answers {@code FAILED}. Returns how many charges failed.
   */
  public int failPendingCharges() {
    return engine.money().settlePendingCharges(false);
  }

  /**
   * How many status changes (Modification of the Card's State) succeeded for {@code par}
   * since the last reset, convergent repeats included (a second {@code SUSPEND} of a
   * suspended card succeeds and counts), whether the card was named by PAR or card number.
   */
  public int statusChangeCount(String par) {
    return engine.effects("changeCardStatus", par);
  }

  /** How many limit updates succeeded for {@code par} since the last reset. */
  public int limitUpdateCount(String par) {
    return engine.effects("updateCardLimits", par);
  }

  /** How many cancellations of the application {@code cardApplyNo} succeeded since the reset. */
  public int applicationCancellationCount(String cardApplyNo) {
    return engine.effects("cancelCardApplication", cardApplyNo);
  }

  /**
   * A snapshot of the effects of {@code operationId} applied since the last reset, by the PAR
   * (terminateCard, changeCardStatus, updateCardLimits), cardApplyNo (cancelCardApplication),
   * login id (registerMember; verifyMemberPassword counts wrong passwords), userId
   * (unregisterMember, activateDormantMember, updateTermsAgreement, rechargeBySystem: each
   * system recharge of the member), sequenceId else nrNumber (chargeFromBankAccount,
   * cancelCharge), transactionId else nrNumber (pay), nrNumber (cancelPayment) or
   * transactionId (netCancelPayment) they were applied to; empty for reads, which have no
   * effect.
   */
  public Map<String, Integer> effectCounts(String operationId) {
    if (operationId == null) {
      throw new NullPointerException("operationId == null");
    }
    return engine.effects(operationId);
  }

  /**
   * The current status of the card {@code par} ({@code ACTIVE}, {@code SUSPENDED} or
   * {@code TERMINATED}), empty when the fixture has no such card.
   */
  public Optional<CardStatus> cardStatus(String par) {
    return Optional.ofNullable(engine.cardStatus(par));
  }

  /**
   * The state of the member {@code userId} (one of the fixture, or registered since the last
   * reset), empty when there is no such member.
   */
  public Optional<MemberState> memberState(long userId) {
    return Optional.ofNullable(engine.memberState(userId));
  }

  /**
   * The id of the member whose login id is {@code loginId} (of the fixture, or registered since
   * the last reset; not withdrawn), empty when there is none: what a registration's reported
   * {@code userId} is checked against.
   */
  public Optional<Long> memberId(String loginId) {
    return Optional.ofNullable(engine.memberId(loginId));
  }

  /**
   * How many members are in {@code state} now, the fixture's and those registered since the
   * last reset: {@code memberCount(MemberState.ACTIVE)} grows by one per registration.
   */
  public int memberCount(MemberState state) {
    if (state == null) {
      throw new NullPointerException("state == null");
    }
    return engine.memberCount(state);
  }

  /**
   * How many registrations (User Register) of {@code loginId} succeeded since the last reset:
   * what "registered exactly once" is measured with. A repeat is refused with {@code 001_001}
   * and not counted.
   */
  public int registrationCount(String loginId) {
    return engine.effects("registerMember", loginId);
  }

  /** How many withdrawals (Membership Cancellation) of {@code userId} succeeded since the reset. */
  public int withdrawalCount(long userId) {
    return engine.effects("unregisterMember", String.valueOf(userId));
  }

  /**
   * Returns to the fixture as loaded: every member's state and agreed terms (the members
   * registered since and their cards are forgotten), every card's status and limits, every
   * application (dated anew from the clock), every card's balance and pending amount, the
   * money's charges, payments, tokens and history, the effect counts, the recorded requests and
   * the pending faults.
   * Requests in flight finish against either state.
   */
  public void reset() {
    engine.reset();
  }

  /** Stops the server and its threads; idempotent. Requests in flight are cut off. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      frontEnd.close();
    }
  }

  @Override
  public String toString() {
    return "KonaplateSandbox{" + baseUrl() + "}";
  }

  /** Configures and starts a {@link KonaplateSandbox}. Not thread-safe. */
  public static final class Builder {
    private int port;
    private String basePath = DEFAULT_BASE_PATH;
    private SandboxCredentials credentials = SandboxCredentials.defaults();
    private SandboxFixture fixture;
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = DEFAULT_CLOCK_SKEW;
    private int maxRecordedRequests = 1000;
    private int threads = 32;
    /** Configured keys, and null where a generated key goes, in order. */
    private final List<SandboxCryptoKey> cryptoKeys = new ArrayList<SandboxCryptoKey>();
    private boolean encryptResponses;
    private boolean arrivalOrder = true;
    private boolean withoutCryptoKey;
    private SecureRandom random;

    private Builder() {
    }

    /** The port to bind on 127.0.0.1; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port out of range: " + port);
      }
      this.port = port;
      return this;
    }

    /** The base path, default {@code /open-api}; "" or "/" serves at the root. */
    public Builder basePath(String basePath) {
      if (basePath == null) {
        throw new NullPointerException("basePath == null");
      }
      String p = basePath.equals("/") ? "" : basePath;
      if (!p.isEmpty() && (!p.startsWith("/") || p.endsWith("/") || p.contains("//")
          || p.contains("?") || p.contains("#") || p.contains(" "))) {
        throw new IllegalArgumentException("basePath must look like /open-api: " + basePath);
      }
      this.basePath = p;
      return this;
    }

    /** The credentials to accept, default {@link SandboxCredentials#defaults()}. */
    public Builder credentials(SandboxCredentials credentials) {
      if (credentials == null) {
        throw new NullPointerException("credentials == null");
      }
      this.credentials = credentials;
      return this;
    }

    /** The members and cards, default {@link SandboxFixture#defaults()}. */
    public Builder fixture(SandboxFixture fixture) {
      if (fixture == null) {
        throw new NullPointerException("fixture == null");
      }
      this.fixture = fixture;
      return this;
    }

    /** The clock request times are checked against, default the system UTC clock. */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new NullPointerException("clock == null");
      }
      this.clock = clock;
      return this;
    }

    /** The tolerated difference between request time and clock, default 5 minutes. */
    public Builder clockSkew(Duration clockSkew) {
      if (clockSkew == null) {
        throw new NullPointerException("clockSkew == null");
      }
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew is negative: " + clockSkew);
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /** How many recent requests to keep for assertions, default 1000; 0 keeps none. */
    public Builder maxRecordedRequests(int maxRecordedRequests) {
      if (maxRecordedRequests < 0) {
        throw new IllegalArgumentException("maxRecordedRequests < 0");
      }
      this.maxRecordedRequests = maxRecordedRequests;
      return this;
    }

    /**
     * Adds a crypto key from keys you have: requests naming {@code cryptoKeyId} in
     * {@code X-KM-Crypto-Key-Id} are decrypted with {@code serverPrivateKey}, and responses are
     * encrypted to {@code clientPublicKey}. Same as {@code cryptoKey(SandboxCryptoKey.of(..))}.
     *
     * @throws IllegalArgumentException when the key id is not 32 printable characters, a key is
     *     not RSA of at least 2048 bits, or the id was already added
     */
    public Builder cryptoKey(String cryptoKeyId, PrivateKey serverPrivateKey,
        PublicKey clientPublicKey) {
      return cryptoKey(SandboxCryptoKey.of(cryptoKeyId, serverPrivateKey, clientPublicKey));
    }

    /**
     * Adds a crypto key. A sandbox may have several (KONA PLATE gives a project up to two);
     * the first is the one responses to plain requests are encrypted to.
     *
     * @throws IllegalArgumentException when a key with the same id was already added
     */
    public Builder cryptoKey(SandboxCryptoKey key) {
      if (key == null) {
        throw new NullPointerException("key == null");
      }
      for (SandboxCryptoKey k : cryptoKeys) {
        if (k != null && k.cryptoKeyId().equals(key.cryptoKeyId())) {
          throw new IllegalArgumentException("crypto key " + key.maskedKeyId()
              + " was already added");
        }
      }
      cryptoKeys.add(key);
      return this;
    }

    /**
     * Adds a crypto key generated when the sandbox starts ({@link SandboxCryptoKey#generate}),
     * with the {@linkplain #secureRandom builder's SecureRandom}: a demo key set, so examples
     * and tests need no key files. Find it with {@link KonaplateSandbox#cryptoKey()} (when it
     * is the first) or {@link KonaplateSandbox#cryptoKeys()}, and configure a client with
     * {@link KonaplateSandbox#clientEncryptionBuilder()}. Every {@link #start()} generates
     * anew.
     */
    public Builder generatedCryptoKey() {
      cryptoKeys.add(null);
      return this;
    }

    /**
     * Builds a sandbox without any crypto key: every {@code X-KM-Crypto-Key-Id} is refused with
     * {@code 990_005}, the operations openapi.yaml flags for request encryption answer only
     * {@code 990_006}, flagged responses stay plain, and {@link #clientBuilder()} configures no
     * encryption. Cannot be combined with {@link #cryptoKey} or {@link #generatedCryptoKey()}.
     */
    public Builder withoutCryptoKey() {
      this.withoutCryptoKey = true;
      return this;
    }

    /**
     * Whether to encrypt every response that passes authentication, also to plain requests
     * (to the first crypto key); default false, when only responses to encrypted requests and
     * to operations the spec flags are encrypted.
     */
    public Builder encryptResponses(boolean encryptResponses) {
      this.encryptResponses = encryptResponses;
      return this;
    }

    /**
     * Whether requests take effect in the order the server received them (default true: a read
     * sent after a write sees it, which keeps examples and tests deterministic). KONA PLATE
     * promises no such order; turn it off to let a request still in flight land after a later
     * one, as a fault suite should.
     */
    public Builder effectsInArrivalOrder(boolean arrivalOrder) {
      this.arrivalOrder = arrivalOrder;
      return this;
    }

    /**
     * The source of {@linkplain #generatedCryptoKey() generated keys}, JWE content keys and
     * IVs; default a new {@link SecureRandom}. (The JVM's demo key, used when no key is
     * configured, comes from its own {@code SecureRandom}.)
     */
    public Builder secureRandom(SecureRandom random) {
      if (random == null) {
        throw new NullPointerException("random == null");
      }
      this.random = random;
      return this;
    }

    /** The number of request handler threads, default 32. */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads < 1");
      }
      this.threads = threads;
      return this;
    }

    /**
     * Starts the sandbox.
     *
     * @throws UncheckedIOException when the port cannot be bound
     * @throws IllegalStateException when {@code withoutCryptoKey()} is combined with a crypto
     *     key or with {@code encryptResponses(true)}
     */
    public KonaplateSandbox start() {
      if (withoutCryptoKey && !cryptoKeys.isEmpty()) {
        throw new IllegalStateException("withoutCryptoKey() contradicts cryptoKey(..) and"
            + " generatedCryptoKey()");
      }
      if (encryptResponses && withoutCryptoKey) {
        throw new IllegalStateException("encryptResponses(true) needs a crypto key: do not"
            + " combine it with withoutCryptoKey()");
      }
      enableNoDelay();
      SecureRandom rnd = random == null ? new SecureRandom() : random;
      List<SandboxCryptoKey> configured = new ArrayList<SandboxCryptoKey>(cryptoKeys);
      if (configured.isEmpty() && !withoutCryptoKey) {
        configured.add(DefaultCryptoKey.get());
      }
      List<SandboxCryptoKey> keys = new ArrayList<SandboxCryptoKey>(configured.size());
      List<SandboxCrypto.Key> engineKeys = new ArrayList<SandboxCrypto.Key>(configured.size());
      for (SandboxCryptoKey k : configured) {
        SandboxCryptoKey key = k != null ? k : SandboxCryptoKey.generate(rnd);
        keys.add(key);
        engineKeys.add(new SandboxCrypto.Key(key.cryptoKeyId(), JweCodec.builder()
            .decryptWith(key.serverPrivateKey())
            .encryptTo(key.clientPublicKey())
            .secureRandom(rnd)
            .build()));
      }
      SandboxEngine engine = new SandboxEngine(basePath, credentials, clock, clockSkew,
          (fixture == null ? SandboxFixture.defaults() : fixture).model(), maxRecordedRequests,
          new SandboxCrypto(engineKeys, encryptResponses, rnd), false);
      engine.effectsInArrivalOrder(arrivalOrder);
      try {
        return new KonaplateSandbox(this, Collections.unmodifiableList(keys), engine,
            HttpFrontEnd.start(engine, port, threads));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the sandbox on port " + port, e);
      }
    }
  }

  /**
   * Turns off Nagle's algorithm in the JDK's HTTP server. Without it every small response
   * waits about 40 ms for the client's delayed ACK, so a suite of a thousand calls would spend
   * 40 s doing nothing. The server reads the property once, when its first instance in the
   * JVM is created; so this only helps when no JDK HttpServer ran before, and it leaves an
   * explicit setting (true or false) alone. The build sets it for surefire and failsafe anyway.
   */
  private static void enableNoDelay() {
    try {
      if (System.getProperty(NODELAY_PROPERTY) == null) {
        System.setProperty(NODELAY_PROPERTY, "true");
      }
    } catch (SecurityException e) {
      // Not allowed to set it: the sandbox still works, only slower.
    }
  }
}
