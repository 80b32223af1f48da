package com.konaplate.sdk.exception;

/**
 * KONA PLATE (or a gateway in front of it) did not process the request normally: HTTP 401 or
 * 403 ({@link AuthenticationException}), 429 ({@link RateLimitException}) or 5xx
 * ({@link ServerException}). Unlike a {@link KonaplateApiException} this is not a refusal of the
 * request by the API: after a 5xx the request may have taken effect, which
 * {@link #outcomeUnknown()} tells.
 */
public class KonaplateServiceException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary and the details of the call. */
  public KonaplateServiceException(String summary, ErrorDetails details) {
    super(summary, details);
  }

  /** The summary: the server's description when it gave one, else {@code fallback}. */
  static String summary(ErrorDetails details, String fallback) {
    return details != null && details.description() != null && !details.description().isEmpty()
        ? Redaction.printable(details.description()) : fallback;
  }
}
