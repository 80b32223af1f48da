package com.konaplate.sdk.internal.http;

/** The names of the KONA PLATE headers. */
public final class KmHeaders {
  /** ASP ID of the partner. */
  public static final String ASP_ID = "X-KM-User-AspId";
  /** Transaction number, {@code yyMMddHHmmss-xxxxxxx}. */
  public static final String CORRELATION_ID = "X-KM-Correlation-Id";
  /** The project's access key. */
  public static final String ACCESS_KEY = "X-KM-Access-Key";
  /** The data encryption key id. */
  public static final String CRYPTO_KEY_ID = "X-KM-Crypto-Key-Id";
  /** The integrity signature of the body. */
  public static final String TRAN_TOKEN = "X-KM-Tran-Token";
  /** The request time, {@code yyyyMMddHHmmss}. */
  public static final String TRAN_TIME = "X-KM-Tran-Time";
  /** The zone of the request times. */
  public static final String TIME_ZONE = "X-KM-Time-Zone";

  private KmHeaders() {
  }
}
