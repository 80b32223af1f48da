package com.konaplate.sdk.internal.error;

import com.konaplate.sdk.exception.KonaplateApiException;

/** One documented result code of openapi.yaml's error catalog. */
public final class ErrorCatalogEntry {
  private final String code;
  private final int httpStatus;
  private final String message;
  private final Class<? extends KonaplateApiException> type;
  private final ApiExceptionFactory factory;

  /** Creates an entry; called by the generated catalog. */
  public ErrorCatalogEntry(String code, int httpStatus, String message,
      Class<? extends KonaplateApiException> type, ApiExceptionFactory factory) {
    this.code = code;
    this.httpStatus = httpStatus;
    this.message = message;
    this.type = type;
    this.factory = factory;
  }

  /** The result code, {@code NNN_NNN}. */
  public String code() {
    return code;
  }

  /** The HTTP status the API documents for the code. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The published message. */
  public String message() {
    return message;
  }

  /** The exception type the code becomes. */
  public Class<? extends KonaplateApiException> type() {
    return type;
  }

  /** Creates the typed exception. */
  public ApiExceptionFactory factory() {
    return factory;
  }
}
