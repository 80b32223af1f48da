package com.konaplate.sdk.exception;

/** The card still has balance or points and cannot be discarded (code 001_052). */
public class CardHasBalanceException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_052";

  /** Creates the exception from the server's answer. */
  public CardHasBalanceException(ErrorDetails details) {
    super(details);
  }
}
