package com.konaplate.sdk.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.error.AttemptFailure.Kind;
import com.konaplate.sdk.internal.json.StrictJson;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Turns one HTTP response into an answer or a classified failure. Never throws: a body that is
 * not JSON, has no envelope, is cut short or cannot be decrypted is a typed failure too.
 */
public final class ResponseReader {
  /** Far above any KONA PLATE answer; protects the heap from a misbehaving proxy. */
  static final long MAX_BODY_BYTES = 1024 * 1024;
  private static final String SUCCESS = "000_000";
  private static final Pattern CODE_FORMAT = Pattern.compile("[0-9]{3}_[0-9]{3}");
  private static final byte[] ENVELOPE_CODE =
      "{\"response\":{\"code\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENVELOPE_DESCRIPTION =
      "\",\"description\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENVELOPE_END = "\"}}".getBytes(StandardCharsets.US_ASCII);

  private final PayloadEncryptor encryptor;
  private final Clock clock;

  /** Creates a reader; {@code encryptor} may be null when no encryption is configured. */
  public ResponseReader(PayloadEncryptor encryptor, Clock clock) {
    this.encryptor = encryptor;
    this.clock = clock;
  }

  /** Reads and classifies the response, closing it. */
  public AttemptResult read(Response response, String requestCorrelationId) {
    try (Response r = response) {
      int status = r.code();
      String correlationId = r.header(KmHeaders.CORRELATION_ID, requestCorrelationId);
      byte[] bytes;
      try {
        bytes = readBody(r.body());
      } catch (IOException e) {
        // The status line came, the body did not: whatever the status said may have happened.
        Kind kind = TransportFailures.timedOut(e, r.request().tag(AttemptTag.class))
            ? Kind.TIMEOUT : Kind.CONNECTION;
        return AttemptResult.failure(AttemptFailure.of(kind,
            "Connection broken while reading the response", status, correlationId, false,
            mayHaveTakenEffect(status), e)).withExchange(r.request(), r.headers(), null);
      }
      return classify(status, correlationId, bytes, r.header("Retry-After"))
          .withExchange(r.request(), r.headers(), bytes);
    }
  }

  private AttemptResult classify(int status, String correlationId, byte[] bytes, String retryAfter) {
    byte[] json = bytes;
    String[] compact = compactEnvelope(json);
    JsonObject body = null;
    try {
      if (compact == null) {
        body = parseObject(json);
        if (body != null && body.has("encData")) {
          json = decrypt(body);
          compact = compactEnvelope(json);
          body = compact == null ? parseDecrypted(json) : null;
        }
      }
    } catch (KonaplateCryptoException e) {
      return AttemptResult.failure(AttemptFailure.of(Kind.CRYPTO, e.getMessage(), status,
          correlationId, false, mayHaveTakenEffect(status), e));
    }
    String code = compact != null ? compact[0] : stringAt(body, "code");
    if (compact == null && code != null && !CODE_FORMAT.matcher(code).matches()) {
      code = null; // not a KONA PLATE result code: treat the body as having no envelope
    }
    String description = compact != null ? compact[1] : stringAt(body, "description");
    boolean hasEnvelope = code != null;

    if (status == 401 || status == 403) {
      return fail(Kind.AUTHENTICATION, status, code, description, correlationId, false, false, null);
    }
    if (status == 429) {
      return fail(Kind.RATE_LIMIT, status, code, description, correlationId, true, false,
          parseRetryAfter(retryAfter));
    }
    if (status >= 500) {
      boolean retryable = status == 502 || status == 503 || status == 504;
      return fail(Kind.SERVER, status, code, description, correlationId, retryable, true, null);
    }
    if (!hasEnvelope) {
      String what = body == null ? "a body that is not a JSON object" : "no result envelope";
      return AttemptResult.failure(AttemptFailure.of(Kind.RESPONSE,
          "Unreadable KONA PLATE response: " + what, status, correlationId, false,
          mayHaveTakenEffect(status), null));
    }
    if (status >= 200 && status < 300 && SUCCESS.equals(code)) {
      return AttemptResult.success(
          new ApiAnswer(status, code, description, correlationId, body, json));
    }
    if (status >= 200 && status < 500) {
      return fail(Kind.API, status, code, description, correlationId, false, false, null);
    }
    return AttemptResult.failure(AttemptFailure.of(Kind.RESPONSE,
        "Unexpected HTTP status from KONA PLATE", status, correlationId, false, false, null));
  }

  private static AttemptResult fail(Kind kind, int status, String code, String description,
      String correlationId, boolean retryable, boolean ambiguous, Duration retryAfter) {
    return AttemptResult.failure(AttemptFailure.answer(kind, status, code, description,
        correlationId, retryable, ambiguous, retryAfter));
  }

  /** A 2xx or 5xx answer without a readable result may hide an applied effect. */
  private static boolean mayHaveTakenEffect(int status) {
    return (status >= 200 && status < 300) || status >= 500;
  }

  /** The plaintext of an encrypted body {@code {"encData":"<JWE>"}}. */
  private byte[] decrypt(JsonObject body) {
    JsonElement enc = body.get("encData");
    if (!enc.isJsonPrimitive() || !enc.getAsJsonPrimitive().isString()) {
      throw new KonaplateCryptoException("Response encData is not a string", null);
    }
    if (encryptor == null) {
      throw new KonaplateCryptoException("The response is encrypted but no client private key is "
          + "configured: set clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY) with konaplate-sdk-crypto",
          null);
    }
    try {
      return encryptor.decrypt(enc.getAsString());
    } catch (KonaplateCryptoException e) {
      throw e;
    } catch (RuntimeException e) {
      // A third-party PayloadEncryptor that breaks its contract must still end typed.
      throw new KonaplateCryptoException("The response could not be decrypted ("
          + e.getClass().getName() + ")", e);
    }
  }

  private static JsonObject parseDecrypted(byte[] plain) {
    JsonObject decrypted = parseObject(plain);
    if (decrypted == null) {
      throw new KonaplateCryptoException("The decrypted response is not a JSON object", null);
    }
    return decrypted;
  }

  /**
   * Code and description of a body that is exactly the compact envelope
   * {@code {"response":{"code":"NNN_NNN","description":"…"}}} with a description of printable
   * ASCII without quotes or backslashes (what KONA PLATE answers to terminate), read without a
   * JSON parser; null for anything else, which Gson then parses as before. Gson's JsonReader
   * allocates a 2 KB buffer per parse, 2.6 KB in all: in the benchmarks that was a third of the
   * SDK's own allocation per plaintext call. Every body read here is read by Gson the same way
   * (CompactEnvelopeTest checks this against Gson).
   */
  static String[] compactEnvelope(byte[] b) {
    int codeAt = ENVELOPE_CODE.length;
    int descriptionAt = codeAt + 7 + ENVELOPE_DESCRIPTION.length;
    int end = b.length - ENVELOPE_END.length;
    if (end < descriptionAt || !regionEquals(b, 0, ENVELOPE_CODE)
        || !regionEquals(b, codeAt + 7, ENVELOPE_DESCRIPTION)
        || !regionEquals(b, end, ENVELOPE_END)) {
      return null;
    }
    for (int i = 0; i < 7; i++) {
      byte c = b[codeAt + i];
      if (i == 3 ? c != '_' : (c < '0' || c > '9')) {
        return null;
      }
    }
    for (int i = descriptionAt; i < end; i++) {
      byte c = b[i];
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return null;
      }
    }
    return new String[] {new String(b, codeAt, 7, StandardCharsets.US_ASCII),
        new String(b, descriptionAt, end - descriptionAt, StandardCharsets.US_ASCII)};
  }

  private static boolean regionEquals(byte[] b, int at, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (b[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] readBody(ResponseBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (buffer.size() <= MAX_BODY_BYTES) {
      if (source.read(buffer, 8192) == -1) {
        return buffer.readByteArray();
      }
    }
    throw new IOException("response body larger than " + MAX_BODY_BYTES + " bytes");
  }

  /** The body as a JSON object, or null when it is empty, not JSON, or not an object. */
  static JsonObject parseObject(byte[] bytes) {
    // Strict on every Gson the SDK supports (Gson's Strictness needs 2.11+).
    return StrictJson.parseObject(bytes);
  }

  /** {@code response.<field>} as a string, or null when absent or not a string. */
  private static String stringAt(JsonObject body, String field) {
    if (body == null) {
      return null;
    }
    JsonElement envelope = body.get("response");
    if (envelope == null || !envelope.isJsonObject()) {
      return null;
    }
    JsonElement value = envelope.getAsJsonObject().get(field);
    if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
      return null;
    }
    return value.getAsString();
  }

  /** Seconds or an HTTP date; null when absent or unreadable. */
  Duration parseRetryAfter(String value) {
    if (value == null || value.trim().isEmpty()) {
      return null;
    }
    String v = value.trim();
    try {
      long seconds = Long.parseLong(v);
      return Duration.ofSeconds(Math.max(0, Math.min(seconds, 86_400)));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
        Duration d = Duration.between(clock.instant(), at.toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
