package com.konaplate.sdk.spi;

import java.util.function.Function;

/**
 * Creates a {@link PayloadEncryptor} from environment variables. Looked up with
 * {@link java.util.ServiceLoader} by {@code KonaplateClient.fromEnv()} only, never otherwise.
 */
public interface PayloadEncryptorProvider {

  /**
   * Returns an encryptor configured from the environment, or null when the environment asks
   * for no encryption.
   *
   * @param environment reads a variable; returns null when it is not set
   * @throws IllegalStateException naming the variable when a setting is malformed
   */
  PayloadEncryptor fromEnvironment(Function<String, String> environment);
}
