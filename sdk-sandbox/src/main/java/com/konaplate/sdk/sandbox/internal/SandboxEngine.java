package com.konaplate.sdk.sandbox.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.internal.generated.GeneratedOperationCatalog;
import com.konaplate.sdk.internal.http.OperationSpec;
import com.konaplate.sdk.sandbox.CardStatus;
import com.konaplate.sdk.sandbox.Fault;
import com.konaplate.sdk.sandbox.SandboxCredentials;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The emulation of KONA PLATE, independent of any HTTP server: maps (method, path, headers,
 * body) to a response, decides the faults, keeps the fixture state and records the requests.
 * Thread-safe.
 *
 * <p>Checks run in this order, and the first failure answers: route (404, 405), header
 * presence/length/format (400 000_002 naming the header), ASP ID and access key (990_001),
 * crypto key id known (990_005), token time against X-KM-Tran-Time (990_004), clock skew
 * (990_003), the HMAC over the wire body (990_002), Content-Type (990_415), for an encrypted
 * request the {"encData":"<JWE>"} envelope (000_002) and its decryption (990_005), body and
 * fields of the plaintext (000_002; an encData body without a crypto key id names
 * X-KM-Crypto-Key-Id), then the business rules of the fixture.
 *
 * <p>Responses decided after authentication (HMAC passed and, for an encrypted request, the
 * payload decrypted) are encrypted when the request was encrypted, when the spec flags the
 * operation's response, or when the sandbox encrypts all responses; 401s and earlier refusals
 * are always plain.
 */
public final class SandboxEngine {
  /** The one operation the sandbox serves, below the base path. */
  public static final String TERMINATE_PATH = "/api/v1/card/terminate";

  static final String ASP_ID = "X-KM-User-AspId";
  static final String CORRELATION_ID = "X-KM-Correlation-Id";
  static final String ACCESS_KEY = "X-KM-Access-Key";
  static final String CRYPTO_KEY_ID = "X-KM-Crypto-Key-Id";
  static final String TRAN_TOKEN = "X-KM-Tran-Token";
  static final String TRAN_TIME = "X-KM-Tran-Time";
  static final String TIME_ZONE = "X-KM-Time-Zone";

  private static final Pattern PRINTABLE_15 = Pattern.compile("^[!-~]{15}$");
  private static final Pattern PRINTABLE_32 = Pattern.compile("^[!-~]{32}$");
  private static final Pattern PRINTABLE_40 = Pattern.compile("^[!-~]{40}$");
  private static final Pattern CORRELATION = Pattern.compile("^[0-9]{12}-[0-9a-fA-F]{7}$");
  private static final Pattern TOKEN = Pattern.compile("^KMV1:[0-9]{17}:[A-Za-z0-9+/]{43}=$");
  private static final Pattern DIGITS_14 = Pattern.compile("^[0-9]{14}$");
  private static final Pattern ZONE = Pattern.compile("^[A-Z]{3}$");
  private static final Pattern ECHOABLE = Pattern.compile("^[!-~]{1,64}$");
  private static final long MAX_USER_ID = FixtureModel.MAX_USER_ID;

  /** The X-KM headers in the order they are checked; a duplicated header is malformed. */
  private static final HeaderRule[] HEADER_RULES = {
      new HeaderRule(ASP_ID, PRINTABLE_15, true),
      new HeaderRule(CORRELATION_ID, CORRELATION, true),
      new HeaderRule(ACCESS_KEY, PRINTABLE_40, true),
      new HeaderRule(CRYPTO_KEY_ID, PRINTABLE_32, false),
      new HeaderRule(TRAN_TOKEN, TOKEN, true),
      new HeaderRule(TRAN_TIME, DIGITS_14, true),
      new HeaderRule(TIME_ZONE, ZONE, true),
  };

  /** The zone abbreviations X-KM-Time-Zone may name. */
  private static final Map<String, ZoneId> ZONES;

  static {
    Map<String, ZoneId> zones = new HashMap<String, ZoneId>();
    zones.put("KST", ZoneId.of("Asia/Seoul"));
    zones.put("UTC", ZoneOffset.UTC);
    zones.put("GMT", ZoneId.of("GMT"));
    zones.put("JST", ZoneId.of("Asia/Tokyo")); // the SDK offers it too
    ZONES = Collections.unmodifiableMap(zones);
  }

  private final String terminatePath;
  private final String basePath;
  private final SandboxCredentials credentials;
  private final Clock clock;
  private final Duration skew;
  private final FixtureState state;
  private final FaultPlan faults = new FaultPlan();
  private final RequestLog log;
  private final SandboxCrypto crypto;
  private final boolean responseFlagged;

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
   * @param responseFlagged true when the spec flags terminate's response for encryption (see
   *     {@link #specFlagsTerminateResponse()})
   */
  public SandboxEngine(String basePath, SandboxCredentials credentials, Clock clock,
      Duration skew, FixtureModel fixture, int maxRecorded, SandboxCrypto crypto,
      boolean responseFlagged) {
    this.crypto = crypto;
    this.responseFlagged = responseFlagged;
    this.basePath = basePath;
    this.terminatePath = basePath + TERMINATE_PATH;
    this.credentials = credentials;
    this.clock = clock;
    this.skew = skew;
    this.state = new FixtureState(fixture);
    this.log = new RequestLog(maxRecorded);
  }

  /** The base path operations are served under. */
  public String basePath() {
    return basePath;
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
   * ({@code x-konaplate-encryption.response}), read from the SDK's generated operation catalog.
   */
  public static boolean specFlagsTerminateResponse() {
    for (OperationSpec op : GeneratedOperationCatalog.operations()) {
      if (TERMINATE_PATH.equals(op.path())) {
        return op.encryptResponse();
      }
    }
    return false;
  }

  /** The recorded requests. */
  public RequestLog log() {
    return log;
  }

  /** Successful terminations of {@code par} since the last reset. */
  public int terminations(String par) {
    return state.terminations(par);
  }

  /** Every successful termination count since the last reset. */
  public Map<String, Integer> terminations() {
    return state.terminations();
  }

  /** The status of {@code par}, or null when the fixture has no such card. */
  public CardStatus cardStatus(String par) {
    return state.status(par);
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
    Instant receivedAt = clock.instant();
    Map<String, List<String>> h = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey() != null) {
        h.put(e.getKey(), Collections.unmodifiableList(new ArrayList<String>(e.getValue())));
      }
    }
    h = Collections.unmodifiableMap(h);

    Exchange x = new Exchange(h, body);
    Fault fault = faults.take(rawPath.equals(terminatePath) ? parForFaults(x) : null);
    EngineResponse response;
    if (fault != null && !fault.kind().operationApplied()) {
      response = FaultResponses.replacement(fault, echoedCorrelationId(h));
    } else {
      response = process(method, rawPath, h, body, x);
      response = encryptAsDecided(response, fault, x);
      if (fault != null && fault.kind() == Fault.Kind.WRONG_CONTENT_TYPE) {
        response = response.withHeader("Content-Type", "text/plain;charset=UTF-8");
      }
    }
    log.add(new RecordedExchange(receivedAt, method, rawPath, h, body,
        response == null ? 0 : response.status(), response == null ? null : response.code(),
        fault, x.decryptedForLog(), response == null ? null : response.cryptoKeyId()));
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

  private EngineResponse process(String method, String path, Map<String, List<String>> h,
      byte[] body, Exchange x) {
    String echo = echoedCorrelationId(h);
    if (!path.equals(terminatePath)) {
      return envelope(Result.NOT_FOUND, null, echo);
    }
    if (!"POST".equals(method)) {
      return envelope(Result.METHOD_NOT_ALLOWED, null, echo).withHeader("Allow", "POST");
    }
    Rejection rejection = verify(h, body);
    if (rejection != null) {
      return envelope(rejection.result, rejection.field, echo);
    }
    // Authenticated: from here on answers are encrypted when encryption applies.
    SandboxCrypto.Key key = x.requestKey;
    if (key != null) {
      x.responseKey = key;
    } else if (crypto.encryptAllResponses() || responseFlagged) {
      x.responseKey = crypto.defaultKey();
    }
    if (!isJsonUtf8(single(h, "Content-Type"))) {
      return envelope(Result.UNSUPPORTED_MEDIA_TYPE, null, echo);
    }
    byte[] plaintext = body;
    if (key != null) {
      if (encData(body) == null) {
        return envelope(Result.INVALID_INPUT, "encData", echo);
      }
      plaintext = x.decrypted();
      if (plaintext == null) {
        // The sandbox could not read the request: it does not assume the client can read an
        // encrypted answer either.
        x.responseKey = null;
        return envelope(Result.CRYPTO_UNDECRYPTABLE, null, echo);
      }
    }
    JsonObject json = parseObject(plaintext);
    if (json == null) {
      return envelope(Result.INVALID_INPUT, "body", echo);
    }
    if (key == null && json.has("encData")) {
      // An encrypted body needs the key id that says which server key decrypts it.
      return envelope(Result.INVALID_INPUT, CRYPTO_KEY_ID, echo);
    }
    Long userId = Json.integerIn(json.get("userId"), 1, MAX_USER_ID);
    if (userId == null) {
      return envelope(Result.INVALID_INPUT, "userId", echo);
    }
    String par = Json.string(json.get("par"));
    if (par == null || !FixtureModel.PAR.matcher(par).matches()) {
      return envelope(Result.INVALID_INPUT, "par", echo);
    }
    return envelope(state.terminate(userId, par), null, echo);
  }

  /** Verifies the X-KM headers and the token; returns null when the request passes. */
  private Rejection verify(Map<String, List<String>> h, byte[] body) {
    Map<String, String> v = new HashMap<String, String>();
    for (HeaderRule rule : HEADER_RULES) {
      List<String> values = h.get(rule.name);
      if (values == null || values.isEmpty()) {
        if (rule.required) {
          return new Rejection(Result.INVALID_INPUT, rule.name);
        }
      } else if (values.size() != 1 || !rule.format.matcher(values.get(0)).matches()) {
        return new Rejection(Result.INVALID_INPUT, rule.name);
      } else {
        v.put(rule.name, values.get(0));
      }
    }
    String aspId = v.get(ASP_ID);
    String accessKey = v.get(ACCESS_KEY);
    String cryptoKeyId = v.get(CRYPTO_KEY_ID);
    String token = v.get(TRAN_TOKEN);
    String tranTime = v.get(TRAN_TIME);
    String zoneName = v.get(TIME_ZONE);
    LocalDateTime requestTime = dateTime(tranTime, 0);
    if (requestTime == null) {
      return new Rejection(Result.INVALID_INPUT, TRAN_TIME);
    }
    ZoneId zone = ZONES.get(zoneName);
    if (zone == null) {
      return new Rejection(Result.INVALID_INPUT, TIME_ZONE);
    }

    boolean aspOk = Hmac.constantTimeEquals(credentials.aspId(), aspId);
    boolean keyOk = Hmac.constantTimeEquals(credentials.accessKey(), accessKey);
    if (!(aspOk & keyOk)) {
      return new Rejection(Result.UNKNOWN_CREDENTIALS, null);
    }
    if (cryptoKeyId != null && crypto.key(cryptoKeyId) == null) {
      return new Rejection(Result.CRYPTO_KEY_UNKNOWN, null);
    }
    String tokenTime = token.substring(5, 22);
    if (!tokenTime.startsWith(tranTime)) {
      return new Rejection(Result.TOKEN_TIME_MISMATCH, null);
    }
    int millis = Integer.parseInt(tokenTime.substring(14));
    Instant sent = requestTime.plusNanos(millis * 1_000_000L).atZone(zone).toInstant();
    if (Duration.between(clock.instant(), sent).abs().compareTo(skew) > 0) {
      return new Rejection(Result.CLOCK_SKEW, null);
    }
    String expected = Hmac.base64Signature(credentials.secretKey(), body);
    if (!Hmac.constantTimeEquals(expected, token.substring(23))) {
      return new Rejection(Result.TOKEN_SIGNATURE_MISMATCH, null);
    }
    return null;
  }

  private static String single(Map<String, List<String>> h, String name) {
    List<String> values = h.get(name);
    return values == null || values.size() != 1 ? null : values.get(0);
  }

  /** Parses yyyyMMddHHmmss strictly (no rolling over of 24:00 or Feb 30). */
  private static LocalDateTime dateTime(String digits, int nanos) {
    try {
      return LocalDateTime.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)),
          Integer.parseInt(digits.substring(8, 10)),
          Integer.parseInt(digits.substring(10, 12)),
          Integer.parseInt(digits.substring(12, 14)),
          nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static boolean isJsonUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().toLowerCase(Locale.ROOT).equals("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase("charset")) {
        String cs = p.substring(eq + 1).trim().replace("\"", "");
        if (!cs.equalsIgnoreCase("UTF-8") && !cs.equalsIgnoreCase("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  /** The body as a JSON object, or null when it is not strict UTF-8 JSON holding an object. */
  private static JsonObject parseObject(byte[] body) {
    try {
      // Decode strictly first: a lenient decoder would turn bad bytes into U+FFFD silently.
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body));
      Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8);
      JsonElement element = Json.parseStrict(reader);
      return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      return null; // cannot happen on a byte array
    }
  }

  /**
   * Finds the PAR a fault rule may aim at; lenient, since faults fire before validation. An
   * encrypted request is decrypted for it (a gateway could not, but PAR rules should work with
   * encryption on); the plaintext is kept for the verification that follows.
   */
  private static String parForFaults(Exchange x) {
    byte[] plain = x.requestKey == null ? x.body : x.decrypted();
    JsonObject json = plain == null ? null : parseObject(plain);
    return json == null ? null : Json.string(json.get("par"));
  }

  /** The JWE of a body that is exactly {"encData":"<string>"}, else null. */
  static String encData(byte[] body) {
    JsonObject json = parseObject(body);
    if (json == null || json.size() != 1) {
      return null;
    }
    return Json.string(json.get("encData"));
  }

  private static String echoedCorrelationId(Map<String, List<String>> h) {
    String value = single(h, CORRELATION_ID);
    // Echo what the client sent (so it can trace even a refusal), but nothing unprintable.
    return value != null && ECHOABLE.matcher(value).matches() ? value : null;
  }

  static EngineResponse envelope(Result result, String field, String correlationId) {
    String description = field == null ? result.description : result.description + ". " + field;
    return envelope(result.httpStatus, result.code, description, correlationId);
  }

  static EngineResponse envelope(int status, String code, String description,
      String correlationId) {
    JsonObject inner = new JsonObject();
    inner.addProperty("code", code);
    inner.addProperty("description", description);
    JsonObject outer = new JsonObject();
    outer.add("response", inner);
    Map<String, String> headers = new LinkedHashMap<String, String>();
    headers.put("Content-Type", EngineResponse.JSON);
    if (correlationId != null) {
      headers.put(CORRELATION_ID, correlationId);
    }
    return new EngineResponse(status, code, headers,
        outer.toString().getBytes(StandardCharsets.UTF_8));
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
      String keyId = single(h, CRYPTO_KEY_ID);
      this.requestKey = keyId == null ? null : crypto.key(keyId);
    }

    /** The decrypted encData of an encrypted request, or null when it cannot be decrypted. */
    byte[] decrypted() {
      if (!decryptAttempted) {
        decryptAttempted = true;
        String jwe = encData(body);
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

  private static final class HeaderRule {
    final String name;
    final Pattern format;
    final boolean required;

    HeaderRule(String name, Pattern format, boolean required) {
      this.name = name;
      this.format = format;
      this.required = required;
    }
  }

  private static final class Rejection {
    final Result result;
    final String field;

    Rejection(Result result, String field) {
      this.result = result;
      this.field = field;
    }
  }
}
