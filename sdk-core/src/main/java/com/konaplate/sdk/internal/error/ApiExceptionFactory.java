package com.konaplate.sdk.internal.error;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateApiException;
/** Creates the typed exception of one result code. */
@FunctionalInterface
public interface ApiExceptionFactory {
  /** Returns the exception for these details. */
  KonaplateApiException create(ErrorDetails details);
}
