package com.konaplate.sdk.testing;

import com.konaplate.sdk.spi.PayloadEncryptor;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A stand-in for JWE in sdk-core's tests (the real one lives in sdk-crypto): "encrypts" to
 * {@code fake.<base64url>} and back, so a MockWebServer can answer encrypted operations.
 */
public final class FakeJwe implements PayloadEncryptor {
  private static final String PREFIX = "fake.";

  @Override
  public String cryptoKeyId() {
    return "0123456789abcdef0123456789abcdef";
  }

  @Override
  public boolean encryptAllRequests() {
    return false;
  }

  @Override
  public String encrypt(byte[] plaintextJson) {
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plaintextJson);
  }

  @Override
  public byte[] decrypt(String jweCompact) {
    if (!jweCompact.startsWith(PREFIX)) {
      throw new com.konaplate.sdk.exception.KonaplateCryptoException("not a fake JWE", null);
    }
    return Base64.getUrlDecoder().decode(jweCompact.substring(PREFIX.length()));
  }

  /** The body of an encrypted answer whose plaintext is {@code json}. */
  public static String body(String json) {
    return "{\"encData\":\"" + new FakeJwe().encrypt(json.getBytes(StandardCharsets.UTF_8)) + "\"}";
  }

  /** The plaintext of an encrypted request body. */
  public static String plaintext(String body) {
    String jwe = body.substring(body.indexOf(PREFIX), body.lastIndexOf('"'));
    return new String(new FakeJwe().decrypt(jwe), StandardCharsets.UTF_8);
  }
}
