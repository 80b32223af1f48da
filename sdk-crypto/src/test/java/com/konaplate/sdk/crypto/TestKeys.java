package com.konaplate.sdk.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys for the tests: generated once per JVM with the JDK's KeyPairGenerator (RSA-2048 takes a
 * while), plus the OpenSSL-made fixtures under src/test/resources/keys.
 */
final class TestKeys {
  static final BouncyCastleProvider BC = new BouncyCastleProvider();
  static final String FIXTURE_PASSWORD = "fixture-password";

  static final KeyPair SERVER = rsa(2048);
  static final KeyPair CLIENT = rsa(2048);
  static final KeyPair STRANGER = rsa(2048);

  private TestKeys() {
  }

  static KeyPair rsa(int bits) {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(bits);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static KeyPair ec() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
      g.initialize(new ECGenParameterSpec("secp256r1"));
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** PEM of a key or certificate as BouncyCastle writes it (PKCS#1 for RSA private keys). */
  static String pem(Object o) {
    StringWriter w = new StringWriter();
    try (JcaPEMWriter pw = new JcaPEMWriter(w)) {
      pw.writeObject(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** PKCS#8 PEM, encrypted with AES-256-CBC when a password is given. */
  static String pkcs8Pem(java.security.PrivateKey key, char[] password) {
    try {
      return pem(new JcaPKCS8Generator(key, password == null ? null
          : new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
              .setProvider(BC).setPassword(password).build()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A self-signed certificate for the key pair, as built by BouncyCastle. */
  static X509CertificateHolder certificate(KeyPair pair, String signature) {
    try {
      X500Name name = new X500Name("CN=KONA PLATE SDK test");
      Date from = new Date(0);
      Date to = new Date(4102444800000L);
      return new JcaX509v3CertificateBuilder(name, BigInteger.ONE, from, to, name,
          pair.getPublic())
          .build(new JcaContentSignerBuilder(signature).setProvider(BC)
              .build(pair.getPrivate()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] fixtureBytes(String name) {
    try (InputStream in = TestKeys.class.getResourceAsStream("/keys/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String fixture(String name) {
    return new String(fixtureBytes(name), StandardCharsets.UTF_8);
  }

  /**
   * Strings that would betray key material if they appeared in a message: each Base64 line of
   * the PEM forms, the Base64 of the encodings, and the modulus and private exponent.
   */
  static List<String> secretsOf(KeyPair pair) {
    List<String> out = new ArrayList<>();
    for (String pem : new String[] {pem(pair.getPrivate()), pkcs8Pem(pair.getPrivate(), null),
        pem(pair.getPublic())}) {
      for (String line : pem.split("\\R")) {
        if (!line.startsWith("-----") && line.length() >= 16) {
          out.add(line);
        }
      }
    }
    out.add(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()).substring(40, 80));
    out.add(Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()).substring(40, 80));
    java.security.interfaces.RSAPrivateKey k = (java.security.interfaces.RSAPrivateKey) pair.getPrivate();
    out.add(k.getModulus().toString().substring(0, 40));
    out.add(k.getModulus().toString(16).substring(0, 40));
    out.add(k.getPrivateExponent().toString().substring(0, 40));
    out.add(k.getPrivateExponent().toString(16).substring(0, 40));
    return out;
  }

  /** The Base64 lines of a PEM fixture, to look for in messages. */
  static List<String> pemLines(String pem) {
    List<String> out = new ArrayList<>();
    for (String line : pem.split("\\R")) {
      if (!line.startsWith("-----") && !line.contains(":") && line.length() >= 16) {
        out.add(line);
      }
    }
    return out;
  }
}
