package com.konaplate.sdk.sandbox;

import com.konaplate.sdk.sandbox.internal.RecordedExchange;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A request the sandbox received, with the status and code it decided. Immutable. */
public final class RecordedRequest {
  private final RecordedExchange exchange;
  private final Map<String, List<String>> headers;

  RecordedRequest(RecordedExchange exchange) {
    this.exchange = exchange;
    Map<String, List<String>> h = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(exchange.headers);
    this.headers = Collections.unmodifiableMap(h);
  }

  /** When the request arrived, by the sandbox's clock. */
  public Instant receivedAt() {
    return exchange.receivedAt;
  }

  /** The HTTP method. */
  public String method() {
    return exchange.method;
  }

  /** The request path (without query), as sent. */
  public String path() {
    return exchange.path;
  }

  /** Every header, looked up without regard to case. Unmodifiable. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** The first value of the header {@code name} (any case), or null when absent. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** A copy of the exact body bytes received. */
  public byte[] body() {
    return exchange.body();
  }

  /**
   * The body decoded as UTF-8: for an encrypted request the wire body
   * {@code {"encData":"<JWE>"}}, which is what {@code X-KM-Tran-Token} signs.
   */
  public String bodyUtf8() {
    return new String(exchange.body(), StandardCharsets.UTF_8);
  }

  /** True when the request carried {@code X-KM-Crypto-Key-Id}, i.e. claimed to be encrypted. */
  public boolean encrypted() {
    return header("X-KM-Crypto-Key-Id") != null;
  }

  /**
   * The plaintext JSON of an encrypted request, decoded as UTF-8, when the sandbox decrypted
   * it; empty for a plain request, an unknown crypto key id or an undecryptable payload.
   */
  public Optional<String> decryptedBody() {
    byte[] plain = exchange.decryptedBody();
    return plain == null ? Optional.<String>empty()
        : Optional.of(new String(plain, StandardCharsets.UTF_8));
  }

  /**
   * True when the sandbox's answer was {@code {"encData":"<JWE>"}} (encrypted, or spoiled by a
   * JWE fault), false when it was plain or there was none.
   */
  public boolean responseEncrypted() {
    return exchange.responseCryptoKeyId != null
        || (exchange.fault != null && exchange.fault.kind().needsCryptoKey());
  }

  /**
   * The HTTP status the sandbox decided, also when a fault then kept it from the client, or 0
   * when the connection was dropped before processing.
   */
  public int status() {
    return exchange.status;
  }

  /**
   * The result code of the decided response (of its plaintext, when it was encrypted), or null
   * when it carried none (an HTML page).
   */
  public String code() {
    return exchange.code;
  }

  /**
   * The operationId of openapi.yaml whose path the request named (e.g. {@code searchCards}),
   * or empty when the path names no operation.
   */
  public Optional<String> operationId() {
    return Optional.ofNullable(exchange.operationId);
  }

  /** The fault applied to this request, if any. */
  public Optional<Fault> fault() {
    return Optional.ofNullable(exchange.fault);
  }

  @Override
  public String toString() {
    return "RecordedRequest{" + method() + " " + path() + " -> " + status() + " " + code()
        + (exchange.fault == null ? "" : " " + exchange.fault) + "}";
  }
}
