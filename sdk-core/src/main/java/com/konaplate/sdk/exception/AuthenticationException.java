package com.konaplate.sdk.exception;

/**
 * The server refused the credentials or the request signature (HTTP 401 or 403): check the ASP
 * ID, access key, secret key and the clock. Never retried; nothing was applied.
 */
public class AuthenticationException extends KonaplateServiceException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception from the server's answer. */
  public AuthenticationException(ErrorDetails details) {
    super(summary(details, "KONA PLATE refused the credentials or signature"), details);
  }
}
