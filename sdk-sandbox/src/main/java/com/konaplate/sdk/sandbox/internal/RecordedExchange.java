package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.Fault;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One request as it arrived, with what the sandbox did about it. Immutable. */
public final class RecordedExchange {
  public final Instant receivedAt;
  public final String method;
  public final String path;
  /** Header names as received; values in order. Unmodifiable. */
  public final Map<String, List<String>> headers;
  private final byte[] body;
  /** The status decided, or 0 when the connection was dropped before processing. */
  public final int status;
  /** The envelope's result code, or null. */
  public final String code;
  /** The fault applied, or null. */
  public final Fault fault;
  private final byte[] decryptedBody;
  /** The crypto key id the response was encrypted for, or null when it was plain. */
  public final String responseCryptoKeyId;
  /** The operationId of openapi.yaml the path names, or null when it names none. */
  public final String operationId;

  RecordedExchange(Instant receivedAt, String method, String path,
      Map<String, List<String>> headers, byte[] body, int status, String code, Fault fault,
      byte[] decryptedBody, String responseCryptoKeyId, String operationId) {
    this.operationId = operationId;
    this.receivedAt = receivedAt;
    this.method = method;
    this.path = path;
    this.headers = headers;
    this.body = body;
    this.status = status;
    this.code = code;
    this.fault = fault;
    this.decryptedBody = decryptedBody;
    this.responseCryptoKeyId = responseCryptoKeyId;
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return body.clone();
  }

  /** A copy of the decrypted request JSON, or null when the request was not decrypted. */
  public byte[] decryptedBody() {
    return decryptedBody == null ? null : decryptedBody.clone();
  }
}
