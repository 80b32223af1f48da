package com.konaplate.sdk.benchmarks;

import com.konaplate.sdk.crypto.RsaKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The two RSA-2048 key pairs of message encryption: the server's (requests are encrypted to it)
 * and the client's (responses are encrypted to it). Generated once by whoever runs the server
 * and handed to benchmark JVMs as PEM files, read back with the SDK's own {@link RsaKeys}.
 */
public final class BenchKeys {
  static final String SERVER_PUBLIC = "server-public.pem";
  static final String SERVER_PRIVATE = "server-private.pem";
  static final String CLIENT_PUBLIC = "client-public.pem";
  static final String CLIENT_PRIVATE = "client-private.pem";

  public final PublicKey serverPublic;
  public final PrivateKey serverPrivate;
  public final PublicKey clientPublic;
  public final PrivateKey clientPrivate;

  private BenchKeys(PublicKey serverPublic, PrivateKey serverPrivate, PublicKey clientPublic,
      PrivateKey clientPrivate) {
    this.serverPublic = serverPublic;
    this.serverPrivate = serverPrivate;
    this.clientPublic = clientPublic;
    this.clientPrivate = clientPrivate;
  }

  /** Two fresh RSA-2048 key pairs. */
  public static BenchKeys generate() {
    KeyPair server = rsa2048();
    KeyPair client = rsa2048();
    return new BenchKeys(server.getPublic(), server.getPrivate(), client.getPublic(),
        client.getPrivate());
  }

  /** Reads the keys written by {@link #writeTo(Path)}. */
  public static BenchKeys readFrom(Path dir) {
    return new BenchKeys(RsaKeys.publicKeyFromFile(dir.resolve(SERVER_PUBLIC)),
        RsaKeys.privateKeyFromFile(dir.resolve(SERVER_PRIVATE)),
        RsaKeys.publicKeyFromFile(dir.resolve(CLIENT_PUBLIC)),
        RsaKeys.privateKeyFromFile(dir.resolve(CLIENT_PRIVATE)));
  }

  /** Writes the keys as PEM (SubjectPublicKeyInfo and unencrypted PKCS#8) into {@code dir}. */
  public Path writeTo(Path dir) {
    try {
      Files.createDirectories(dir);
      write(dir.resolve(SERVER_PUBLIC), "PUBLIC KEY", serverPublic.getEncoded());
      write(dir.resolve(SERVER_PRIVATE), "PRIVATE KEY", serverPrivate.getEncoded());
      write(dir.resolve(CLIENT_PUBLIC), "PUBLIC KEY", clientPublic.getEncoded());
      write(dir.resolve(CLIENT_PRIVATE), "PRIVATE KEY", clientPrivate.getEncoded());
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String type, byte[] der) throws IOException {
    String pem = "-----BEGIN " + type + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + type + "-----\n";
    Files.write(file, pem.getBytes(StandardCharsets.US_ASCII));
  }

  private static KeyPair rsa2048() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
