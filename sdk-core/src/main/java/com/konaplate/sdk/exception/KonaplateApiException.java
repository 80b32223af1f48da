package com.konaplate.sdk.exception;

/**
 * KONA PLATE refused the request with a result code: nothing was applied. Subclasses name the
 * codes of openapi.yaml's error catalog (one class per code, whose Javadoc gives its meaning per
 * operation); a code the catalog does not know arrives as this class with the code kept.
 * Failures that are not such a refusal (401, 403, 429, 5xx) are
 * {@link KonaplateServiceException}s.
 */
public class KonaplateApiException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the server's answer. */
  public KonaplateApiException(ErrorDetails details) {
    super(summary(details), details);
  }

  /** Creates the exception with a summary of its own. */
  protected KonaplateApiException(String summary, ErrorDetails details) {
    super(summary, details);
  }

  static String summary(ErrorDetails details) {
    if (details != null && details.description() != null && !details.description().isEmpty()) {
      return Redaction.printable(details.description());
    }
    return "KONA PLATE refused the request";
  }
}
