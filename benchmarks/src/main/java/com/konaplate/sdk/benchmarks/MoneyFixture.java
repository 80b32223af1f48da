package com.konaplate.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The answers of the money benchmarks (plaintext, as openapi.yaml has them), apart from
 * {@link Fixtures} so that a JVM that never charges nor walks the history does not build them.
 */
public final class MoneyFixture {
  // Before the answers: static fields initialise in order.
  private static final String[] MERCHANTS = {"KONA Sandbox Cafe", "코나 편의점 강남점",
      "KONA Books", "서울 버스", "KONA Mart Online"};

  /** The charge's answer: a transaction number, not pending, and the success envelope. */
  public static final byte[] CHARGE_RESPONSE_JSON = ("{\"nrNumber\":\"NR0000000000000001\","
      + "\"isPending\":false,\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}")
      .getBytes(StandardCharsets.UTF_8);

  /**
   * The answers of the history pages 0 to {@value Fixtures#HISTORY_PAGES} − 1, in order: each
   * says which page it is, that there are {@value Fixtures#HISTORY_PAGES}, and carries
   * {@value Fixtures#HISTORY_PAGE_SIZE} transactions (see {@link #historyPageJson(int)}).
   */
  public static final List<byte[]> HISTORY_PAGES_JSON = historyPages();

  private static List<byte[]> historyPages() {
    List<byte[]> pages = new ArrayList<>();
    for (int p = 0; p < Fixtures.HISTORY_PAGES; p++) {
      pages.add(historyPageJson(p).getBytes(StandardCharsets.UTF_8));
    }
    return Collections.unmodifiableList(pages);
  }

  /** The amount of transaction {@code i} of the walk (from 0, across pages). */
  static long amount(int i) {
    return 1000L + (i * 7L % 23) * 1500L;
  }

  /** The sum of the amounts of every transaction of the walk, to check it was read whole. */
  public static long historyAmountTotal() {
    long total = 0;
    for (int i = 0; i < Fixtures.HISTORY_PAGES * Fixtures.HISTORY_PAGE_SIZE; i++) {
      total += amount(i);
    }
    return total;
  }

  /**
   * Page {@code page} of the history as KONA PLATE would send it: {@code pageResponse},
   * {@code transactionInfo} ({@value Fixtures#HISTORY_PAGE_SIZE} transactions, every field of
   * {@code Transaction} filled, alternating charges and payments, balances before and after that
   * follow on) and the result envelope.
   */
  static String historyPageJson(int page) {
    int n = Fixtures.HISTORY_PAGE_SIZE;
    StringBuilder b = new StringBuilder(n * 520);
    b.append("{\"pageResponse\":{\"page\":").append(page).append(",\"totalPages\":")
        .append(Fixtures.HISTORY_PAGES).append(",\"numberOfElements\":").append(n).append('}')
        .append(",\"transactionInfo\":[");
    for (int k = 0; k < n; k++) {
      int i = page * n + k;
      boolean charge = i % 2 == 0;
      long amount = amount(i);
      long before = 500000L + i * 250L;
      long after = charge ? before + amount : before - amount;
      String day = String.format(Locale.ROOT, "202611%02d", 1 + i % 30);
      String time = String.format(Locale.ROOT, "%02d%02d%02d", 8 + i % 12, i % 60, (i * 7) % 60);
      b.append(k == 0 ? "" : ",")
          .append("{\"trType\":\"").append(charge ? "01" : "00").append('"')
          .append(",\"rcgType\":\"").append(charge ? "BANK" : "").append('"')
          .append(",\"nrNumber\":\"NR").append(String.format(Locale.ROOT, "%016d", 34000L + i))
          .append('"')
          .append(",\"trAmount\":").append(amount)
          .append(",\"orgAmount\":").append(amount)
          .append(",\"approvalCode\":\"").append(String.format(Locale.ROOT, "%08d", 71000 + i))
          .append('"')
          .append(",\"balanceBefore\":").append(before)
          .append(",\"balanceAfter\":").append(after)
          .append(",\"merchantName\":\"").append(MERCHANTS[i % MERCHANTS.length]).append('"')
          .append(",\"bizLicenseNo\":\"").append(String.format(Locale.ROOT, "2208%06d", 1000 + i))
          .append('"')
          .append(",\"authCancelType\":\"").append(i % 9 == 8 ? "CANCEL" : "AUTH").append('"')
          .append(",\"approvalDateTime\":\"").append(day).append(time).append('"')
          .append(",\"discountAmount\":").append(charge ? 0 : 100 * (i % 4))
          .append(",\"usedPointAmount\":").append(charge ? 0 : 10 * (i % 3))
          .append(",\"savedPointAmount\":").append(charge ? 0 : amount / 100)
          .append(",\"rechargeCancelable\":").append(charge && i % 4 == 0)
          .append('}');
    }
    b.append("],\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}");
    return b.toString();
  }

  private MoneyFixture() {
  }
}
