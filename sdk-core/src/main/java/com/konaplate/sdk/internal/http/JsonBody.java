package com.konaplate.sdk.internal.http;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body that keeps its bytes in reach: the signing interceptor signs (or encrypts)
 * exactly these bytes without copying them out of the body first. Immutable; may be written any
 * number of times.
 */
public final class JsonBody extends RequestBody {
  static final MediaType JSON = MediaType.get("application/json");

  private final byte[] bytes;
  private final String sequenceId;
  private final java.time.Instant tokenExpiresAt;

  /** A body of these bytes; the array is not copied and must not change afterwards. */
  public JsonBody(byte[] bytes) {
    this(bytes, null, null);
  }

  /**
   * A body of these bytes that carries the call's transaction id ({@code sequenceId}, or null)
   * and the expiry of the one-time token it carries (null when unknown or none).
   */
  public JsonBody(byte[] bytes, String sequenceId, java.time.Instant tokenExpiresAt) {
    this.bytes = bytes;
    this.sequenceId = sequenceId;
    this.tokenExpiresAt = tokenExpiresAt;
  }

  /** The caller's unique id of the call's transaction, or null. */
  public String sequenceId() {
    return sequenceId;
  }

  /** When the one-time token in the body expires, or null when unknown or none. */
  public java.time.Instant tokenExpiresAt() {
    return tokenExpiresAt;
  }

  /** The bytes sent (before any encryption); not a copy: do not change them. */
  public byte[] bytes() {
    return bytes;
  }

  @Override
  public MediaType contentType() {
    return JSON;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  /**
   * True: OkHttp must never send this body a second time on its own. OkHttp resends a request
   * after a 503 with {@code Retry-After: 0}, a 408, a 421 or an authenticator's answer to a 401,
   * outside the SDK's attempts and retry budget; for a one-shot body it returns the answer
   * instead, and the SDK decides (and counts) any retry itself.
   */
  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    sink.write(bytes);
  }
}
