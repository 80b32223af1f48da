package com.konaplate.sdk.internal.auth;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the caller's unique ids of transactions ({@code sequenceId} of a charge,
 * {@code transactionId} of a payment) when the caller gives none: the request time
 * {@code yyMMddHHmmss}, then four base-36 digits of a counter with a random start (distinct
 * within a client for 1.6 million ids a second), then random base-36 digits up to the length.
 * KONA PLATE recognises a transaction by this id, so two calls must never share one: the
 * random part keeps clients apart (14 random digits at 30 characters, 4 at 20). Thread-safe.
 */
public final class SequenceIds {
  private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final int COUNTER_SPAN = 36 * 36 * 36 * 36;
  /** The time prefix and the counter. */
  public static final int MIN_LENGTH = 16;

  /**
   * Random bytes drawn ahead, a batch at a time: each {@code SecureRandom} draw costs about as
   * much as the rest of the id (a read of the OS's source and a digest, behind a lock), so one
   * draw serves some twenty ids. Bytes are used once; guarded by {@code this}.
   */
  private static final int BATCH = 256;

  private final SecureRandom random;
  private final AtomicInteger counter;
  private final byte[] batch = new byte[BATCH];
  private int used = BATCH;

  /** Creates ids drawing on {@code random}. */
  public SequenceIds(SecureRandom random) {
    this.random = random;
    this.counter = new AtomicInteger(random.nextInt(COUNTER_SPAN));
  }

  /** A new id of {@code length} characters (at least {@value #MIN_LENGTH}) for {@code time}. */
  public String next(KonaplateTimes time, int length) {
    if (length < MIN_LENGTH) {
      throw new IllegalArgumentException("length < " + MIN_LENGTH);
    }
    char[] id = new char[length];
    time.correlationPrefix().getChars(0, 12, id, 0);
    int n = Math.floorMod(counter.getAndIncrement(), COUNTER_SPAN);
    for (int i = 15; i >= 12; i--) {
      id[i] = DIGITS[n % 36];
      n /= 36;
    }
    randomDigits(id, 16);
    return new String(id);
  }

  /**
   * Fills {@code id} from {@code from} with random base-36 digits: a byte below 252 = 7 x 36 is a
   * digit without bias; the others are skipped.
   */
  private synchronized void randomDigits(char[] id, int from) {
    for (int i = from; i < id.length; i++) {
      int v;
      do {
        if (used == BATCH) {
          random.nextBytes(batch);
          used = 0;
        }
        v = batch[used++] & 0xFF;
      } while (v >= 252);
      id[i] = DIGITS[v % 36];
    }
  }
}
