package com.konaplate.sdk.exception;

/**
 * An ambiguous write was settled by a read that shows it failed for good (a charge whose result
 * inquiry answers {@code FAILED}): nothing was applied and the outcome is known
 * ({@link #outcomeUnknown()} is false). {@link #description()} names the status the read gave;
 * {@link #sequenceId()} names the transaction.
 */
public class OperationFailedException extends KonaplateApiException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for the settled call. */
  public OperationFailedException(ErrorDetails details) {
    super("The operation failed, as a read of its result shows: nothing was applied", details);
  }
}
