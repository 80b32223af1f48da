package com.konaplate.sdk.exception;

/** The member does not exist or has withdrawn (code 001_006). */
public class WalletUserNotFoundException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Result code {@value #CODE}. */
  public static final String CODE = "001_006";

  /** Creates the exception from the server's answer. */
  public WalletUserNotFoundException(ErrorDetails details) {
    super(details);
  }
}
