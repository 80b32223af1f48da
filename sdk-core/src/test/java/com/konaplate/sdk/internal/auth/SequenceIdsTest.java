package com.konaplate.sdk.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The transaction ids the SDK makes when the caller gives none. */
class SequenceIdsTest {
  private static final KonaplateTimes TIME =
      KonaplateTimes.of(Instant.parse("2026-12-02T01:02:03Z"), ZoneId.of("Asia/Seoul"));

  @Test
  void anId_isTheTimeACounterAndRandomBase36Digits_ofTheLengthAsked() {
    SequenceIds ids = new SequenceIds(new SecureRandom());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String id = ids.next(TIME, i % 2 == 0 ? 30 : 20);
      assertEquals(i % 2 == 0 ? 30 : 20, id.length());
      assertTrue(id.startsWith("261202100203"), id);
      assertTrue(id.matches("[0-9A-Z]+"), id);
      assertTrue(seen.add(id), "distinct: " + id);
    }
  }

  @Test
  void threadsSharingOneClient_getWellFormedDistinctIds_acrossManyBatchesOfRandomBytes() throws Exception {
    SequenceIds ids = new SequenceIds(new SecureRandom());
    int threads = 8;
    int each = 5_000;
    Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        done.add(pool.submit(() -> {
          for (int i = 0; i < each; i++) {
            String id = ids.next(TIME, 20); // unguarded, the shared batch would overrun
            assertTrue(id.matches("261202100203[0-9A-Z]{8}"), id);
            seen.add(id);
          }
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * each, seen.size());
  }

  @Test
  void bytesThatWouldBiasTheDigits_areSkipped_andMoreAreDrawnWhenTheBatchRunsOut() {
    // A source whose first batch is all 252..255 (not digits) and then counts 0, 1, 2, ...
    SecureRandom skewed = new SecureRandom() {
      private static final long serialVersionUID = 1L;
      private int calls;
      private int next;

      @Override
      public void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) (calls == 0 ? 252 + i % 4 : next++);
        }
        calls++;
      }

      @Override
      public int nextInt(int bound) {
        return 0; // the counter's start
      }
    };
    SequenceIds ids = new SequenceIds(skewed);
    String id = ids.next(TIME, 20);
    assertEquals("261202100203" + "0000" + "0123", id);
  }
}
