package com.konaplate.sdk.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.spec.RetryClass;
import io.micrometer.common.KeyValue;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The keys stay bounded whatever a server or a partner's raw call sends. */
class DefaultKonaplateObservationConventionTest {
  private final DefaultKonaplateObservationConvention convention =
      new DefaultKonaplateObservationConvention();

  private static CallEvent event(String operation, String code) {
    return new CallEvent(operation, "261125100203-1a2b3c4", 1, Duration.ZERO, 400, code, null,
        null, null).withRequest(RetryClass.UNSAFE, "POST", "sandbox.konaplate.com");
  }

  private String low(KonaplateObservationContext context, String key) {
    for (KeyValue kv : convention.getLowCardinalityKeyValues(context)) {
      if (kv.getKey().equals(key)) {
        return kv.getValue();
      }
    }
    throw new AssertionError("no key " + key);
  }

  @Test
  void aCodeOutsideTheCatalog_isOther_andNoCodeIsNone() {
    assertEquals("other", low(new KonaplateObservationContext(event("terminateCard", "999_999")), "konaplate.code"));
    assertEquals("none", low(new KonaplateObservationContext(event("terminateCard", null)), "konaplate.code"));
    assertEquals("001_052", low(new KonaplateObservationContext(event("terminateCard", "001_052")), "konaplate.code"));
  }

  @Test
  void aRawCallsPath_isNeverAKeyValue_butRaw() {
    KonaplateObservationContext c = new KonaplateObservationContext(event("raw /v1/members/100000000001", null));
    assertEquals("raw", low(c, "konaplate.operation"));
    assertEquals("konaplate raw", convention.getContextualName(c));
    assertEquals("unsafe", low(c, "konaplate.retry.class"));
  }

  @Test
  void outcomes_followTheException() {
    KonaplateConnectionException e = new KonaplateConnectionException("connection failure",
        ErrorDetails.builder().operation("searchCards").build(), null);
    assertEquals(CallOutcome.FAILED, CallOutcome.of(e));
    assertEquals("outcome-unknown", CallOutcome.OUTCOME_UNKNOWN.value());
  }
}
