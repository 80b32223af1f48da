package com.konaplate.sdk.exception;

/**
 * The server or a gateway failed (HTTP 5xx). The request may have taken effect all the same:
 * {@link #outcomeUnknown()} tells (never for a read).
 */
public class ServerException extends KonaplateServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the server's answer. */
  public ServerException(ErrorDetails details) {
    super(summary(details, "KONA PLATE server error"), details);
  }
}
