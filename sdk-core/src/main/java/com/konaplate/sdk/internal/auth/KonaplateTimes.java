package com.konaplate.sdk.internal.auth;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The request time of one attempt in the configured zone, as the digits the protocol uses:
 * {@code yyyyMMddHHmmssSSS}. Token time, tran time and the correlation id prefix are all cut
 * from these 17 digits, so they can never disagree.
 */
public final class KonaplateTimes {
  private final char[] digits;

  private KonaplateTimes(char[] digits) {
    this.digits = digits;
  }

  /** The request time of {@code instant} in {@code zone}. */
  public static KonaplateTimes of(Instant instant, ZoneId zone) {
    LocalDateTime t = LocalDateTime.ofInstant(instant, zone);
    char[] d = new char[17];
    put(d, 0, t.getYear(), 4);
    put(d, 4, t.getMonthValue(), 2);
    put(d, 6, t.getDayOfMonth(), 2);
    put(d, 8, t.getHour(), 2);
    put(d, 10, t.getMinute(), 2);
    put(d, 12, t.getSecond(), 2);
    put(d, 14, t.getNano() / 1_000_000, 3);
    return new KonaplateTimes(d);
  }

  /** {@code yyyyMMddHHmmssSSS}: the time inside {@code X-KM-Tran-Token}. */
  public String tokenTime() {
    return new String(digits, 0, 17);
  }

  /** {@code yyyyMMddHHmmss}: the value of {@code X-KM-Tran-Time}. */
  public String tranTime() {
    return new String(digits, 0, 14);
  }

  /** {@code yyMMddHHmmss}: the first part of {@code X-KM-Correlation-Id}. */
  public String correlationPrefix() {
    return new String(digits, 2, 12);
  }

  private static void put(char[] d, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      d[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
