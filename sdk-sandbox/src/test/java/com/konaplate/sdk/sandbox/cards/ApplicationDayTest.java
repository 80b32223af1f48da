package com.konaplate.sdk.sandbox.cards;

import static com.konaplate.sdk.sandbox.cards.CardData.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.konaplate.sdk.KonaplateClient;
import com.konaplate.sdk.exception.ApplicationNotCancelableTodayException;
import com.konaplate.sdk.sandbox.KonaplateSandbox;
import com.konaplate.sdk.sandbox.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** "Today" is the sandbox clock's day in Asia/Seoul, and it moves with the clock. */
class ApplicationDayTest {

  @Test
  void todaysApplication_cannotBeCancelledTomorrow() {
    // 23:00 KST on November 25th.
    ManualClock clock = new ManualClock(Instant.parse("2026-11-25T14:00:00Z"));
    try (KonaplateSandbox sandbox = KonaplateSandbox.builder().clock(clock).start();
        KonaplateClient client = sandbox.clientBuilder().build()) {
      clock.advance(Duration.ofMinutes(59)); // 23:59 KST: still the same day
      assertEquals(TODAYS_CARD, client.cards().cancelApplication(APPLICANT, TODAYS_APPLICATION)
          .par());

      sandbox.reset(); // the applications are dated anew: 001 is of November 25th
      clock.advance(Duration.ofMinutes(2)); // 00:01 KST on the 26th
      assertEquals("003_002", assertThrows(ApplicationNotCancelableTodayException.class,
          () -> client.cards().cancelApplication(APPLICANT, TODAYS_APPLICATION)).code());
      assertEquals(0, sandbox.applicationCancellationCount(TODAYS_APPLICATION));
    }
  }
}
