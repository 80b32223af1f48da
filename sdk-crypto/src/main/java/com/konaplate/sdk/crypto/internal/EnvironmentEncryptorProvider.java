package com.konaplate.sdk.crypto.internal;

import com.konaplate.sdk.crypto.EncryptionPolicy;
import com.konaplate.sdk.crypto.JweEncryption;
import com.konaplate.sdk.exception.KonaplateCryptoException;
import com.konaplate.sdk.spi.PayloadEncryptor;
import com.konaplate.sdk.spi.PayloadEncryptorProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Configures {@link JweEncryption} from environment variables for
 * {@code KonaplateClient.fromEnv()}, which finds this class with {@link java.util.ServiceLoader}.
 *
 * <p>Errors name the variable and never echo its value: a value may be a key.
 */
public final class EnvironmentEncryptorProvider implements PayloadEncryptorProvider {
  /** The crypto key id; when unset or blank, no encryption is configured. */
  public static final String CRYPTO_KEY_ID = "KONAPLATE_CRYPTO_KEY_ID";
  /** The server certificate or public key: PEM text or a path to a PEM or DER file. */
  public static final String SERVER_PUBLIC_KEY = "KONAPLATE_SERVER_PUBLIC_KEY";
  /** The client private key: PEM text or a path to a PEM or DER file. */
  public static final String CLIENT_PRIVATE_KEY = "KONAPLATE_CLIENT_PRIVATE_KEY";
  /** The password of an encrypted client private key; optional. */
  public static final String CLIENT_PRIVATE_KEY_PASSWORD = "KONAPLATE_CLIENT_PRIVATE_KEY_PASSWORD";
  /** {@code true} to encrypt every request; {@code false} (default) to follow openapi.yaml. */
  public static final String ENCRYPT_REQUESTS = "KONAPLATE_ENCRYPT_REQUESTS";

  /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-arg constructor. */
  public EnvironmentEncryptorProvider() {
  }

  @Override
  public PayloadEncryptor fromEnvironment(Function<String, String> environment) {
    if (environment == null) {
      throw new NullPointerException("environment == null");
    }
    String keyId = trimToNull(environment.apply(CRYPTO_KEY_ID));
    if (keyId == null) {
      return null;
    }
    JweEncryption.Builder builder = JweEncryption.builder();
    try {
      builder.cryptoKeyId(keyId);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(CRYPTO_KEY_ID + " is malformed: " + e.getMessage());
    }
    RSAPublicKey server;
    RSAPrivateKey client;
    char[] password = passwordOf(environment.apply(CLIENT_PRIVATE_KEY_PASSWORD));
    try {
      server = KeyReader.publicKey(keyBytes(environment, SERVER_PUBLIC_KEY), SERVER_PUBLIC_KEY);
      client = KeyReader.privateKey(keyBytes(environment, CLIENT_PRIVATE_KEY), password,
          CLIENT_PRIVATE_KEY, CLIENT_PRIVATE_KEY_PASSWORD);
    } catch (KonaplateCryptoException e) {
      // The message names the variable (used as the setting name) and the expected formats.
      throw new IllegalStateException(e.getMessage(), e);
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
    return builder.serverPublicKey(server)
        .clientPrivateKey(client)
        .policy(policyOf(environment.apply(ENCRYPT_REQUESTS)))
        .build();
  }

  /**
   * Reads a key variable: PEM text as is, anything else as the path of a PEM or DER file.
   * Key failures surface as {@link IllegalStateException} naming the variable.
   */
  static byte[] keyBytes(Function<String, String> environment, String variable) {
    String value = trimToNull(environment.apply(variable));
    if (value == null) {
      throw new IllegalStateException(variable + " is required when " + CRYPTO_KEY_ID
          + " is set");
    }
    if (value.contains("-----BEGIN ")) {
      return pemText(value).getBytes(StandardCharsets.UTF_8);
    }
    Path path;
    try {
      path = Paths.get(value);
    } catch (InvalidPathException e) {
      throw notPemNorFile(variable);
    }
    if (!Files.isRegularFile(path)) {
      throw notPemNorFile(variable);
    }
    try {
      return Files.readAllBytes(path);
    } catch (IOException | SecurityException e) {
      throw new IllegalStateException(variable + ": cannot read the key file ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** PEM squeezed onto one line with literal "\n" escapes, as .env files often hold it. */
  static String pemText(String value) {
    if (value.indexOf('\n') < 0 && value.contains("\\n")) {
      return value.replace("\\r", "").replace("\\n", "\n");
    }
    return value;
  }

  private static IllegalStateException notPemNorFile(String variable) {
    return new IllegalStateException(variable
        + " is neither PEM text (\"-----BEGIN ...\") nor the path of a readable file");
  }

  private static char[] passwordOf(String value) {
    return value == null || value.isEmpty() ? null : value.toCharArray();
  }

  private static EncryptionPolicy policyOf(String value) {
    String v = trimToNull(value);
    if (v == null || "false".equalsIgnoreCase(v)) {
      return EncryptionPolicy.FOLLOW_SPEC;
    }
    if ("true".equalsIgnoreCase(v)) {
      return EncryptionPolicy.ALL_REQUESTS;
    }
    throw new IllegalStateException(ENCRYPT_REQUESTS + " must be true or false");
  }

  private static String trimToNull(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }
}
