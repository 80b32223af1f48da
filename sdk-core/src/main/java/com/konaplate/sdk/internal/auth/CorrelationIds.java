package com.konaplate.sdk.internal.auth;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/** Creates and checks {@code X-KM-Correlation-Id} values: {@code yyMMddHHmmss-xxxxxxx}. */
public final class CorrelationIds {
  private static final Pattern FORMAT = Pattern.compile("[0-9]{12}-[0-9a-fA-F]{7}");
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final SecureRandom random;

  /** Creates ids whose 7 hex digits come from {@code random}. */
  public CorrelationIds(SecureRandom random) {
    this.random = random;
  }

  /** A new id for a call starting at {@code time}. */
  public String next(KonaplateTimes time) {
    int bits = random.nextInt(1 << 28);
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
