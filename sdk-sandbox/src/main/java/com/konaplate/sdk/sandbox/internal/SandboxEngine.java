package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonObject;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.MemberState;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The emulation of KONA PLATE, independent of any HTTP server: maps (method, path, headers,
 * body) to a response, decides the faults, keeps the fixture state and records the requests.
 * Every operation of openapi.yaml is routed, validated and encrypted as its public descriptor
 * ({@link ApiDescriptor#konaplate()}) says; its business rules are an {@link OperationHandler}.
 * Thread-safe.
 *
 * <p>Checks run in this order, and the first failure answers: route (404, 405), header
 * presence/length/format (400 000_002 naming the header), ASP ID and access key (990_001),
 * crypto key id known (990_005), token time against X-KM-Tran-Time (990_004), clock skew
 * (990_003), the HMAC over the wire body (990_002), Content-Type (990_415), for an encrypted
 * request the {"encData":"<JWE>"} envelope (000_002) and its decryption (990_005), the body's
 * JSON (000_002 body; an encData body without a crypto key id names X-KM-Crypto-Key-Id), a
 * plaintext request to an operation whose request is flagged (990_006), the fields of the
 * operation's request (000_002 naming the field; 000_003 / 000_015 for a missing field / a wrong
 * length where the operation's page documents those codes), then the operation's business rules.
 *
 * <p>Responses decided after authentication (HMAC passed and, for an encrypted request, the
 * payload decrypted) are encrypted when the request was encrypted, when the spec flags the
 * operation's response, or when the sandbox encrypts all responses; 401s, 990_006 and earlier
 * refusals are always plain.
 */
public final class SandboxEngine {
  /** The path of Discarding a Card, below the base path. */
  public static final String TERMINATE_PATH = "/api/v1/card/terminate";

  static final String CORRELATION_ID = HeaderVerifier.CORRELATION_ID;
  static final String CRYPTO_KEY_ID = HeaderVerifier.CRYPTO_KEY_ID;

  private static final Pattern ECHOABLE = Pattern.compile("^[!-~]{1,64}$");

  private final String basePath;
  private final Clock clock;
  private final Map<String, Route> routes;
  private final FixtureState state;
  private final FaultPlan faults = new FaultPlan();
  private final ArrivalOrder arrivalOrder = new ArrivalOrder();
  private final RequestLog log;
  private final SandboxCrypto crypto;
  private final HeaderVerifier verifier;

  /**
   * Creates an engine without crypto keys.
   *
   * @param basePath "" or a path starting with '/' and not ending with one
   * @param maxRecorded how many recent requests to keep for assertions
   */
  public SandboxEngine(String basePath, SandboxCredentials credentials, Clock clock,
      Duration skew, FixtureModel fixture, int maxRecorded) {
    this(basePath, credentials, clock, skew, fixture, maxRecorded, SandboxCrypto.none(), false);
  }

  /**
   * Creates an engine.
   *
   * @param basePath "" or a path starting with '/' and not ending with one
   * @param maxRecorded how many recent requests to keep for assertions
   * @param crypto the crypto keys and response encryption setting
   * @param flagAllResponses true to treat every operation's response as flagged for
   *     encryption, as if openapi.yaml said so (for tests); false to follow openapi.yaml
   */
  public SandboxEngine(String basePath, SandboxCredentials credentials, Clock clock,
      Duration skew, FixtureModel fixture, int maxRecorded, SandboxCrypto crypto,
      boolean flagAllResponses) {
    this.crypto = crypto;
    this.basePath = basePath;
    this.state = new FixtureState(fixture, clock, credentials.aspId());
    this.log = new RequestLog(maxRecorded);
    this.verifier = new HeaderVerifier(credentials, clock, skew, crypto);
    Map<String, Route> r = new HashMap<String, Route>();
    for (OperationDescriptor op : ApiDescriptor.konaplate().operations()) {
      r.put(basePath + op.path(), new Route(op, flagAllResponses));
    }
    this.routes = Collections.unmodifiableMap(r);
    this.clock = clock;
  }

  /** The base path operations are served under. */
  public String basePath() {
    return basePath;
  }

  /** Whether requests take effect in arrival order (see {@link ArrivalOrder}); default on. */
  public void effectsInArrivalOrder(boolean on) {
    arrivalOrder.enabled(on);
  }

  /** A ticket for a request the server just dispatched, in dispatch order. */
  public long arrived() {
    return arrivalOrder.issue();
  }

  /** Marks a request finished (its ticket from {@link #arrived()}); idempotent. */
  public void finished(long ticket) {
    arrivalOrder.release(ticket);
  }

  /** The fault plan. */
  public FaultPlan faults() {
    return faults;
  }

  /** The crypto keys and settings. */
  public SandboxCrypto crypto() {
    return crypto;
  }

  /**
   * True when openapi.yaml flags terminate's response for encryption
   * ({@code x-konaplate-encryption.response}), read from the SDK's public descriptor.
   */
  public static boolean specFlagsTerminateResponse() {
    OperationDescriptor op = ApiDescriptor.konaplate().operationAt(TERMINATE_PATH);
    return op != null && op.encryptResponse();
  }

  /** The recorded requests. */
  public RequestLog log() {
    return log;
  }

  /** Successful terminations of {@code par} since the last reset. */
  public int terminations(String par) {
    return state.effects(Handlers.TERMINATE, par);
  }

  /** Every successful termination count since the last reset. */
  public Map<String, Integer> terminations() {
    return state.effects(Handlers.TERMINATE);
  }

  /** The money of the state: balances, charge results, the pending-charge mode. */
  public MoneyControls money() {
    return new MoneyControls(state);
  }

  /** Applied effects of {@code operationId} on {@code key} (a PAR or cardApplyNo). */
  public int effects(String operationId, String key) {
    return state.effects(operationId, key);
  }

  /** Every non-zero effect count of {@code operationId}, by key. */
  public Map<String, Integer> effects(String operationId) {
    return state.effects(operationId);
  }

  /** The status of {@code par}, or null when the fixture has no such card. */
  public CardStatus cardStatus(String par) {
    return state.status(par);
  }

  /** The state of the member {@code userId}, or null when there is no such member. */
  public MemberState memberState(long userId) {
    return state.memberState(userId);
  }

  /** The id of the member registered with {@code loginId}, or null. */
  public Long memberId(String loginId) {
    return state.memberId(loginId);
  }

  /** How many members (of the fixture and registered since the reset) are in {@code s}. */
  public int memberCount(MemberState s) {
    return state.memberCount(s);
  }

  /** Restores the fixture, clears the counts, the recorded requests and the faults. */
  public void reset() {
    faults.clear();
    state.reset();
    log.clear();
  }

  /**
   * Handles one request.
   *
   * @param rawPath the request path without the query, still percent-encoded
   * @param headers the request headers, names in any case
   * @param body the exact body bytes
   */
  public Outcome handle(String method, String rawPath, Map<String, List<String>> headers,
      byte[] body) {
    return handle(method, rawPath, headers, body, -1);
  }

  /**
   * Handles one request that has a ticket from {@link #arrived()}: it takes effect only after
   * the requests dispatched before it did (see {@link ArrivalOrder}).
   *
   * @param ticket the request's ticket, or -1 for none
   */
  public Outcome handle(String method, String rawPath, Map<String, List<String>> headers,
      byte[] body, long ticket) {
    Instant receivedAt = clock.instant();
    Map<String, List<String>> h = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null) {
        h.put(e.getKey(), Collections.unmodifiableList(new ArrayList<String>(e.getValue())));
      }
    }
    h = Collections.unmodifiableMap(h);

    Route route = routes.get(rawPath);
    Exchange x = new Exchange(h, body);
    String operationId = route == null ? null : route.operation.operationId();
    Fault fault = faults.take(operationId, route == null ? null : parForFaults(x));
    EngineResponse response;
    try {
      if (fault != null && !fault.kind().operationApplied()) {
        response = FaultResponses.replacement(fault, echoedCorrelationId(h));
      } else {
        response = process(method, route, h, body, x, ticket);
        response = encryptAsDecided(response, fault, x);
        if (fault != null && fault.kind() == Fault.Kind.SERVER_ERROR_AFTER_EFFECT) {
          // Applied; a gateway's plain error page-like envelope answers instead of the result.
          response = FaultResponses.replacement(fault, echoedCorrelationId(h));
        }
        if (fault != null && fault.kind() == Fault.Kind.WRONG_CONTENT_TYPE) {
          response = response.withHeader("Content-Type", "text/plain;charset=UTF-8");
        }
      }
    } finally {
      arrivalOrder.release(ticket); // decided: the requests behind it may go on
    }
    log.add(new RecordedExchange(receivedAt, method, rawPath, h, body,
        response == null ? 0 : response.status(), response == null ? null : response.code(),
        fault, x.decryptedForLog(), response == null ? null : response.cryptoKeyId(),
        operationId));
    return new Outcome(response, fault);
  }

  /**
   * Encrypts the decided response when the exchange calls for it, or spoils it as a JWE fault
   * says: {@code TAMPERED_JWE} encrypts to the client key as usual and flips a ciphertext byte;
   * {@code UNDECRYPTABLE_JWE} encrypts to a key no client has. Both replace whatever response
   * was decided, keeping its status.
   */
  private EngineResponse encryptAsDecided(EngineResponse response, Fault fault, Exchange x) {
    Fault.Kind kind = fault == null ? null : fault.kind();
    SandboxCrypto.Key key = x.responseKey;
    if (kind == Fault.Kind.TAMPERED_JWE || kind == Fault.Kind.UNDECRYPTABLE_JWE) {
      if (key == null) {
        key = x.requestKey != null ? x.requestKey : crypto.defaultKey();
      }
      String keyId = key == null ? null : key.id;
      if (kind == Fault.Kind.UNDECRYPTABLE_JWE || key == null) {
        String jwe = crypto.stranger().encrypt(response.body());
        return response.encrypted(keyId,
            kind == Fault.Kind.TAMPERED_JWE ? SandboxCrypto.tamper(jwe) : jwe);
      }
      return response.encrypted(keyId, SandboxCrypto.tamper(key.codec.encrypt(response.body())));
    }
    if (key == null) {
      return response;
    }
    return response.encrypted(key.id, key.codec.encrypt(response.body()));
  }

  private EngineResponse process(String method, Route route, Map<String, List<String>> h,
      byte[] body, Exchange x, long ticket) {
    String echo = echoedCorrelationId(h);
    if (route == null) {
      return Wire.envelope(Result.NOT_FOUND, null, echo);
    }
    if (!"POST".equals(method)) {
      return Wire.envelope(Result.METHOD_NOT_ALLOWED, null, echo).withHeader("Allow", "POST");
    }
    HeaderVerifier.Rejection rejection = verifier.verify(h, body);
    if (rejection != null) {
      return Wire.envelope(rejection.result, rejection.field, echo);
    }
    // Authenticated: from here on answers are encrypted when encryption applies.
    SandboxCrypto.Key key = x.requestKey;
    if (key != null) {
      x.responseKey = key;
    } else if (crypto.encryptAllResponses() || route.encryptResponse) {
      x.responseKey = crypto.defaultKey();
    }
    if (!Wire.isJsonUtf8(Wire.single(h, "Content-Type"))) {
      return Wire.envelope(Result.UNSUPPORTED_MEDIA_TYPE, null, echo);
    }
    byte[] plaintext = body;
    if (key != null) {
      if (Wire.encData(body) == null) {
        return Wire.envelope(Result.INVALID_INPUT, "encData", echo);
      }
      plaintext = x.decrypted();
      if (plaintext == null) {
        // The sandbox could not read the request: it does not assume the client can read an
        // encrypted answer either.
        x.responseKey = null;
        return Wire.envelope(Result.CRYPTO_UNDECRYPTABLE, null, echo);
      }
    }
    JsonObject json = Wire.parseObject(plaintext);
    if (json == null) {
      return Wire.envelope(Result.INVALID_INPUT, "body", echo);
    }
    if (key == null && json.has("encData")) {
      // An encrypted body needs the key id that says which server key decrypts it.
      return Wire.envelope(Result.INVALID_INPUT, CRYPTO_KEY_ID, echo);
    }
    if (key == null && route.operation.encryptRequest()) {
      // Fail closed as the flag says; a client that sent plaintext may not read an answer.
      x.responseKey = null;
      return Wire.envelope(Result.ENCRYPTION_REQUIRED, null, echo);
    }
    Answer refusal = route.validator.check(json);
    if (refusal != null) {
      return Wire.answer(refusal, echo);
    }
    if (route.handler == null) {
      return Wire.envelope(Result.NOT_EMULATED, null, echo);
    }
    final JsonObject request = json;
    final OperationHandler handler = route.handler;
    arrivalOrder.awaitTurn(ticket);
    Answer answer;
    try {
      answer = state.locked(() -> handler.handle(request, state));
    } finally {
      arrivalOrder.release(ticket);
    }
    return Wire.answer(answer, echo);
  }

  /**
   * Finds the PAR a fault rule may aim at; lenient, since faults fire before validation. An
   * encrypted request is decrypted for it (a gateway could not, but PAR rules should work with
   * encryption on); the plaintext is kept for the verification that follows.
   */
  private static String parForFaults(Exchange x) {
    byte[] plain = x.requestKey == null ? x.body : x.decrypted();
    JsonObject json = plain == null ? null : Wire.parseObject(plain);
    return json == null ? null : Json.string(json.get("par"));
  }

  private static String echoedCorrelationId(Map<String, List<String>> h) {
    String value = Wire.single(h, CORRELATION_ID);
    // Echo what the client sent (so it can trace even a refusal), but nothing unprintable.
    return value != null && ECHOABLE.matcher(value).matches() ? value : null;
  }

  /** An operation of the spec as the engine serves it. Immutable. */
  private static final class Route {
    final OperationDescriptor operation;
    final RequestValidator validator;
    final OperationHandler handler;
    final boolean encryptResponse;

    Route(OperationDescriptor operation, boolean flagAllResponses) {
      this.operation = operation;
      this.validator = new RequestValidator(operation);
      this.handler = Handlers.of(operation.operationId());
      this.encryptResponse = flagAllResponses || operation.encryptResponse();
    }
  }

  /** What the engine learns about one request while handling it. Confined to one thread. */
  private final class Exchange {
    final byte[] body;
    /** The known key named by X-KM-Crypto-Key-Id, or null (absent, malformed or unknown). */
    final SandboxCrypto.Key requestKey;
    /** The key whose client key the response is encrypted to; null for a plain response. */
    SandboxCrypto.Key responseKey;
    private boolean decryptAttempted;
    private byte[] plaintext; // null until decrypted, or when decryption failed

    Exchange(Map<String, List<String>> h, byte[] body) {
      this.body = body;
      String keyId = Wire.single(h, CRYPTO_KEY_ID);
      this.requestKey = keyId == null ? null : crypto.key(keyId);
    }

    /** The decrypted encData of an encrypted request, or null when it cannot be decrypted. */
    byte[] decrypted() {
      if (!decryptAttempted) {
        decryptAttempted = true;
        String jwe = Wire.encData(body);
        if (jwe != null) {
          try {
            plaintext = requestKey.decrypt(jwe);
          } catch (KonaplateCryptoException e) {
            plaintext = null;
          }
        }
      }
      return plaintext;
    }

    /** The decrypted request to record, or null when it was plain or undecryptable. */
    byte[] decryptedForLog() {
      return plaintext;
    }
  }
}
