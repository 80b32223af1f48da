package com.konaplate.sdk.sandbox;

/**
 * Result codes the sandbox answers beside the published KONA PLATE codes. KONA PLATE does not
 * publish its codes for authentication, clock skew or transport errors, so the sandbox uses the
 * {@code 990_} prefix, which no published operation uses: a test matching one of these codes
 * tests the sandbox, never the real service.
 *
 * <p>{@code 990_00N} are verification failures (HTTP 401; {@code 990_006} a plaintext request
 * that must be encrypted, 400); {@code 990_052} is a business refusal whose reason the docs list
 * without its code; {@code 990_<HTTP status>} are answers about the transport or injected
 * faults.
 */
public final class SandboxCodes {

  /** HTTP 401: unknown {@code X-KM-User-AspId} or {@code X-KM-Access-Key}. */
  public static final String UNKNOWN_CREDENTIALS = "990_001";

  /** HTTP 401: {@code X-KM-Tran-Token} does not sign the exact request body bytes. */
  public static final String TOKEN_SIGNATURE_MISMATCH = "990_002";

  /** HTTP 401: the request time lies outside the sandbox's clock-skew window. */
  public static final String CLOCK_SKEW = "990_003";

  /** HTTP 401: the time in {@code X-KM-Tran-Token} and {@code X-KM-Tran-Time} disagree. */
  public static final String TOKEN_TIME_MISMATCH = "990_004";

  /**
   * HTTP 401: unknown {@code X-KM-Crypto-Key-Id} (every id, when the sandbox has no crypto
   * keys), or an {@code encData} that cannot be decrypted with the server private key of that
   * id: altered, encrypted to another key, or using a refused algorithm or header. Answered in
   * plain JSON, never encrypted.
   */
  public static final String CRYPTO_REFUSED = "990_005";

  /**
   * HTTP 400: a plaintext request to an operation whose request openapi.yaml flags for JWE
   * encryption ({@code x-konaplate-encryption.request}); send {@code {"encData":"<JWE>"}} with
   * {@code X-KM-Crypto-Key-Id}. Answered in plain JSON. KONA PLATE's own code for this is not
   * published.
   */
  public static final String ENCRYPTION_REQUIRED = "990_006";

  /**
   * HTTP 400: Membership Cancellation refused because a card of the member is suspended. The
   * cancellation page lists this reason but not its code, so the sandbox answers its own; a
   * card with balance is answered {@code 001_052}, as Discarding a Card does.
   */
  public static final String MEMBER_HAS_SUSPENDED_CARD = "990_052";

  /**
   * HTTP 501: openapi.yaml describes the operation (its request was validated) but this sandbox
   * has no business rules for it yet.
   */
  public static final String NOT_EMULATED = "990_501";

  /** HTTP 404: no operation under this path. */
  public static final String NOT_FOUND = "990_404";

  /** HTTP 405: the operation exists but only answers {@code POST}. */
  public static final String METHOD_NOT_ALLOWED = "990_405";

  /** HTTP 415: the request's {@code Content-Type} is not {@code application/json} in UTF-8. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "990_415";

  /** HTTP 429: an injected rate-limit fault. */
  public static final String TOO_MANY_REQUESTS = "990_429";

  /** HTTP 5xx: an injected server error; the code is {@code 990_} followed by the status. */
  public static final String SERVER_ERROR_PREFIX = "990_";

  private SandboxCodes() {
  }
}
