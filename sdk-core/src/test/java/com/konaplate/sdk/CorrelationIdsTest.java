package com.konaplate.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.konaplate.sdk.internal.auth.CorrelationIds;
import com.konaplate.sdk.internal.auth.KonaplateTimes;
import com.konaplate.sdk.testing.FixedSecureRandom;
import com.konaplate.sdk.testing.TestClients;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorrelationIdsTest {
  private final KonaplateTimes sameSecond = KonaplateTimes.of(TestClients.T0, ZoneId.of("Asia/Seoul"));

  @Test
  void idsOfOneClient_neverRepeat_evenWithinOneSecond() {
    CorrelationIds ids = new CorrelationIds(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String id = ids.next(sameSecond);
      assertTrue(CorrelationIds.isValid(id), id);
      assertTrue(seen.add(id), "repeated " + id);
    }
  }

  @Test
  void digitsWrapAroundWithinSevenHexDigits() {
    CorrelationIds ids = new CorrelationIds(new FixedSecureRandom((byte) 0xFF));
    assertEquals("261125100203-fffffff", ids.next(sameSecond));
    assertEquals("261125100203-0000000", ids.next(sameSecond));
  }
}
