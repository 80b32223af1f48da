package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

/**
 * Reads a JWE compact serialization and refuses, before any key is used, everything this SDK
 * does not accept: other algorithms, compression, critical extensions and sloppy encodings.
 * The header is checked by hand so the error names the rule instead of a parser complaint.
 */
final class CompactJwe {
  private static final String ACCEPTED_ALG = "RSA-OAEP-256 and RSA-OAEP";
  private static final String ACCEPTED_ENC = "A128GCM and A256GCM";

  private CompactJwe() {
  }

  /** Parses and checks a compact JWE; the result is ready for decryption. */
  static JWEObject parse(String compact) {
    String[] parts = split(compact);
    String[] names = {"protected header", "encrypted key", "initialization vector", "ciphertext",
        "authentication tag"};
    // The header first, so that "dir" (no encrypted key) is reported as the algorithm it is.
    if (parts[0].isEmpty() || !isCanonicalBase64Url(parts[0])) {
      throw malformed("the protected header is not canonical unpadded Base64URL");
    }
    checkHeader(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      // Only the ciphertext of an empty payload may be empty.
      if (parts[i].isEmpty() && i != 3) {
        throw malformed("the " + names[i] + " is empty");
      }
      if (!isCanonicalBase64Url(parts[i])) {
        throw malformed("the " + names[i] + " is not canonical unpadded Base64URL");
      }
    }
    // RFC 7518, 5.3: AES-GCM in JWE uses a 96-bit IV and a 128-bit tag (16 and 22 characters).
    if (parts[2].length() != 16) {
      throw refused("the initialization vector is not 96 bits");
    }
    if (parts[4].length() != 22) {
      throw refused("the authentication tag is not 128 bits");
    }
    try {
      return new JWEObject(new Base64URL(parts[0]), new Base64URL(parts[1]),
          new Base64URL(parts[2]), new Base64URL(parts[3]), new Base64URL(parts[4]));
    } catch (ParseException | RuntimeException e) {
      throw new KonaplateCryptoException("JWE refused: the protected header is not a valid JWE"
          + " header", e);
    }
  }

  private static String[] split(String compact) {
    String[] parts = new String[5];
    int start = 0;
    for (int i = 0; i < 4; i++) {
      int dot = compact.indexOf('.', start);
      if (dot < 0) {
        throw malformed("expected 5 parts separated by '.', found " + (i + 1));
      }
      parts[i] = compact.substring(start, dot);
      start = dot + 1;
    }
    if (compact.indexOf('.', start) >= 0) {
      throw malformed("expected 5 parts separated by '.', found more");
    }
    parts[4] = compact.substring(start);
    return parts;
  }

  private static void checkHeader(String encodedHeader) {
    if (encodedHeader.length() > Header.MAX_HEADER_STRING_LENGTH) {
      throw malformed("the protected header is too long");
    }
    Map<String, Object> header;
    try {
      String json = new String(new Base64URL(encodedHeader).decode(), StandardCharsets.UTF_8);
      header = JSONObjectUtils.parse(json, Header.MAX_HEADER_STRING_LENGTH);
    } catch (ParseException | RuntimeException e) {
      throw new KonaplateCryptoException(
          "JWE refused: the protected header is not a JSON object", e);
    }
    if (header == null) {
      // The JSON literal null parses to no map at all (found by JweDecryptionFuzzTest).
      throw new KonaplateCryptoException(
          "JWE refused: the protected header is not a JSON object", null);
    }
    Object alg = header.get("alg");
    if (!"RSA-OAEP-256".equals(alg) && !"RSA-OAEP".equals(alg)) {
      throw refused("alg " + printable(alg) + " is not accepted; only " + ACCEPTED_ALG + " are");
    }
    Object enc = header.get("enc");
    if (!"A128GCM".equals(enc) && !"A256GCM".equals(enc)) {
      throw refused("enc " + printable(enc) + " is not accepted; only " + ACCEPTED_ENC + " are");
    }
    if (header.containsKey("zip")) {
      // Compression before encryption leaks plaintext length patterns and invites zip bombs.
      throw refused("compressed payloads (a \"zip\" header) are not accepted");
    }
    if (header.containsKey("crit")) {
      throw refused("critical header extensions (a \"crit\" header) are not accepted");
    }
  }

  /**
   * True for unpadded Base64URL that decodes to exactly one byte string: decoders commonly
   * ignore stray characters and the unused low bits of the last character, which would let
   * many different strings stand for the same message.
   */
  static boolean isCanonicalBase64Url(String s) {
    int n = s.length();
    if (n % 4 == 1) {
      return false;
    }
    int last = 0;
    for (int i = 0; i < n; i++) {
      last = value(s.charAt(i));
      if (last < 0) {
        return false;
      }
    }
    if (n % 4 == 2) {
      return (last & 0x0F) == 0;
    }
    if (n % 4 == 3) {
      return (last & 0x03) == 0;
    }
    return true;
  }

  /** Each Base64URL character's value, -1 for any other below 128. */
  private static final byte[] VALUES = new byte[128];

  static {
    java.util.Arrays.fill(VALUES, (byte) -1);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < alphabet.length(); i++) {
      VALUES[alphabet.charAt(i)] = (byte) i;
    }
  }

  private static int value(char c) {
    return c < 128 ? VALUES[c] : -1;
  }

  /** Header values come from the sender: quote them only when short and plainly a name. */
  private static String printable(Object value) {
    if (value == null) {
      return "(missing)";
    }
    if (value instanceof String && ((String) value).matches("[A-Za-z0-9+._-]{1,32}")) {
      return "\"" + value + "\"";
    }
    return "(unsupported value)";
  }

  private static KonaplateCryptoException malformed(String why) {
    return new KonaplateCryptoException("JWE refused: malformed compact serialization, " + why,
        null);
  }

  private static KonaplateCryptoException refused(String rule) {
    return new KonaplateCryptoException("JWE refused: " + rule, null);
  }
}
