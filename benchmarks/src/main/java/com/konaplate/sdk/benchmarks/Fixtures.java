package com.konaplate.sdk.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The calls the benchmarks make: terminate (plaintext, and encrypted both ways), Search for Card
 * (plaintext request, encrypted answer of {@value #SEARCH_CARDS} cards), a charge and a walk of
 * {@value #HISTORY_PAGES} pages of transaction history (plaintext both ways; their answers in
 * {@link MoneyFixture}). Credentials, bodies, paths and answers.
 */
public final class Fixtures {
  public static final String ASP_ID = "ASP000000000001";
  public static final String ACCESS_KEY = "AK00000000000000000000000000000000000001";
  public static final String SECRET_KEY = "benchmark-secret-key-0123456789";
  public static final String CRYPTO_KEY_ID = "0123456789abcdef0123456789abcdef";
  public static final long USER_ID = 100000000001L;
  public static final String PAR = "Q10000000000000000000000101";

  /** Base path of plaintext calls; the server answers the plain envelope under it. */
  public static final String PLAIN_BASE = "/open-api";
  /** Base path of encrypted calls; the server answers a prepared encrypted envelope under it. */
  public static final String ENCRYPTED_BASE = "/enc/open-api";
  public static final String TERMINATE_PATH = "/api/v1/card/terminate";

  /** Exactly the bytes the SDK sends for {@link #USER_ID} and {@link #PAR}. */
  public static final byte[] REQUEST_JSON = ("{\"userId\":" + USER_ID + ",\"par\":\"" + PAR + "\"}")
      .getBytes(StandardCharsets.UTF_8);
  /** The success envelope of "Discarding a Card". */
  public static final byte[] RESPONSE_JSON =
      "{\"response\":{\"code\":\"000_000\",\"description\":\"Success\"}}"
          .getBytes(StandardCharsets.UTF_8);

  /** Search for Card: its path, under {@link #PLAIN_BASE} (the request is plaintext by the spec). */
  public static final String SEARCH_PATH = "/api/v1/user/card/list";
  /** The cards in the Search for Card answer. */
  public static final int SEARCH_CARDS = 20;
  /** Exactly the bytes the SDK sends for {@code search(USER_ID)}. */
  public static final byte[] SEARCH_REQUEST_JSON = ("{\"userId\":" + USER_ID + "}")
      .getBytes(StandardCharsets.UTF_8);
  /** Charge (from the registered bank account): its path, under {@link #PLAIN_BASE}. */
  public static final String CHARGE_PATH = "/api/v1/recharges/by-bank-accounts/no-hce";
  public static final long CHARGE_AMOUNT = 20000L;
  public static final String ONE_TIME_TOKEN = "7000000000000001";
  public static final String DCVV = "701";
  public static final String MERCHANT_ID = "410195430033901";
  /**
   * The sequenceId of the floor's charge: 30 characters in the form the SDK makes (request time
   * {@code yyMMddHHmmss}, four base-36 digits of a counter, random base-36 digits).
   */
  public static final String CHARGE_SEQUENCE_ID = "2612021015000A1B2C3D4E5F6G7H8J";
  /**
   * The floor's charge: the bytes the SDK sends for {@link #CHARGE_AMOUNT} and the rest, with
   * the sequenceId it makes (last, as the SDK adds it) replaced by {@link #CHARGE_SEQUENCE_ID}.
   */
  public static final byte[] CHARGE_REQUEST_JSON = ("{\"userId\":" + USER_ID + ",\"amount\":"
      + CHARGE_AMOUNT + ",\"oneTimeToken\":\"" + ONE_TIME_TOKEN + "\",\"dcvv\":\"" + DCVV
      + "\",\"merchantId\":\"" + MERCHANT_ID + "\",\"sequenceId\":\"" + CHARGE_SEQUENCE_ID
      + "\"}").getBytes(StandardCharsets.UTF_8);

  /** Checking Transaction History: its path, under {@link #PLAIN_BASE}. */
  public static final String HISTORY_PATH = "/api/v1/transaction/card";
  /** The pages of the history walk; every answer says there are this many. */
  public static final int HISTORY_PAGES = 10;
  /** The transactions on every page. */
  public static final int HISTORY_PAGE_SIZE = 10;
  public static final String HISTORY_START_DATE = "20261101";
  public static final String HISTORY_END_DATE = "20261130";

  /**
   * Exactly the bytes the SDK sends for page {@code page} of the history walk (userId, PAR,
   * period and {@code pageRequest} with the page and {@link #HISTORY_PAGE_SIZE}).
   */
  public static byte[] historyRequestJson(int page) {
    return ("{\"userId\":" + USER_ID + ",\"par\":\"" + PAR + "\",\"startDate\":\""
        + HISTORY_START_DATE + "\",\"endDate\":\"" + HISTORY_END_DATE
        + "\",\"pageRequest\":{\"page\":" + page + ",\"pageSize\":" + HISTORY_PAGE_SIZE + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The sum of the balances of the {@value #SEARCH_CARDS} cards in
   * {@link SearchFixture#RESPONSE_JSON}, to check that a whole answer was read.
   */
  public static long searchBalanceTotal() {
    long total = 0;
    for (int i = 0; i < SEARCH_CARDS; i++) {
      total += cardBalance(i);
    }
    return total;
  }

  /** The balance of card {@code i} of the Search for Card answer. */
  static long cardBalance(int i) {
    return 15000L + i * 37250L;
  }

  private Fixtures() {
  }
}
