package com.konaplate.sdk.spring.boot.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.konaplate.sdk.CallEvent;
import com.konaplate.sdk.exception.CallCancelledException;
import com.konaplate.sdk.exception.ErrorDetails;
import com.konaplate.sdk.exception.KonaplateConnectionException;
import com.konaplate.sdk.micrometer.CallOutcome;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The health indicator's memory of recent outcomes, as listener events feed it. */
class KonaplateCallStatsTest {
  private static final ErrorDetails DETAILS =
      ErrorDetails.builder().operation("searchCards").correlationId("c").build();

  private static CallEvent failed(com.konaplate.sdk.exception.KonaplateException e) {
    return new CallEvent("searchCards", "c", 1, Duration.ZERO, 0, null, null, null,
        e);
  }

  @Test
  void aCancelledCall_isCounted_butNeitherFailsNorBreaksTheRowOfFailures() {
    KonaplateCallStats stats = new KonaplateCallStats(10);
    stats.callFailed(failed(new KonaplateConnectionException("refused", DETAILS, null)));
    stats.callFailed(failed(new CallCancelledException(DETAILS)));
    stats.callFailed(failed(new KonaplateConnectionException("refused", DETAILS, null)));

    assertThat(stats.consecutiveFailures()).isEqualTo(2);
    assertThat(stats.recentOutcomes()).containsEntry(CallOutcome.CANCELLED, 1)
        .containsEntry(CallOutcome.FAILED, 2);
  }
}
