package com.konaplate.sdk.sandbox.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sandbox's own X-KM-Tran-Token check, written apart from the SDK's signer so the two
 * verify each other: Base64(HMAC-SHA256(UTF-8 secret key, exact body bytes)).
 */
final class Hmac {
  private Hmac() {
  }

  /** Returns the standard Base64 (padded) HMAC-SHA256 of {@code body}. */
  static String base64Signature(String secretKey, byte[] body) {
    try {
      // A Mac is not thread-safe, and getInstance is cheap next to an HTTP exchange.
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return java.util.Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every JRE", e);
    }
  }

  /** Compares two ASCII strings in time independent of where they differ. */
  static boolean constantTimeEquals(String expected, String actual) {
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
  }
}
