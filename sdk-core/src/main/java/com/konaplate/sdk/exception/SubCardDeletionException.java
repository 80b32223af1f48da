package com.konaplate.sdk.exception;

/** A sub card cannot be discarded directly; it goes with its main card (code 001_061). */
public class SubCardDeletionException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_061";

  /** Creates the exception from the server's answer. */
  public SubCardDeletionException(ErrorDetails details) {
    super(details);
  }
}
