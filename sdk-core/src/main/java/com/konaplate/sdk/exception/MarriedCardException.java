package com.konaplate.sdk.exception;

/** The card is married to a card SE; disconnect it before discarding (code 001_062). */
public class MarriedCardException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_062";

  /** Creates the exception from the server's answer. */
  public MarriedCardException(ErrorDetails details) {
    super(details);
  }
}
