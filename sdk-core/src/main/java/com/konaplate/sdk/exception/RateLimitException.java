package com.konaplate.sdk.exception;

import java.time.Duration;

/**
 * The server is rate limiting this client (HTTP 429) and retries did not get through within the
 * call's attempts and deadline. The request was not processed.
 */
public class RateLimitException extends KonaplateServiceException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Creates the exception from the server's answer and its {@code Retry-After}, if any. */
  public RateLimitException(ErrorDetails details, Duration retryAfter) {
    super(summary(details, "KONA PLATE is rate limiting this client"), details);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for, or null when it named none. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
