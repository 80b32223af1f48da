package com.konaplate.sdk.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Search for Card answer of the benchmarks, apart from {@link Fixtures} so that a JVM that
 * never searches (the first-call probes of terminate) does not build it.
 */
public final class SearchFixture {
  // Before RESPONSE_JSON: static fields initialise in order.
  private static final String[] SERVICE_NAMES = {"KONA 선불카드", "KONA Debit Card",
      "코나 모바일 교통카드", "KONA Prepaid Plus"};
  private static final String[] BANKS = {"국민은행", "신한은행", "우리은행", "하나은행", "NH농협은행"};

  /**
   * The decrypted Search for Card answer: {@value Fixtures#SEARCH_CARDS} cards, every documented
   * and community field of {@code Card} filled (see {@link #searchResponseJson(int)}).
   */
  public static final byte[] RESPONSE_JSON =
      searchResponseJson(Fixtures.SEARCH_CARDS).getBytes(StandardCharsets.UTF_8);

  /**
   * A Search for Card answer as KONA PLATE would send it before encryption: the card list
   * ({@code cardDataInfo}, fields in the documented order, then the community ones) and the
   * result envelope. Values are realistic and differ from card to card: 27-character PARs,
   * 16-digit card numbers, 22-character application numbers, Korean product and bank names,
   * one point program per card, every fourth card's physical card suspended.
   */
  static String searchResponseJson(int cards) {
    StringBuilder b = new StringBuilder(cards * 900);
    b.append("{\"cardDataInfo\":[");
    for (int i = 0; i < cards; i++) {
      String n2 = String.format(Locale.ROOT, "%02d", i);
      String service = String.format(Locale.ROOT, "0001700000%05d", 2000 + i % 4);
      b.append(i == 0 ? "" : ",")
          .append("{\"par\":\"Q1")
          .append(String.format(Locale.ROOT, "%08X", 0x80BEA3B2L + i * 7919L))
          .append("F1BBD8410336D66").append(n2).append('"')
          .append(",\"limits\":{\"once\":").append(500000 + i * 10000)
          .append(",\"day\":").append(1000000 + i * 50000)
          .append(",\"month\":").append(3000000 + i * 100000).append('}')
          .append(",\"balance\":").append(Fixtures.cardBalance(i))
          .append(",\"pendingAmount\":").append(i % 5 == 0 ? 20000 : 0)
          .append(",\"isNamed\":").append(i % 3 != 0)
          .append(",\"serviceId\":\"").append(service).append('"')
          .append(",\"serviceName\":\"").append(SERVICE_NAMES[i % SERVICE_NAMES.length]).append('"')
          .append(",\"expiryDate\":\"").append(3101 + i % 12).append('"')
          .append(",\"cardApplyNo\":\"2026112510020300000").append(String.format(Locale.ROOT, "%03d", i))
          .append('"')
          .append(",\"mobileCardNo\":\"94913394012507").append(n2).append('"')
          .append(",\"physicalCardNo\":\"94913394012509").append(n2).append('"')
          .append(",\"mobileCardStatus\":\"ACTIVE\"")
          .append(",\"physicalCardStatus\":\"").append(i % 4 == 3 ? "SUSPENDED" : "ACTIVE")
          .append('"')
          .append(",\"rechargeable\":true")
          .append(",\"remittable\":").append(i % 3 != 0)
          .append(",\"refundable\":true")
          .append(",\"rechargeableAmount\":").append(2000000 - Fixtures.cardBalance(i))
          .append(",\"minRechargeAmount\":10000")
          .append(",\"bankInfo\":{\"bankName\":\"").append(BANKS[i % BANKS.length])
          .append("\",\"accountNo\":\"3330155555").append(n2).append("\"}")
          .append(",\"cardPointInfo\":[{\"autoUse\":").append(i % 2 == 0)
          .append(",\"pointName\":\"KONA 포인트\",\"pointPolicyId\":\"PP0000000")
          .append(String.format(Locale.ROOT, "%03d", i)).append("\",\"remainingPoint\":")
          .append(i * 150 + 40).append("}]")
          .append(",\"autoReloadStatus\":\"").append(i % 2 == 0 ? "OFF" : "ON").append('"')
          .append(",\"serviceImageUrl\":\"https://static.konaplate.com/card-images/")
          .append(service).append(".png\"")
          .append(",\"enableFIC\":").append(i % 7 == 0)
          .append(",\"personalRechargeable\":true")
          .append(",\"maxRealNameRechargeAmount\":5000000")
          .append(",\"maxNonRealNameRechargeAmount\":2000000")
          .append('}');
    }
    b.append("],\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}");
    return b.toString();
  }

  private SearchFixture() {
  }
}
