package com.konaplate.sdk.internal.http;

import com.google.gson.JsonObject;

/** A successful answer: status, envelope and the (decrypted) body. */
public final class ApiAnswer {
  private final int httpStatus;
  private final String code;
  private final String description;
  private final String correlationId;
  private final byte[] json;
  private final String dataText;

  /**
   * {@code dataText} is the body decoded as text for the readers, or null when the body is
   * exactly the envelope, read without a parser.
   */
  ApiAnswer(int httpStatus, String code, String description, String correlationId, byte[] json,
      String dataText) {
    this.httpStatus = httpStatus;
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.json = json;
    this.dataText = dataText;
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
   * The (decrypted) body as text for the generated readers, decoded once when it was skimmed; null
   * when it is exactly the envelope (nothing else to read).
   */
  public String dataJson() {
    return dataText;
  }

  /** The whole (decrypted) response object as a tree, parsed on each call (for read-backs). */
  public JsonObject body() {
    return ResponseReader.parseObject(json);
  }
}
