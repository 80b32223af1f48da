package com.konaplate.sdk.sandbox.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete HTTP response the engine decided on. Immutable. */
public final class EngineResponse {
  public static final String JSON = "application/json;charset=UTF-8";

  private final int status;
  private final String code;
  private final Map<String, String> headers;
  private final byte[] body;
  private final String cryptoKeyId;

  EngineResponse(int status, String code, Map<String, String> headers, byte[] body) {
    this(status, code, headers, body, null);
  }

  private EngineResponse(int status, String code, Map<String, String> headers, byte[] body,
      String cryptoKeyId) {
    this.status = status;
    this.code = code;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<String, String>(headers));
    this.body = body;
    this.cryptoKeyId = cryptoKeyId;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The envelope's result code (of the plaintext, when encrypted), or null when it has none. */
  public String code() {
    return code;
  }

  /** The response headers, Content-Type included; the server adds Content-Length and Date. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The body bytes; callers must not modify them. */
  public byte[] body() {
    return body;
  }

  /**
   * The crypto key id whose client key the body is encrypted to (also named by the
   * {@code X-KM-Crypto-Key-Id} header), or null when the body is plain.
   */
  public String cryptoKeyId() {
    return cryptoKeyId;
  }

  EngineResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<String, String>(headers);
    h.put(name, value);
    return new EngineResponse(status, code, h, body, cryptoKeyId);
  }

  /**
   * This response with the body {@code {"encData":"<jwe>"}} and the header
   * {@code X-KM-Crypto-Key-Id: keyId}; status and code stay.
   */
  EngineResponse encrypted(String keyId, String jwe) {
    Map<String, String> h = new LinkedHashMap<String, String>(headers);
    h.put("Content-Type", JSON);
    if (keyId != null) {
      h.put(SandboxEngine.CRYPTO_KEY_ID, keyId);
    }
    return new EngineResponse(status, code, h, SandboxCrypto.envelope(jwe), keyId);
  }
}
