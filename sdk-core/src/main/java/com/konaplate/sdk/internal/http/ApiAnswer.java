package com.konaplate.sdk.internal.http;

import com.google.gson.JsonObject;

/** A successful answer: status, envelope and the (decrypted) body. */
public final class ApiAnswer {
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final byte[] json;
  private final boolean compact;

  /** {@code compact} when the body is exactly the envelope, read without a parser. */
  ApiAnswer(int httpStatus, String code, String description, String correlationId, byte[] json,
      boolean compact) {
    this.httpStatus = httpStatus;
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.json = json;
    this.compact = compact;
  }

  /** The HTTP status. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The result code. */
  public String code() {
    return code;
  }

  /** The server's description, or null. */
  public String description() {
    return description;
  }

  /** The correlation id of the call. */
  public String correlationId() {
    return correlationId;
  }

  /** The (decrypted) response body as UTF-8 text. */
  public String json() {
    return new String(json, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The (decrypted) body's bytes for the generated readers, or null when it is exactly the
   * envelope (nothing else to read). Not a copy: do not change them.
   */
  public byte[] dataJson() {
    return compact ? null : json;
  }

  /** The whole (decrypted) response object as a tree, parsed on each call (for read-backs). */
  public JsonObject body() {
    return ResponseReader.parseObject(json);
  }
}
