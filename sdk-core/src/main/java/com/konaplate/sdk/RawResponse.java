package com.konaplate.sdk;

import com.konaplate.sdk.model.ResultMetadata;
import java.time.Duration;
import java.util.Objects;

/**
 * The successful answer of a {@link RawRequest}: the envelope and the call's figures (as every
 * typed result has them) and the whole (decrypted) body as JSON text. Immutable.
 */
public final class RawResponse {
  private final ResultMetadata metadata;
  private final String json;

  /** Creates a response; the SDK creates these, tests may too. */
  public RawResponse(ResultMetadata metadata, String json) {
    this.metadata = Objects.requireNonNull(metadata, "metadata");
    this.json = Objects.requireNonNull(json, "json");
  }

  /** The envelope and the call's figures. */
  public ResultMetadata metadata() {
    return metadata;
  }

  /** The result code, {@code 000_000}. */
  public String code() {
    return metadata.code();
  }

  /** The server's description, or null. */
  public String description() {
    return metadata.description();
  }

  /** The call's correlation id. */
  public String correlationId() {
    return metadata.correlationId();
  }

  /** The HTTP status. */
  public int httpStatus() {
    return metadata.httpStatus();
  }

  /** The HTTP attempts the call made. */
  public int attempts() {
    return metadata.attempts();
  }

  /** Time from the start of the call to the answer. */
  public Duration elapsed() {
    return metadata.elapsed();
  }

  /** The whole answer as JSON text, decrypted; it may hold personal data. */
  public String json() {
    return json;
  }

  /** The envelope and figures; never the body. */
  @Override
  public String toString() {
    return "RawResponse{" + metadata + ", httpStatus=" + metadata.httpStatus() + '}';
  }
}
