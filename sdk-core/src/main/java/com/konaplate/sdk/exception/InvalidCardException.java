package com.konaplate.sdk.exception;

/** The card is unknown, not the member's, or already discarded (code 001_047). */
public class InvalidCardException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_047";

  /** Creates the exception from the server's answer. */
  public InvalidCardException(ErrorDetails details) {
    super(details);
  }
}
