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

  EngineResponse(int status, String code, Map<String, String> headers, byte[] body) {
    this.status = status;
    this.code = code;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<String, String>(headers));
    this.body = body;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The envelope's result code, or null when the body carries none. */
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

  EngineResponse withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<String, String>(headers);
    h.put(name, value);
    return new EngineResponse(status, code, h, body);
  }
}
