package com.konaplate.sdk.spec;

/** One entry of the error catalog: a result code, its published message and exception type. */
public final class ErrorCodeDescriptor {
  private final String code;
  private final int httpStatus;
  private final String message;
  private final String exception;

  ErrorCodeDescriptor(String code, int httpStatus, String message, String exception) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.message = message;
    this.exception = exception;
  }

  /** The result code, {@code NNN_NNN}. */
  public String code() {
    return code;
  }

  /** The HTTP status KONA PLATE answers it with. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The published message. */
  public String message() {
    return message;
  }

  /** The simple name of its exception class in {@code com.konaplate.sdk.exception}. */
  public String exceptionName() {
    return exception;
  }

  @Override
  public String toString() {
    return code + " " + exception;
  }
}
