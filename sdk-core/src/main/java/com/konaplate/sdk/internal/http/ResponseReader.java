package com.konaplate.sdk.internal.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.internal.error.AttemptFailure;
import com.konaplate.sdk.internal.error.AttemptFailure.Kind;
import com.konaplate.sdk.internal.json.AnswerSkim;
import com.konaplate.sdk.internal.json.StrictJson;
import com.konaplate.sdk.internal.log.KnownSecrets;
import com.konaplate.sdk.spec.ApiDescriptor;
import com.konaplate.sdk.spec.OperationDescriptor;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import okhttp3.Headers;
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
  /** The result code of success, as openapi.yaml's info.x-konaplate-success-code gives it. */
  private static final String SUCCESS = ApiDescriptor.konaplate().successCode();
  private static final Pattern CODE_FORMAT = Pattern.compile("[0-9]{3}_[0-9]{3}");

  private final PayloadEncryptor encryptor;
  private final Clock clock;

  /** Creates a reader; {@code encryptor} may be null when no encryption is configured. */
  public ResponseReader(PayloadEncryptor encryptor, Clock clock) {
    this.encryptor = encryptor;
    this.clock = clock;
  }

  /**
   * Reads and classifies the response, closing it. Never throws: OkHttp and Okio throw
   * unchecked exceptions on some hostile bytes, and those end as an unreadable answer too. Every
   * answer and failure carries {@code requestCorrelationId}, never the server's header; {@code tag}
   * is the attempt the response answers (null outside a call of the SDK's).
   */
  public AttemptResult read(Response response, String requestCorrelationId, AttemptTag tag) {
    int status = response.code();
    AttemptResult result;
    try {
      String violation = AnswerChecks.violation(response.headers(), requestCorrelationId);
      if (violation != null) {
        retire(tag);
        result = unreadable(violation, status, requestCorrelationId, null)
            .withExchange(response.request(), response.headers(), null);
      } else {
        result = readAndClassify(response, requestCorrelationId, tag);
      }
    } catch (RuntimeException e) {
      retire(tag);
      result = unreadable("KONA PLATE's answer broke the HTTP protocol", status,
          requestCorrelationId, RedactedCause.of(e, tag))
          .withExchange(response.request(), response.headers(), null);
    }
    try {
      response.close();
    } catch (RuntimeException e) {
      retire(tag); // a body that cannot even be discarded: its connection is not reused
    }
    return result;
  }

  private AttemptResult readAndClassify(Response r, String correlationId, AttemptTag tag) {
    int status = r.code();
    byte[] bytes;
    try {
      bytes = readBody(r.body());
    } catch (IOException e) {
      // The status line came, the body did not: whatever the status said may have happened.
      Kind kind = TransportFailures.timedOut(e, tag) ? Kind.TIMEOUT : Kind.CONNECTION;
      return AttemptResult.failure(AttemptFailure.of(kind,
          "Connection broken while reading the response", status, correlationId, true,
          mayHaveTakenEffect(status), RedactedCause.of(e, tag)))
          .withExchange(r.request(), r.headers(), null);
    }
    KnownSecrets secrets = tag == null ? KnownSecrets.NONE : tag.secrets();
    OperationDescriptor op = tag == null ? null : tag.operation();
    String retryAfter = r.header("Retry-After");
    Headers sent = r.request().headers();
    String[] envelope = OneReading.envelope(op, status, bytes);
    ApiAnswer quick = envelope == null ? null : OneReading.answer(envelope, status, correlationId,
        bytes, secrets, sent, () -> classify(op, status, correlationId, bytes, retryAfter,
            secrets, sent, null).withExchange(r.request(), r.headers(), bytes));
    AttemptResult result = quick != null ? AttemptResult.success(quick)
        : classify(op, status, correlationId, bytes, retryAfter, secrets, sent, r);
    return result.withExchange(r.request(), r.headers(), bytes);
  }

  /** An answer whose meaning cannot be read: the request was sent, so it may have taken effect. */
  private static AttemptResult unreadable(String summary, int status, String correlationId,
      Throwable cause) {
    return AttemptResult.failure(
        AttemptFailure.of(Kind.RESPONSE, summary, status, correlationId, false, true, cause));
  }

  private static void retire(AttemptTag tag) {
    if (tag != null) {
      tag.retireConnection();
    }
  }

  /**
   * Classifies with every check; {@code onePass}, when not null, is the response whose decrypted
   * success may be left to its reader's checks (see {@link OneReading}).
   */
  private AttemptResult classify(OperationDescriptor op, int status, String correlationId,
      byte[] bytes, String retryAfter, KnownSecrets secrets, Headers sent, Response onePass) {
    byte[] json = bytes;
    String[] compact = CompactEnvelope.read(json);
    AnswerSkim skim = null;
    boolean encrypted = false;
    boolean duplicates = false;
    try {
      String jwe = compact == null ? CompactEnvelope.encData(json) : null;
      if (jwe == null && compact == null) {
        skim = AnswerSkim.of(json);
        duplicates = skim.isObject() && skim.duplicates();
        // Two encData members leave open which one is the answer: neither is decrypted.
        if (skim.isObject() && !duplicates && skim.hasEncData()) {
          jwe = encData(skim);
        }
      }
      if (jwe != null) {
        // The exact {"encData":"<JWE>"} needs no parse; any other encrypted body was skimmed.
        encrypted = true;
        json = decrypt(jwe);
        compact = CompactEnvelope.read(json);
        String[] envelope = compact != null || duplicates || onePass == null ? null
            : OneReading.successEnvelope(status, json);
        ApiAnswer quick = envelope == null ? null : OneReading.answer(envelope, status,
            correlationId, json, secrets, sent,
            // Rare (the reader refused the answer): decrypted again, then skimmed.
            () -> classify(op, status, correlationId, bytes, retryAfter, secrets, sent, null)
                .withExchange(onePass.request(), onePass.headers(), bytes));
        if (quick != null) {
          return AttemptResult.success(quick);
        }
        skim = compact == null ? skimDecrypted(json) : null;
        duplicates |= skim != null && skim.duplicates();
      }
    } catch (KonaplateCryptoException e) {
      return AttemptResult.failure(AttemptFailure.of(Kind.CRYPTO, e.getMessage(), status,
          correlationId, false, mayHaveTakenEffect(status), e));
    }
    if (op != null && op.encryptResponse() && !encrypted && status >= 200 && status < 300) {
      // Fail closed: openapi.yaml flags this answer as encrypted, so a plaintext one is not
      // trusted (a downgrade, or a proxy's page); the request may have taken effect.
      // Transient (a proxy's page may be gone on a resend): a read is resent, a write is not.
      return AttemptResult.failure(AttemptFailure.of(Kind.CRYPTO, "The answer to "
          + op.operationId() + " must be encrypted but came in plaintext", status, correlationId,
          true, true, null));
    }
    String code = compact != null ? compact[0] : skim.code();
    if (compact == null && code != null && !CODE_FORMAT.matcher(code).matches()) {
      code = null; // not a KONA PLATE result code: treat the body as having no envelope
    }
    // A server may echo the request (a PAR, a key) into its description: masked by value here,
    // the one place it is read, before it reaches a result, an exception or a log line.
    String description =
        secrets.mask(compact != null ? compact[1] : skim.description(), sent);
    boolean hasEnvelope = code != null;

    if (status == 401 || status == 403) {
      return fail(Kind.AUTHENTICATION, status, code, description, correlationId, false, false, null);
    }
    if (status == 408) {
      // The server gave up waiting for the request: it was not processed.
      return fail(Kind.TIMEOUT, status, code, description, correlationId, true, false, null);
    }
    if (status == 429) {
      return fail(Kind.RATE_LIMIT, status, code, description, correlationId, true, false,
          RetryAfter.parse(retryAfter, clock));
    }
    if (status >= 500) {
      // Transient (a resend may succeed) for the gateway and server errors; whether a resend is
      // safe is the retry class's decision. The request may have taken effect.
      boolean transientError = status == 500 || status == 502 || status == 503 || status == 504;
      return fail(Kind.SERVER, status, code, description, correlationId, transientError, true,
          null);
    }
    if (duplicates) {
      return AttemptResult.failure(AttemptFailure.contradiction(
          "Contradictory KONA PLATE answer: a member given twice", status, null, null, correlationId));
    }
    if (!hasEnvelope) {
      String what = !skim.isObject() ? "a body that is not a JSON object" : "no result envelope";
      return AttemptResult.failure(AttemptFailure.of(Kind.RESPONSE,
          "Unreadable KONA PLATE response: " + what, status, correlationId,
          mayHaveTakenEffect(status), mayHaveTakenEffect(status), null));
    }
    boolean successCode = SUCCESS.equals(code);
    if (status >= 200 && status < 300 && successCode) {
      return AttemptResult.success(
          new ApiAnswer(status, code, description, correlationId, json,
              compact != null ? null : skim.text()));
    }
    if (status >= 400 && status < 500 && !successCode) {
      return fail(Kind.API, status, code, description, correlationId, false, false, null);
    }
    // A success status with a refusal code, a refusal status with the success code, or a status
    // that is neither (1xx, 3xx): the answer contradicts itself, so it proves nothing.
    return AttemptResult.failure(AttemptFailure.contradiction("Contradictory KONA PLATE answer: "
        + "the HTTP status and the result code disagree", status, code, description, correlationId));
  }

  private static AttemptResult fail(Kind kind, int status, String code, String description,
      String correlationId, boolean retryable, boolean ambiguous, Duration retryAfter) {
    return AttemptResult.failure(AttemptFailure.answer(kind, status, code, description,
        correlationId, retryable, ambiguous, retryAfter));
  }

  /**
   * Only a 4xx says the request was refused; any other answer without a readable result (2xx,
   * 5xx, and the 1xx or 3xx KONA PLATE never sends) may hide an applied effect.
   */
  private static boolean mayHaveTakenEffect(int status) {
    return status < 400 || status >= 500;
  }

  /** The {@code encData} string of a skimmed encrypted body. */
  private static String encData(AnswerSkim skim) {
    if (skim.encData() == null) {
      throw new KonaplateCryptoException("Response encData is not a string", null);
    }
    return skim.encData();
  }

  /** The plaintext of an encrypted answer's JWE. */
  private byte[] decrypt(String jwe) {
    if (encryptor == null) {
      throw new KonaplateCryptoException("The response is encrypted but no client private key is "
          + "configured: set clientPrivateKey (KONAPLATE_CLIENT_PRIVATE_KEY) with konaplate-sdk-crypto",
          null);
    }
    try {
      return encryptor.decrypt(jwe);
    } catch (KonaplateCryptoException e) {
      throw e;
    } catch (RuntimeException e) {
      // A third-party PayloadEncryptor that breaks its contract must still end typed.
      throw new KonaplateCryptoException("The response could not be decrypted ("
          + e.getClass().getName() + ")", e);
    }
  }

  private static AnswerSkim skimDecrypted(byte[] plain) {
    AnswerSkim decrypted = AnswerSkim.of(plain);
    if (!decrypted.isObject()) {
      throw new KonaplateCryptoException("The decrypted response is not a JSON object", null);
    }
    return decrypted;
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
}
