package com.konaplate.sdk.internal.http;

import com.google.gson.JsonObject;

/** A successful answer: status, envelope and the (decrypted) body. */
public final class ApiAnswer {
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final JsonObject body;
  private final byte[] json;

  /** {@code body} may be null when the envelope was read without parsing {@code json}. */
  ApiAnswer(int httpStatus, String code, String description, String correlationId, JsonObject body,
      byte[] json) {
    this.httpStatus = httpStatus;
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.body = body;
    this.json = json;
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
   * The (decrypted) response object when it was parsed, or null when the answer was the compact
   * envelope read without a parser (then it holds nothing but the envelope).
   */
  public JsonObject parsedBody() {
    return body;
  }

  /**
   * The whole (decrypted) response object, for operations that return data fields; parsed on
   * demand when the envelope was read without Gson.
   */
  public JsonObject body() {
    return body != null ? body : ResponseReader.parseObject(json);
  }
}
