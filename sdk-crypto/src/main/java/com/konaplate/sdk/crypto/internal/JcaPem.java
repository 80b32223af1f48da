package com.konaplate.sdk.crypto.internal;

import java.io.ByteArrayInputStream;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common PEM forms read with the JDK alone: one unencrypted PKCS#8 {@code PRIVATE KEY}, one
 * {@code PUBLIC KEY} or one {@code CERTIFICATE}, holding an RSA key. BouncyCastle is a signed jar
 * whose first use costs about a second (the JDK verifies its signature, then loads its ASN.1 and
 * PEM classes); most partners' keys never need it. Anything else — PKCS#1, encrypted keys, DER,
 * several blocks, a non-RSA key, damage — returns null, and {@link KeyReader} reads (or refuses)
 * it as before, with its messages.
 */
final class JcaPem {
  private static final Pattern BLOCK = Pattern.compile(
      "-----BEGIN ([A-Z ]+)-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END \\1-----");

  private JcaPem() {
  }

  /** The RSA public key of a lone PUBLIC KEY or CERTIFICATE block, or null. */
  static RSAPublicKey publicKey(String pem) {
    byte[] der = lone(pem, "PUBLIC KEY");
    try {
      if (der != null) {
        PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        return key instanceof RSAPublicKey ? (RSAPublicKey) key : null;
      }
      der = lone(pem, "CERTIFICATE");
      if (der != null) {
        PublicKey key = CertificateFactory.getInstance("X.509")
            .generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
        return key instanceof RSAPublicKey ? (RSAPublicKey) key : null;
      }
    } catch (Exception notForTheJdkAlone) {
      // damaged, or not RSA: BouncyCastle's path says exactly why
    }
    return null;
  }

  /** The RSA private key of a lone unencrypted PKCS#8 PRIVATE KEY block, or null. */
  static RSAPrivateKey privateKey(String pem) {
    byte[] der = lone(pem, "PRIVATE KEY");
    if (der == null) {
      return null;
    }
    try {
      PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
      return key instanceof RSAPrivateKey ? (RSAPrivateKey) key : null;
    } catch (Exception notForTheJdkAlone) {
      return null;
    }
  }

  /** The DER of the only PEM block in {@code pem}, when it is of {@code type}; else null. */
  private static byte[] lone(String pem, String type) {
    Matcher m = BLOCK.matcher(pem);
    if (!m.find() || !m.group(1).equals(type)) {
      return null;
    }
    String body = m.group(2);
    if (m.find() || body.contains(":")) {
      return null; // several blocks, or headers (an encrypted legacy key): not ours
    }
    try {
      return Base64.getMimeDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
