package com.konaplate.sdk.exception;

/**
 * The call failed in transport: no connection, a broken connection or no answer. When
 * {@link #outcomeUnknown()} is true the request may have reached the server and taken effect.
 */
public class KonaplateConnectionException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, the details and the transport error. */
  public KonaplateConnectionException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
