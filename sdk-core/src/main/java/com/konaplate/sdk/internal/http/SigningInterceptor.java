package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.internal.auth.RequestSigner;
import com.konaplate.sdk.spi.PayloadEncryptor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Turns a request built by the generated client into what goes on the wire, afresh for every
 * attempt: encrypts the body when required, then adds the KONA PLATE headers and the
 * {@code X-KM-Tran-Token} computed over the exact bytes that are sent.
 */
final class SigningInterceptor implements Interceptor {
  private static final byte[] ENC_PREFIX = "{\"encData\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ENC_SUFFIX = "\"}".getBytes(StandardCharsets.US_ASCII);

  private final String aspId;
  private final String accessKey;
  private final String timeZoneName;
  private final ZoneId zone;
  private final Clock clock;
  private final RequestSigner signer;
  private final PayloadEncryptor encryptor;

  SigningInterceptor(String aspId, String accessKey, String timeZoneName, ZoneId zone, Clock clock,
      RequestSigner signer, PayloadEncryptor encryptor) {
    this.aspId = aspId;
    this.accessKey = accessKey;
    this.timeZoneName = timeZoneName;
    this.zone = zone;
    this.clock = clock;
    this.signer = signer;
    this.encryptor = encryptor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    AttemptTag tag = request.tag(AttemptTag.class);
    if (tag == null) {
      return chain.proceed(request);
    }
    byte[] body = bodyBytes(request.body());
    Request.Builder out = request.newBuilder();
    if (encryptor != null && (encryptor.encryptAllRequests() || tag.operation().encryptRequest())) {
      try {
        body = envelope(encryptor.encrypt(body));
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
    out.header(KmHeaders.ASP_ID, aspId)
        .header(KmHeaders.CORRELATION_ID, tag.correlationId())
        .header(KmHeaders.ACCESS_KEY, accessKey)
        .header(KmHeaders.TRAN_TOKEN, signer.token(body, time))
        .header(KmHeaders.TRAN_TIME, time.tranTime())
        .header(KmHeaders.TIME_ZONE, timeZoneName)
        .header("Accept", "application/json");
    return chain.proceed(out.build());
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

  /** {@code {"encData":"<JWE>"}}: a JWE compact string is Base64url and dots, never escaped. */
  private static byte[] envelope(String jwe) {
    byte[] jweBytes = jwe.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[ENC_PREFIX.length + jweBytes.length + ENC_SUFFIX.length];
    System.arraycopy(ENC_PREFIX, 0, out, 0, ENC_PREFIX.length);
    System.arraycopy(jweBytes, 0, out, ENC_PREFIX.length, jweBytes.length);
    System.arraycopy(ENC_SUFFIX, 0, out, ENC_PREFIX.length + jweBytes.length, ENC_SUFFIX.length);
    return out;
  }
}
