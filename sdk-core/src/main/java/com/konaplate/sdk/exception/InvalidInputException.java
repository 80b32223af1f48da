package com.konaplate.sdk.exception;

/** An input parameter was refused by the server (code 000_002); the description may name the field. */
public class InvalidInputException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "000_002";

  /** Creates the exception from the server's answer. */
  public InvalidInputException(ErrorDetails details) {
    super(details);
  }
}
