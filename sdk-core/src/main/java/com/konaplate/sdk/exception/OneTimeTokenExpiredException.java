package com.konaplate.sdk.exception;

/**
 * The one-time token of the request expired (by the client's clock, counted from before the
 * request that issued it was sent) before the SDK could send or resend the request: KONA PLATE
 * refuses an expired token, so the SDK did not send it. Issue a new token and call again.
 * {@link #outcomeUnknown()} is true only when an earlier attempt may have taken effect.
 */
public class OneTimeTokenExpiredException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for the call. */
  public OneTimeTokenExpiredException(ErrorDetails details) {
    super("The one-time token expired before the request could be sent", details);
  }
}
