package com.konaplate.sdk.sandbox.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.model.TerminateCardResult;
import com.konaplate.sdk.exception.KonaplateApiException;
import com.konaplate.sdk.sandbox.DocumentedCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one scenario set of the integration suite: the eight documented cases of "Discarding a
 * Card" through {@link KonaplateClient}, each asserting the result code or the exception type,
 * code and HTTP status. Subclasses say which sandbox and which test data.
 */
abstract class DocumentedCasesScenarios {
  private static final String CORRELATION_ID = "^[0-9]{12}-[0-9a-fA-F]{7}$";

  /** The client aimed at the sandbox under test. */
  abstract KonaplateClient client();

  /** The userId of {@code c} on the sandbox under test (skips the case when unknown). */
  abstract long userId(DocumentedCase c);

  /** The PAR of {@code c} on the sandbox under test (skips the case when unknown). */
  abstract String par(DocumentedCase c);

  /** Further checks after the success case, where the sandbox allows them. */
  void afterSuccess(String par) {
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(DocumentedCase.class)
  void terminate_behavesAsDocumented(DocumentedCase c) {
    long userId = userId(c);
    String par = par(c);
    if (c.exceptionType() == null) {
      TerminateCardResult result = client().cards().terminate(userId, par);
      assertEquals(c.code(), result.code());
      assertEquals(c.httpStatus(), result.httpStatus());
      assertTrue(result.correlationId().matches(CORRELATION_ID), result.correlationId());
      afterSuccess(par);
    } else {
      KonaplateApiException e = assertThrows(c.exceptionType(),
          () -> client().cards().terminate(userId, par));
      assertEquals(c.code(), e.code());
      assertEquals(c.httpStatus(), e.httpStatus());
      assertNotNull(e.correlationId());
    }
  }
}
