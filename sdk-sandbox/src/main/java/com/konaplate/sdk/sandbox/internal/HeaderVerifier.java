package com.konaplate.sdk.sandbox.internal;

import com.konaplate.sdk.sandbox.SandboxCredentials;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Verifies the X-KM headers and the token as KONA PLATE does: presence, length and format
 * (000_002 naming the header), ASP ID and access key (990_001), crypto key id known (990_005),
 * token time against X-KM-Tran-Time (990_004), clock skew (990_003), and the HMAC over the exact
 * wire body (990_002). Immutable and thread-safe.
 */
final class HeaderVerifier {
  static final String ASP_ID = "X-KM-User-AspId";
  static final String CORRELATION_ID = "X-KM-Correlation-Id";
  static final String ACCESS_KEY = "X-KM-Access-Key";
  static final String CRYPTO_KEY_ID = "X-KM-Crypto-Key-Id";
  static final String TRAN_TOKEN = "X-KM-Tran-Token";
  static final String TRAN_TIME = "X-KM-Tran-Time";
  static final String TIME_ZONE = "X-KM-Time-Zone";

  private static final Pattern PRINTABLE_15 = Pattern.compile("^[!-~]{15}$");
  private static final Pattern PRINTABLE_32 = Pattern.compile("^[!-~]{32}$");
  private static final Pattern PRINTABLE_40 = Pattern.compile("^[!-~]{40}$");
  private static final Pattern CORRELATION = Pattern.compile("^[0-9]{12}-[0-9a-fA-F]{7}$");
  private static final Pattern TOKEN = Pattern.compile("^KMV1:[0-9]{17}:[A-Za-z0-9+/]{43}=$");
  private static final Pattern DIGITS_14 = Pattern.compile("^[0-9]{14}$");
  private static final Pattern ZONE = Pattern.compile("^[A-Z]{3}$");

  /** The X-KM headers in the order they are checked; a duplicated header is malformed. */
  private static final HeaderRule[] HEADER_RULES = {
      new HeaderRule(ASP_ID, PRINTABLE_15, true),
      new HeaderRule(CORRELATION_ID, CORRELATION, true),
      new HeaderRule(ACCESS_KEY, PRINTABLE_40, true),
      new HeaderRule(CRYPTO_KEY_ID, PRINTABLE_32, false),
      new HeaderRule(TRAN_TOKEN, TOKEN, true),
      new HeaderRule(TRAN_TIME, DIGITS_14, true),
      new HeaderRule(TIME_ZONE, ZONE, true),
  };

  /** The zone abbreviations X-KM-Time-Zone may name. */
  private static final Map<String, ZoneId> ZONES;

  static {
    Map<String, ZoneId> zones = new HashMap<String, ZoneId>();
    zones.put("KST", ZoneId.of("Asia/Seoul"));
    zones.put("UTC", ZoneOffset.UTC);
    zones.put("GMT", ZoneId.of("GMT"));
    zones.put("JST", ZoneId.of("Asia/Tokyo")); // the SDK offers it too
    ZONES = Collections.unmodifiableMap(zones);
  }

  private final SandboxCredentials credentials;
  private final Clock clock;
  private final Duration skew;
  private final SandboxCrypto crypto;

  HeaderVerifier(SandboxCredentials credentials, Clock clock, Duration skew,
      SandboxCrypto crypto) {
    this.credentials = credentials;
    this.clock = clock;
    this.skew = skew;
    this.crypto = crypto;
  }

  /** A refusal: the result and the header it names (for 000_002), or null. */
  static final class Rejection {
    final Result result;
    final String field;

    Rejection(Result result, String field) {
      this.result = result;
      this.field = field;
    }
  }

  /** Verifies the X-KM headers and the token; returns null when the request passes. */
  Rejection verify(Map<String, List<String>> h, byte[] body) {
    Map<String, String> v = new HashMap<String, String>();
    for (HeaderRule rule : HEADER_RULES) {
      List<String> values = h.get(rule.name);
      if (values == null || values.isEmpty()) {
        if (rule.required) {
          return new Rejection(Result.INVALID_INPUT, rule.name);
        }
      } else if (values.size() != 1 || !rule.format.matcher(values.get(0)).matches()) {
        return new Rejection(Result.INVALID_INPUT, rule.name);
      } else {
        v.put(rule.name, values.get(0));
      }
    }
    String cryptoKeyId = v.get(CRYPTO_KEY_ID);
    String token = v.get(TRAN_TOKEN);
    String tranTime = v.get(TRAN_TIME);
    LocalDateTime requestTime = dateTime(tranTime);
    if (requestTime == null) {
      return new Rejection(Result.INVALID_INPUT, TRAN_TIME);
    }
    ZoneId zone = ZONES.get(v.get(TIME_ZONE));
    if (zone == null) {
      return new Rejection(Result.INVALID_INPUT, TIME_ZONE);
    }

    boolean aspOk = Hmac.constantTimeEquals(credentials.aspId(), v.get(ASP_ID));
    boolean keyOk = Hmac.constantTimeEquals(credentials.accessKey(), v.get(ACCESS_KEY));
    if (!(aspOk & keyOk)) {
      return new Rejection(Result.UNKNOWN_CREDENTIALS, null);
    }
    if (cryptoKeyId != null && crypto.key(cryptoKeyId) == null) {
      return new Rejection(Result.CRYPTO_KEY_UNKNOWN, null);
    }
    String tokenTime = token.substring(5, 22);
    if (!tokenTime.startsWith(tranTime)) {
      return new Rejection(Result.TOKEN_TIME_MISMATCH, null);
    }
    int millis = Integer.parseInt(tokenTime.substring(14));
    Instant sent = requestTime.plusNanos(millis * 1_000_000L).atZone(zone).toInstant();
    if (Duration.between(clock.instant(), sent).abs().compareTo(skew) > 0) {
      return new Rejection(Result.CLOCK_SKEW, null);
    }
    String expected = Hmac.base64Signature(credentials.secretKey(), body);
    if (!Hmac.constantTimeEquals(expected, token.substring(23))) {
      return new Rejection(Result.TOKEN_SIGNATURE_MISMATCH, null);
    }
    return null;
  }

  /** Parses yyyyMMddHHmmss strictly (no rolling over of 24:00 or Feb 30). */
  private static LocalDateTime dateTime(String digits) {
    try {
      return LocalDateTime.of(
          Integer.parseInt(digits.substring(0, 4)),
          Integer.parseInt(digits.substring(4, 6)),
          Integer.parseInt(digits.substring(6, 8)),
          Integer.parseInt(digits.substring(8, 10)),
          Integer.parseInt(digits.substring(10, 12)),
          Integer.parseInt(digits.substring(12, 14)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static final class HeaderRule {
    final String name;
    final Pattern format;
    final boolean required;

    HeaderRule(String name, Pattern format, boolean required) {
      this.name = name;
      this.format = format;
      this.required = required;
    }
  }
}
