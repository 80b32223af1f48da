package com.konaplate.sdk.exception;

/** The basic card cannot be discarded (code 001_059). */
public class BasicCardDeletionException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_059";

  /** Creates the exception from the server's answer. */
  public BasicCardDeletionException(ErrorDetails details) {
    super(details);
  }
}
