package com.konaplate.sdk;

import java.time.Duration;

/**
 * The successful answer of a {@link RawRequest}: the envelope, the call's figures and the whole
 * (decrypted) body as JSON text. Immutable.
 */
public final class RawResponse {
  private final String code;
  private final String description;
  private final String correlationId;
  private final int httpStatus;
  private final int attempts;
  private final Duration elapsed;
  private final String json;

  /** Creates a response; the SDK creates these, tests may too. */
  public RawResponse(String code, String description, String correlationId, int httpStatus,
      int attempts, Duration elapsed, String json) {
    this.code = code;
    this.description = description;
    this.correlationId = correlationId;
    this.httpStatus = httpStatus;
    this.attempts = attempts;
    this.elapsed = elapsed;
    this.json = json;
  }

  /** The result code, {@code 000_000}. */
  public String code() {
    return code;
  }

  /** The server's description, or null. */
  public String description() {
    return description;
  }

  /** The call's correlation id. */
  public String correlationId() {
    return correlationId;
  }

  /** The HTTP status. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The HTTP attempts the call made. */
  public int attempts() {
    return attempts;
  }

  /** Time from the start of the call to the answer. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The whole answer as JSON text, decrypted; it may hold personal data. */
  public String json() {
    return json;
  }

  /** The envelope and figures; never the body. */
  @Override
  public String toString() {
    return "RawResponse{code=" + code + ", correlationId=" + correlationId + ", httpStatus="
        + httpStatus + ", attempts=" + attempts + ", elapsed=" + elapsed + '}';
  }
}
