package com.konaplate.sdk.exception;

/**
 * The caller cancelled the future of an asynchronous call before it ended. Never thrown to the
 * caller (whose future is already cancelled): it is how listeners and metrics learn that the
 * call ended, in {@code KonaplateListener.callFailed}. {@link #outcomeUnknown()} is true when a
 * write's request may have reached KONA PLATE before the cancellation: cancelling stops the SDK
 * waiting, not a request already sent.
 */
public class CallCancelledException extends KonaplateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for the call. */
  public CallCancelledException(ErrorDetails details) {
    super("The call was cancelled by its caller", details);
  }
}
