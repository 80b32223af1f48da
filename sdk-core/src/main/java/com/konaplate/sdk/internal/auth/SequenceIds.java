package com.konaplate.sdk.internal.auth;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the caller's unique ids of transactions ({@code sequenceId} of a charge,
 * {@code transactionId} of a payment) when the caller gives none: the request time
 * {@code yyMMddHHmmss}, then four base-36 digits of a counter with a random start (distinct
 * within a client for 1.6 million ids a second), then random base-36 digits up to the length.
 * KONA PLATE recognises a transaction by this id, so two calls must never share one: the
 * random part keeps clients apart (18 random digits at 30 characters, 4 at 20).
 */
public final class SequenceIds {
  private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray();
  private static final int COUNTER_SPAN = 36 * 36 * 36 * 36;
  /** The time prefix and the counter. */
  public static final int MIN_LENGTH = 16;

  private final SecureRandom random;
  private final AtomicInteger counter;

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
    // One draw for all the random digits (each SecureRandom call costs about as much as the
    // rest of the id): a byte below 252 = 7 x 36 is a digit without bias; the others are skipped.
    byte[] bytes = new byte[length - 16 + 8];
    random.nextBytes(bytes);
    int b = 0;
    for (int i = 16; i < length; i++) {
      int v;
      do {
        if (b == bytes.length) {
          random.nextBytes(bytes);
          b = 0;
        }
        v = bytes[b++] & 0xFF;
      } while (v >= 252);
      id[i] = DIGITS[v % 36];
    }
    return new String(id);
  }
}
