package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.internal.json.JsonObjectWriter;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Turns an attempt's request into what goes on the wire, afresh for every attempt: encrypts the
 * body when the operation is flagged (or the encryptor encrypts everything), then adds the KONA
 * PLATE headers and the {@code X-KM-Tran-Token} computed over the exact bytes that are sent.
 */
final class SigningInterceptor implements Interceptor {
  private static final String JSON_ACCEPT = "application/json";

  private final String aspId;
  private final String accessKey;
  private final String timeZoneName;
  private final ZoneId zone;
  private final Clock clock;
  private final RequestSigner signer;
  private final PayloadEncryptor encryptor;
  private final InFlightAttempts attempts;

  SigningInterceptor(String aspId, String accessKey, String timeZoneName, ZoneId zone, Clock clock,
      RequestSigner signer, PayloadEncryptor encryptor, InFlightAttempts attempts) {
    this.aspId = aspId;
    this.accessKey = accessKey;
    this.timeZoneName = timeZoneName;
    this.zone = zone;
    this.clock = clock;
    this.signer = signer;
    this.encryptor = encryptor;
    this.attempts = attempts;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AttemptTag tag = attempts.of(chain.call());
    if (tag == null) {
      return chain.proceed(request);
    }
    byte[] body = bodyBytes(request.body());
    Request.Builder out = request.newBuilder();
    boolean flagged = tag.operation().encryptRequest();
    if (flagged && encryptor == null) {
      // Fail closed: the caller checks this before any I/O; this is the last line of defence.
      throw new EncryptionFailedException(new KonaplateCryptoException("The request of "
          + tag.operation().operationId() + " must be encrypted but no encryption is configured",
          null));
    }
    if (encryptor != null && (encryptor.encryptAllRequests() || flagged)) {
      try {
        String jwe = encryptor.encrypt(body);
        if (jwe == null) {
          throw new KonaplateCryptoException(
              "The request could not be encrypted (the encryptor returned no JWE)", null);
        }
        // {"encData":"<JWE>"}, as the spec's EncryptedPayload.
        body = new JsonObjectWriter().string("encData", jwe).toUtf8();
      } catch (KonaplateCryptoException e) {
        // Carried through OkHttp as an IOException so sync and async calls surface it alike.
        throw new EncryptionFailedException(e);
      } catch (RuntimeException e) {
        throw new EncryptionFailedException(new KonaplateCryptoException(
            "The request could not be encrypted (" + e.getClass().getName() + ")", e));
      }
      out.header(KmHeaders.CRYPTO_KEY_ID, encryptor.cryptoKeyId())
          .method(request.method(), new JsonBody(body));
    } else if (!(request.body() instanceof JsonBody)) {
      // A body from elsewhere is sent as the bytes just read and signed.
      out.method(request.method(), new JsonBody(body));
    }
    KonaplateTimes time = KonaplateTimes.of(clock.instant(), zone);
    // Adding is cheaper than setting (which first searches every header for the name); set only
    // when something before this interceptor already put KONA PLATE headers on the request.
    boolean replace = hasKonaplateHeaders(request);
    put(out, replace, KmHeaders.ASP_ID, aspId);
    put(out, replace, KmHeaders.CORRELATION_ID, tag.correlationId());
    put(out, replace, KmHeaders.ACCESS_KEY, accessKey);
    put(out, replace, KmHeaders.TRAN_TOKEN, signer.token(body, time));
    put(out, replace, KmHeaders.TRAN_TIME, time.tranTime());
    put(out, replace, KmHeaders.TIME_ZONE, timeZoneName);
    if (!JSON_ACCEPT.equals(request.header("Accept"))) {
      out.header("Accept", JSON_ACCEPT);
    }
    return chain.proceed(out.build());
  }

  private static boolean hasKonaplateHeaders(Request request) {
    for (int i = 0, n = request.headers().size(); i < n; i++) {
      if (request.headers().name(i).regionMatches(true, 0, "X-KM-", 0, 5)) {
        return true;
      }
    }
    return false;
  }

  private static void put(Request.Builder out, boolean replace, String name, String value) {
    if (replace) {
      out.header(name, value);
    } else {
      out.addHeader(name, value);
    }
  }

  /** The body's bytes: the SDK's own {@link JsonBody} without a copy, any other body read out. */
  private static byte[] bodyBytes(RequestBody body) throws IOException {
    if (body instanceof JsonBody) {
      return ((JsonBody) body).bytes();
    }
    if (body == null) {
      return new byte[0];
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readByteArray();
  }
}
