package com.konaplate.sdk.exception;

/**
 * A payload could not be encrypted or decrypted, or a key could not be used. The message names
 * the setting or the rule; it never contains key material or plaintext.
 */
public class KonaplateCryptoException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with a summary and the underlying error, if any. */
  public KonaplateCryptoException(String summary, Throwable cause) {
    super(summary, ErrorDetails.builder().build(), cause);
  }

  /** Creates the exception with a summary, the details of the call and the underlying error. */
  public KonaplateCryptoException(String summary, ErrorDetails details, Throwable cause) {
    super(summary, details, cause);
  }
}
