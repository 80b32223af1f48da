package com.konaplate.sdk.internal.http;

import com.konaplate.sdk.internal.error.AttemptFailure;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/** The outcome of one attempt, an answer or a failure, with what was exchanged (for logs). */
public final class AttemptResult {
  private final ApiAnswer answer;
  private final AttemptFailure failure;
  private final Request sentRequest;
  private final Headers responseHeaders;
  private final byte[] wireBody;

  private AttemptResult(ApiAnswer answer, AttemptFailure failure, Request sentRequest,
      Headers responseHeaders, byte[] wireBody) {
    this.answer = answer;
    this.failure = failure;
    this.sentRequest = sentRequest;
    this.responseHeaders = responseHeaders;
    this.wireBody = wireBody;
  }

  /** A success. */
  public static AttemptResult success(ApiAnswer answer) {
    return new AttemptResult(answer, null, null, null, null);
  }

  /** A failure. */
  public static AttemptResult failure(AttemptFailure failure) {
    return new AttemptResult(null, failure, null, null, null);
  }

  /** This result with the request as sent and the response's headers and raw body. */
  AttemptResult withExchange(Request sent, Headers headers, byte[] body) {
    return new AttemptResult(answer, failure, sent, headers, body);
  }

  /** The answer, or null on failure. */
  public ApiAnswer answer() {
    return answer;
  }

  /** The failure, or null on success. */
  public AttemptFailure failure() {
    return failure;
  }

  /** The request as it went on the wire, or null when no response came. */
  public Request sentRequest() {
    return sentRequest;
  }

  /** The response headers, or null when no response came. */
  public Headers responseHeaders() {
    return responseHeaders;
  }

  /** The response body as received (still encrypted if it was), or null. */
  public byte[] wireBody() {
    return wireBody;
  }

  /** The request body as sent, or null. Copies: call only when logging bodies. */
  public byte[] sentBody() {
    RequestBody body = sentRequest == null ? null : sentRequest.body();
    if (body == null) {
      return null;
    }
    try {
      Buffer b = new Buffer();
      body.writeTo(b);
      return b.readByteArray();
    } catch (IOException e) {
      return null;
    }
  }
}
