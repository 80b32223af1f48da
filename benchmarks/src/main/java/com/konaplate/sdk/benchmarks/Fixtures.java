package com.konaplate.sdk.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * The calls the benchmarks make: terminate (plaintext, and encrypted both ways) and Search for
 * Card (plaintext request, encrypted answer of {@value #SEARCH_CARDS} cards). Credentials, bodies,
 * paths and answers.
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
