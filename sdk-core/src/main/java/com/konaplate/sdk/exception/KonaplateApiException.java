package com.konaplate.sdk.exception;

/**
 * The server answered with a result code other than success. Subclasses name the documented
 * codes; an unknown {@code NNN_NNN} code arrives as this class with the code kept.
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
