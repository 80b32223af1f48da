package com.konaplate.sdk.crypto;

import com.konaplate.sdk.crypto.internal.KeyReader;
import com.konaplate.sdk.crypto.internal.KeySources;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * Reads the RSA keys of message encryption in the forms partners receive them.
 *
 * <p>Public keys (the server key): an X.509 certificate, PEM ({@code BEGIN CERTIFICATE}) or
 * DER, or a public key, PEM ({@code BEGIN PUBLIC KEY}) or DER SubjectPublicKeyInfo. Only the
 * key is taken from a certificate: its dates and issuer are not checked, since the crypto key id
 * already pins which key is meant.
 *
 * <p>Private keys (the client key): PKCS#8, PEM ({@code BEGIN PRIVATE KEY}) or DER; PKCS#1 PEM
 * ({@code BEGIN RSA PRIVATE KEY}); encrypted PKCS#8, PEM ({@code BEGIN ENCRYPTED PRIVATE KEY})
 * or DER, with a password. Passwords are used once and not kept.
 *
 * <p>Files, streams and classpath resources may hold PEM or DER. Every method returns a key of
 * at least 2048 bits or throws {@link com.konaplate.sdk.exception.KonaplateCryptoException}
 * whose message names the setting ({@code serverPublicKey} or {@code clientPrivateKey}) and the
 * expected formats, and never the key material. Thread-safe; no state.
 */
public final class RsaKeys {
  private static final String PUBLIC = "serverPublicKey";
  private static final String PRIVATE = "clientPrivateKey";
  private static final String PASSWORD = "the private key password";

  private RsaKeys() {
  }

  /** Reads a public key from PEM text holding a certificate or a public key. */
  public static RSAPublicKey publicKeyFromPem(String pem) {
    return KeyReader.publicKey(utf8(pem, "pem"), PUBLIC);
  }

  /** Reads a public key from DER bytes of a certificate or a SubjectPublicKeyInfo. */
  public static RSAPublicKey publicKeyFromDer(byte[] der) {
    return KeyReader.publicKey(notNull(der, "der"), PUBLIC);
  }

  /** Reads a public key from a file holding a certificate or a public key, PEM or DER. */
  public static RSAPublicKey publicKeyFromFile(Path path) {
    return KeyReader.publicKey(KeySources.file(path, PUBLIC), PUBLIC);
  }

  /** Reads a public key from a stream (PEM or DER), to its end; the stream is not closed. */
  public static RSAPublicKey publicKeyFromStream(InputStream in) {
    return KeyReader.publicKey(KeySources.stream(in, PUBLIC), PUBLIC);
  }

  /** Reads a public key from a classpath resource (PEM or DER), e.g. {@code "keys/server.pem"}. */
  public static RSAPublicKey publicKeyFromClasspath(String resource) {
    return KeyReader.publicKey(KeySources.classpath(resource, PUBLIC), PUBLIC);
  }

  /** Reads an unencrypted private key from PEM text (PKCS#8 or PKCS#1). */
  public static RSAPrivateKey privateKeyFromPem(String pem) {
    return privateKeyFromPem(pem, null);
  }

  /** Reads a private key from PEM text; the password (may be null) opens an encrypted key. */
  public static RSAPrivateKey privateKeyFromPem(String pem, char[] password) {
    return KeyReader.privateKey(utf8(pem, "pem"), password, PRIVATE, PASSWORD);
  }

  /** Reads an unencrypted private key from DER bytes (PKCS#8 or PKCS#1). */
  public static RSAPrivateKey privateKeyFromDer(byte[] der) {
    return privateKeyFromDer(der, null);
  }

  /** Reads a private key from DER bytes; the password (may be null) opens encrypted PKCS#8. */
  public static RSAPrivateKey privateKeyFromDer(byte[] der, char[] password) {
    return KeyReader.privateKey(notNull(der, "der"), password, PRIVATE, PASSWORD);
  }

  /** Reads an unencrypted private key from a file, PEM or DER. */
  public static RSAPrivateKey privateKeyFromFile(Path path) {
    return privateKeyFromFile(path, null);
  }

  /** Reads a private key from a file, PEM or DER; the password (may be null) opens it. */
  public static RSAPrivateKey privateKeyFromFile(Path path, char[] password) {
    return KeyReader.privateKey(KeySources.file(path, PRIVATE), password, PRIVATE, PASSWORD);
  }

  /** Reads an unencrypted private key from a stream, to its end; the stream is not closed. */
  public static RSAPrivateKey privateKeyFromStream(InputStream in) {
    return privateKeyFromStream(in, null);
  }

  /** Reads a private key from a stream, to its end; the password (may be null) opens it. */
  public static RSAPrivateKey privateKeyFromStream(InputStream in, char[] password) {
    return KeyReader.privateKey(KeySources.stream(in, PRIVATE), password, PRIVATE, PASSWORD);
  }

  /** Reads an unencrypted private key from a classpath resource, PEM or DER. */
  public static RSAPrivateKey privateKeyFromClasspath(String resource) {
    return privateKeyFromClasspath(resource, null);
  }

  /** Reads a private key from a classpath resource; the password (may be null) opens it. */
  public static RSAPrivateKey privateKeyFromClasspath(String resource, char[] password) {
    return KeyReader.privateKey(KeySources.classpath(resource, PRIVATE), password, PRIVATE,
        PASSWORD);
  }

  private static byte[] utf8(String s, String name) {
    return notNull(s, name).getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " == null");
    }
    return value;
  }
}
