package com.konaplate.sdk.sandbox;

import java.time.Duration;

/**
 * One injected misbehaviour of the sandbox, applied to one response. Immutable; create with
 * the static factories and hand to {@link Faults}.
 *
 * <p>Some faults replace the operation (it is not applied: {@link Kind#RATE_LIMITED},
 * {@link Kind#SERVER_ERROR}, {@link Kind#NOT_JSON}, {@link Kind#DROP_BEFORE_REQUEST}); the
 * others spoil the delivery of a response whose effect <em>is</em> applied
 * ({@link Kind#DROP_AFTER_REQUEST}, {@link Kind#DELAY}, {@link Kind#STALLED_BODY},
 * {@link Kind#TRUNCATED_BODY}, {@link Kind#WRONG_CONTENT_TYPE}, {@link Kind#TAMPERED_JWE},
 * {@link Kind#UNDECRYPTABLE_JWE}), which is what makes an outcome unknown to a client.
 */
public final class Fault {

  /** What a fault does. */
  public enum Kind {
    /** HTTP 429 with {@code Retry-After} in seconds; the operation is not applied. */
    RATE_LIMITED(false),
    /** HTTP 500, 502, 503 or 504 with a JSON envelope; the operation is not applied. */
    SERVER_ERROR(false),
    /**
     * The operation is applied, then HTTP 500, 502, 503 or 504 answers instead of its result: a
     * gateway that timed out waiting for the service, or a service that failed after its write.
     */
    SERVER_ERROR_AFTER_EFFECT(true),
    /** An HTML error page instead of JSON (HTTP 502 by default); not applied. */
    NOT_JSON(false),
    /** The connection is closed without a response and before the request is processed. */
    DROP_BEFORE_REQUEST(false),
    /** The operation is applied, then the connection is closed without a response. */
    DROP_AFTER_REQUEST(true),
    /** The operation is applied, then the response headers wait for a while. */
    DELAY(true),
    /** Headers with a Content-Length and half the body, a pause, then the rest. */
    STALLED_BODY(true),
    /** A Content-Length larger than the body sent, then the connection is closed. */
    TRUNCATED_BODY(true),
    /** The ordinary JSON response labelled {@code text/plain}. */
    WRONG_CONTENT_TYPE(true),
    /**
     * The operation is applied; the response is {@code {"encData":"<JWE>"}} encrypted to the
     * client's key with one ciphertext byte flipped, so it fails authentication. Needs a
     * sandbox crypto key.
     */
    TAMPERED_JWE(true),
    /**
     * The operation is applied; the response is {@code {"encData":"<JWE>"}} encrypted to a
     * key no client has. Needs a sandbox crypto key.
     */
    UNDECRYPTABLE_JWE(true);

    private final boolean applied;

    Kind(boolean applied) {
      this.applied = applied;
    }

    /** True when the operation takes effect on the sandbox despite this fault. */
    public boolean operationApplied() {
      return applied;
    }

    /** True for the faults that need a sandbox crypto key: the JWE faults. */
    public boolean needsCryptoKey() {
      return this == TAMPERED_JWE || this == UNDECRYPTABLE_JWE;
    }
  }

  private final Kind kind;
  private final int status;
  private final int retryAfterSeconds;
  private final Duration duration;

  private Fault(Kind kind, int status, int retryAfterSeconds, Duration duration) {
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.duration = duration;
  }

  /** HTTP 429 with {@code Retry-After: retryAfterSeconds}. */
  public static Fault rateLimited(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds < 0");
    }
    return new Fault(Kind.RATE_LIMITED, 429, retryAfterSeconds, Duration.ZERO);
  }

  /**
   * A server error with a JSON envelope.
   *
   * @throws IllegalArgumentException unless the status is 500, 502, 503 or 504
   */
  public static Fault serverError(int status) {
    if (status != 500 && status != 502 && status != 503 && status != 504) {
      throw new IllegalArgumentException("status must be 500, 502, 503 or 504: " + status);
    }
    return new Fault(Kind.SERVER_ERROR, status, 0, Duration.ZERO);
  }

  /**
   * The operation is applied, then a server error with a JSON envelope answers (a gateway's 504
   * after the service wrote, say): the answer the SDK cannot take for a refusal.
   *
   * @throws IllegalArgumentException unless the status is 500, 502, 503 or 504
   */
  public static Fault serverErrorAfterEffect(int status) {
    serverError(status); // the same statuses
    return new Fault(Kind.SERVER_ERROR_AFTER_EFFECT, status, 0, Duration.ZERO);
  }

  /** An HTML error page with HTTP 502, as a gateway in front of the service would send. */
  public static Fault notJson() {
    return notJson(502);
  }

  /** An HTML error page with the given HTTP status (100 to 599). */
  public static Fault notJson(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status out of range: " + status);
    }
    return new Fault(Kind.NOT_JSON, status, 0, Duration.ZERO);
  }

  /** Closes the connection without processing the request and without a response. */
  public static Fault dropBeforeRequest() {
    return new Fault(Kind.DROP_BEFORE_REQUEST, 0, 0, Duration.ZERO);
  }

  /** Applies the operation, then closes the connection without a response. */
  public static Fault dropAfterRequest() {
    return new Fault(Kind.DROP_AFTER_REQUEST, 0, 0, Duration.ZERO);
  }

  /** Applies the operation, then waits {@code delay} before sending the response headers. */
  public static Fault delay(Duration delay) {
    return new Fault(Kind.DELAY, 0, 0, checkDuration(delay));
  }

  /** Sends the headers and half the body, waits {@code pause}, then sends the rest. */
  public static Fault stalledBody(Duration pause) {
    return new Fault(Kind.STALLED_BODY, 0, 0, checkDuration(pause));
  }

  /** Promises more body bytes in Content-Length than it sends, then closes the connection. */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 0, 0, Duration.ZERO);
  }

  /** Sends the ordinary JSON response labelled {@code Content-Type: text/plain}. */
  public static Fault wrongContentType() {
    return new Fault(Kind.WRONG_CONTENT_TYPE, 0, 0, Duration.ZERO);
  }

  /**
   * Applies the operation, then answers {@code {"encData":"<JWE>"}} of the decided response,
   * encrypted to the client public key of the request's crypto key id (or the sandbox's first
   * key) with one byte of the ciphertext flipped: well-formed, but it fails authentication, so
   * a client must refuse it. The status (200 on success) and {@code X-KM-Crypto-Key-Id} are as
   * for an ordinary encrypted answer. Needs a sandbox crypto key.
   */
  public static Fault tamperedJwe() {
    return new Fault(Kind.TAMPERED_JWE, 0, 0, Duration.ZERO);
  }

  /**
   * Applies the operation, then answers {@code {"encData":"<JWE>"}} of the decided response
   * encrypted to an RSA key no client has (made by the sandbox on first use), with the usual
   * status and {@code X-KM-Crypto-Key-Id}. Needs a sandbox crypto key.
   */
  public static Fault undecryptableJwe() {
    return new Fault(Kind.UNDECRYPTABLE_JWE, 0, 0, Duration.ZERO);
  }

  private static Duration checkDuration(Duration d) {
    if (d == null) {
      throw new NullPointerException("duration == null");
    }
    if (d.isNegative()) {
      throw new IllegalArgumentException("duration is negative: " + d);
    }
    return d;
  }

  /** What this fault does. */
  public Kind kind() {
    return kind;
  }

  /** The HTTP status this fault answers with, or 0 when it keeps the operation's status. */
  public int status() {
    return status;
  }

  /** The {@code Retry-After} seconds of {@link Kind#RATE_LIMITED}, else 0. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The delay of {@link Kind#DELAY} or pause of {@link Kind#STALLED_BODY}, else zero. */
  public Duration duration() {
    return duration;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Fault)) {
      return false;
    }
    Fault f = (Fault) o;
    return kind == f.kind
        && status == f.status
        && retryAfterSeconds == f.retryAfterSeconds
        && duration.equals(f.duration);
  }

  @Override
  public int hashCode() {
    return ((kind.hashCode() * 31 + status) * 31 + retryAfterSeconds) * 31 + duration.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Fault{").append(kind);
    if (status != 0) {
      sb.append(", status=").append(status);
    }
    if (retryAfterSeconds != 0) {
      sb.append(", retryAfter=").append(retryAfterSeconds).append('s');
    }
    if (!duration.isZero()) {
      sb.append(", duration=").append(duration.toMillis()).append("ms");
    }
    return sb.append('}').toString();
  }
}
