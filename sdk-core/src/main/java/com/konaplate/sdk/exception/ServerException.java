package com.konaplate.sdk.exception;

/**
 * The server failed (HTTP 5xx). The request may have taken effect: see {@link #outcomeUnknown()}.
 */
public class ServerException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the server's answer. */
  public ServerException(ErrorDetails details) {
    super(details.description() != null ? summary(details) : "KONA PLATE server error", details);
  }
}
