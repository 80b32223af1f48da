package com.konaplate.sdk;

import com.konaplate.sdk.internal.DependencyCheck;
import com.konaplate.sdk.internal.SdkVersion;
import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.SequenceIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.internal.auth.TimeZones;
import com.konaplate.sdk.internal.call.ClientRuntime;
import com.konaplate.sdk.internal.call.OperationCaller;
import com.konaplate.sdk.internal.config.Settings;
import com.konaplate.sdk.internal.http.HttpClients;
import com.konaplate.sdk.internal.http.OperationRequests;
import com.konaplate.sdk.internal.http.InFlightAttempts;
import com.konaplate.sdk.internal.http.ResponseReader;
import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.internal.retry.CallExecutor;
import com.konaplate.sdk.internal.retry.CallObserver;
import com.konaplate.sdk.internal.retry.RetryBudget;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.konaplate.sdk.spi.PayloadEncryptorProvider;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The entry point of the KONA PLATE Java SDK. Immutable and thread-safe: create one per set of
 * credentials and share it. Its groups ({@link #cards()}, …) offer every operation of
 * openapi.yaml; every request is signed with {@code X-KM-Tran-Token}, encrypted where the spec
 * says, retried only where the operation's retry class makes that safe, and every failure is a
 * typed {@link com.konaplate.sdk.exception.KonaplateException}.
 *
 * <pre>{@code
 * try (KonaplateClient client = KonaplateClient.fromEnv()) {
 *   TerminateCardResult result = client.cards().terminate(userId, par);
 * }
 * }</pre>
 */
public final class KonaplateClient extends ApiGroups implements AutoCloseable {
  /** The public KONA PLATE sandbox, the default base URL. */
  public static final String SANDBOX_BASE_URL = "https://sandbox.konaplate.com/open-api";

  private final HttpUrl baseUrl;
  private final String aspId;
  private final String timeZone;
  private final RetryPolicy retryPolicy;
  private final boolean encryption;
  private final String userAgent;
  private final ClientRuntime runtime;

  private KonaplateClient(Builder b, HttpUrl baseUrl, ZoneId zone) {
    super(newCaller(b, baseUrl, zone));
    this.baseUrl = baseUrl;
    this.aspId = b.aspId;
    this.timeZone = b.timeZone;
    this.retryPolicy = b.retryPolicy;
    this.encryption = b.encryptor != null;
    this.userAgent = userAgent();
    this.runtime = caller().runtime();
  }

  /**
   * The engine of a new client. Requests are built from the spec's operations without a
   * generated ApiClient (its per-call overhead was most of the SDK's own cost: see
   * OperationRequests), one request template per operation, made once.
   */
  private static OperationCaller newCaller(Builder b, HttpUrl baseUrl, ZoneId zone) {
    InFlightAttempts attempts = new InFlightAttempts();
    OkHttpClient http = HttpClients.create(b.httpClient, b.aspId, b.accessKey, b.timeZone, zone,
        b.clock, new RequestSigner(b.secretKey), b.encryptor, b.connectTimeout, b.readTimeout,
        b.writeTimeout, attempts);
    ClientRuntime runtime = new ClientRuntime(http, b.httpClient == null, b.scheduler);
    ApiDescriptor api = ApiDescriptor.konaplate();
    Map<String, OperationRequests> requests = new HashMap<>();
    for (OperationDescriptor op : api.operations()) {
      requests.put(op.operationId(), new OperationRequests(baseUrl, op, userAgent()));
    }
    CorrelationIds ids = new CorrelationIds(b.random);
    Clock clock = b.clock;
    CallExecutor executor = new CallExecutor(http, attempts, new ResponseReader(b.encryptor, clock),
        b.sleeper, runtime::retryScheduler, runtime::ownScheduler, clock, b.random,
        new RetryBudget(b.retryPolicy.retryBudget()),
        new CallObserver(b.listener, b.logBodies, baseUrl.host()),
        requests::get, () -> ids.next(KonaplateTimes.of(clock.instant(), zone)),
        b.encryptor != null, KnownSecrets.ofClient(b.secretKey, b.accessKey,
            b.encryptor == null ? null : b.encryptor.cryptoKeyId()));
    return new OperationCaller(api, requests, executor, ids, clock, zone, b.retryPolicy, runtime,
        new SequenceIds(b.random));
  }

  private static String userAgent() {
    return "konaplate-sdk-java/" + SdkVersion.VERSION;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code KONAPLATE_BASE_URL} (default: the public
   * sandbox), {@code KONAPLATE_ASP_ID}, {@code KONAPLATE_ACCESS_KEY}, {@code KONAPLATE_SECRET_KEY},
   * {@code KONAPLATE_TIME_ZONE} (default {@code KST}), and, when {@code konaplate-sdk-crypto} is
   * on the classpath, its encryption variables.
   *
   * @throws IllegalStateException naming the variable when one is missing or malformed
   */
  public static KonaplateClient fromEnv() {
    return builder().fromEnvironment(System::getenv).build();
  }

  /**
   * Calls an operation the SDK does not type (yet): signs, encrypts as the request says, retries
   * as its retry class allows ({@code unsafe} unless declared a read) and returns the envelope
   * and the JSON.
   *
   * @throws com.konaplate.sdk.exception.KonaplateException on every failure, as typed calls do
   */
  public RawResponse rawCall(RawRequest request) {
    return rawCall(request, RequestOptions.none());
  }

  /** {@link #rawCall(RawRequest)} with per-call options. */
  public RawResponse rawCall(RawRequest request, RequestOptions options) {
    return caller().callRaw(rawRequests(request), request.json().getBytes(
        java.nio.charset.StandardCharsets.UTF_8), options, KonaplateClient::rawResponse);
  }

  /** {@link #rawCall(RawRequest)} without blocking. */
  public CompletableFuture<RawResponse> rawCallAsync(RawRequest request) {
    if (request == null) {
      return OperationCaller.failed(new NullPointerException("request == null"));
    }
    return caller().callRawAsync(rawRequests(request), request.json().getBytes(
        java.nio.charset.StandardCharsets.UTF_8), RequestOptions.none(),
        KonaplateClient::rawResponse);
  }

  private OperationRequests rawRequests(RawRequest request) {
    if (request == null) {
      throw new NullPointerException("request == null");
    }
    return new OperationRequests(baseUrl, OperationDescriptor.raw(request.path(),
        request.retryClass(), request.encryptRequest(), request.encryptResponse()), userAgent);
  }

  private static RawResponse rawResponse(com.konaplate.sdk.internal.http.ApiAnswer answer,
      com.konaplate.sdk.internal.retry.CallState state, boolean confirmedByReadBack) {
    return new RawResponse(com.konaplate.sdk.model.ResultMetadata.builder()
        .operation(state.operation().operationId()).code(answer.code())
        .description(answer.description()).correlationId(answer.correlationId())
        .httpStatus(answer.httpStatus()).attempts(state.attempts()).elapsed(state.elapsed())
        .build(), answer.json());
  }

  /** The base URL requests are sent to. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /**
   * Releases the connections and threads the client created. A partner-supplied
   * {@link OkHttpClient} or scheduler is left running: it belongs to the partner. Idempotent.
   */
  @Override
  public void close() {
    runtime.close();
  }

  /** Shows the configuration without secrets. */
  @Override
  public String toString() {
    return "KonaplateClient{baseUrl=" + baseUrl + ", aspId=" + aspId + ", timeZone=" + timeZone
        + ", encryption=" + (encryption ? "on" : "off") + ", " + retryPolicy + '}';
  }

  /**
   * Builds a {@link KonaplateClient}. Setters check their argument at once; {@link #build()}
   * checks that the required settings are present. Not thread-safe.
   */
  public static final class Builder {
    private String baseUrl = SANDBOX_BASE_URL;
    private String aspId;
    private String accessKey;
    private String secretKey;
    private String timeZone = "KST";
    private Clock clock = Clock.systemUTC();
    private SecureRandom random;
    private Sleeper sleeper = Sleeper.system();
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private OkHttpClient httpClient;
    private PayloadEncryptor encryptor;
    private ScheduledExecutorService scheduler;
    private KonaplateListener listener;
    private boolean logBodies;

    private Builder() {
    }

    /**
     * Sets the base URL, e.g. {@code https://sandbox.konaplate.com/open-api} (the default).
     * Plain {@code http://} is accepted only for loopback hosts.
     */
    public Builder baseUrl(String baseUrl) {
      Settings.baseUrl(baseUrl, "baseUrl", "KONAPLATE_BASE_URL");
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the ASP ID (15 characters), sent as {@code X-KM-User-AspId}. */
    public Builder aspId(String aspId) {
      this.aspId = Settings.fixedLength(aspId, "aspId", "KONAPLATE_ASP_ID", 15);
      return this;
    }

    /** Sets the access key (40 characters), sent as {@code X-KM-Access-Key}. */
    public Builder accessKey(String accessKey) {
      this.accessKey = Settings.fixedLength(accessKey, "accessKey", "KONAPLATE_ACCESS_KEY", 40);
      return this;
    }

    /** Sets the secret key that signs requests; it is never sent nor printed. */
    public Builder secretKey(String secretKey) {
      this.secretKey = Settings.nonEmptySecret(secretKey, "secretKey", "KONAPLATE_SECRET_KEY");
      return this;
    }

    /** Sets the 3-letter zone of the request times, {@code KST} (default) or e.g. {@code UTC}. */
    public Builder timeZone(String timeZone) {
      if (timeZone == null) {
        throw new NullPointerException("timeZone == null");
      }
      if (TimeZones.zoneOf(timeZone) == null) {
        throw new IllegalArgumentException("timeZone (KONAPLATE_TIME_ZONE) must be a known "
            + "3-letter zone name such as " + TimeZones.knownNames() + " (was " + timeZone + ")");
      }
      this.timeZone = timeZone;
      return this;
    }

    /** Sets the clock of request times and deadlines (default: the system clock). */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the randomness of correlation ids and retry jitter (default: a new SecureRandom). */
    public Builder random(SecureRandom random) {
      this.random = requireNonNull(random, "random");
      return this;
    }

    /** Sets how the client waits between retries (default: {@link Sleeper#system()}). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Sets the retry policy (default: {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** Sets the connect timeout of one attempt (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Sets the read timeout of one attempt (default 30 s). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /** Sets the write timeout of one attempt (default 30 s). */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sends with the partner's own OkHttp client (its proxy, TLS, pool and interceptors are
     * kept; the SDK adds its own interceptors and its timeouts). The client is not closed by
     * {@link KonaplateClient#close()}.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Encrypts payloads with this encryptor, e.g. the JWE encryption of
     * {@code konaplate-sdk-crypto}. Without one, nothing is encrypted and an encrypted response
     * is a {@link com.konaplate.sdk.exception.KonaplateCryptoException}.
     */
    public Builder encryption(PayloadEncryptor encryptor) {
      this.encryptor = requireNonNull(encryptor, "encryptor");
      return this;
    }

    /**
     * Schedules the retries of asynchronous calls on this executor (default: one daemon thread
     * the client creates on first use and stops on close, which also runs the deadline
     * watchdog). The partner's executor is not shut down by {@link KonaplateClient#close()}.
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** Tells {@code listener} about every attempt, retry and outcome, e.g. for metrics. */
    public Builder listener(KonaplateListener listener) {
      this.listener = requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Logs request and response bodies at TRACE on logger {@code com.konaplate.sdk.call}
     * (default off). Bodies are redacted by field: PARs and card numbers masked, secrets removed,
     * encrypted payloads reduced to their length.
     */
    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /**
     * Applies the {@code KONAPLATE_*} settings found in {@code environment} (a variable that is
     * not set leaves the setting as it is). Settings made after this call override them.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed
     * @throws IllegalStateException when encryption variables are set but
     *     {@code konaplate-sdk-crypto} is not on the classpath
     */
    public Builder fromEnvironment(Function<String, String> environment) {
      requireNonNull(environment, "environment");
      String v;
      if ((v = environment.apply("KONAPLATE_BASE_URL")) != null && !v.isEmpty()) {
        baseUrl(v);
      }
      if ((v = environment.apply("KONAPLATE_ASP_ID")) != null) {
        aspId(v);
      }
      if ((v = environment.apply("KONAPLATE_ACCESS_KEY")) != null) {
        accessKey(v);
      }
      if ((v = environment.apply("KONAPLATE_SECRET_KEY")) != null) {
        secretKey(v);
      }
      if ((v = environment.apply("KONAPLATE_TIME_ZONE")) != null && !v.isEmpty()) {
        timeZone(v);
      }
      PayloadEncryptor fromEnv = null;
      for (PayloadEncryptorProvider provider : ServiceLoader.load(PayloadEncryptorProvider.class,
          KonaplateClient.class.getClassLoader())) {
        fromEnv = provider.fromEnvironment(environment);
        if (fromEnv != null) {
          break;
        }
      }
      if (fromEnv != null) {
        this.encryptor = fromEnv;
      } else if (!isBlank(environment.apply("KONAPLATE_CRYPTO_KEY_ID"))) {
        throw new IllegalStateException("KONAPLATE_CRYPTO_KEY_ID is set but konaplate-sdk-crypto "
            + "is not on the classpath: add com.konaplate:konaplate-sdk-crypto to use encryption");
      }
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException naming the first required setting that is missing, or each
     *     library on the class path (OkHttp, Gson, Kotlin stdlib) older than the SDK supports
     */
    public KonaplateClient build() {
      DependencyCheck.verify(); // refuses untested OkHttp, Gson, Kotlin versions here, not mid-call
      require(aspId, "aspId", "KONAPLATE_ASP_ID");
      require(accessKey, "accessKey", "KONAPLATE_ACCESS_KEY");
      require(secretKey, "secretKey", "KONAPLATE_SECRET_KEY");
      HttpUrl url = Settings.baseUrl(baseUrl, "baseUrl", "KONAPLATE_BASE_URL");
      if (random == null) {
        random = new SecureRandom();
      }
      return new KonaplateClient(this, url, TimeZones.zoneOf(timeZone));
    }

    private static boolean isBlank(String value) {
      return value == null || value.trim().isEmpty();
    }

    private static void require(Object value, String setting, String variable) {
      if (value == null) {
        throw new IllegalStateException(setting + " is required: call " + setting
            + "(...) on the builder or set " + variable);
      }
    }

    private static <T> T requireNonNull(T value, String name) {
      if (value == null) {
        throw new NullPointerException(name + " == null");
      }
      return value;
    }

    private static Duration positive(Duration d, String name) {
      requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
