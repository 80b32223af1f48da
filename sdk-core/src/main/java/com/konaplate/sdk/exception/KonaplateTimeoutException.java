package com.konaplate.sdk.exception;

/** The call ran out of time: a connect, read or write timeout, or the call's overall deadline. */
public class KonaplateTimeoutException extends KonaplateConnectionException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary, the details and the underlying timeout. */
  public KonaplateTimeoutException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
