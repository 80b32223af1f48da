package com.konaplate.sdk.internal.auth;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** Creates and checks {@code X-KM-Correlation-Id} values: {@code yyMMddHHmmss-xxxxxxx}. */
public final class CorrelationIds {
  private static final Pattern FORMAT = Pattern.compile("[0-9]{12}-[0-9a-fA-F]{7}");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static final int MASK = (1 << 28) - 1;

  /**
   * The next 7 hex digits. Drawing each from the random source would collide by the birthday
   * bound (about 1 in 50 for 3,000 calls in one second); a random start and a counter keep the
   * ids of one client distinct for 2^28 calls, and different clients apart by their random start.
   */
  private final AtomicInteger next;

  /** Creates ids whose 7 hex digits start at a value drawn from {@code random}. */
  public CorrelationIds(SecureRandom random) {
    this.next = new AtomicInteger(random.nextInt(1 << 28));
  }

  /** A new id for a call starting at {@code time}. */
  public String next(KonaplateTimes time) {
    int bits = next.getAndIncrement() & MASK;
    char[] id = new char[20];
    time.correlationPrefix().getChars(0, 12, id, 0);
    id[12] = '-';
    for (int i = 19; i >= 13; i--) {
      id[i] = HEX[bits & 0xF];
      bits >>>= 4;
    }
    return new String(id);
  }

  /** True when {@code id} has the protocol's format. */
  public static boolean isValid(String id) {
    return id != null && FORMAT.matcher(id).matches();
  }
}
