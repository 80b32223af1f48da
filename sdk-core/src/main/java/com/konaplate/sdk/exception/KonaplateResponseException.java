package com.konaplate.sdk.exception;

/**
 * The server answered with something the SDK cannot understand: not JSON, no result envelope,
 * or a body cut short. The raw body is never put in the message.
 */
public class KonaplateResponseException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, the details and the parse error, if any. */
  public KonaplateResponseException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
