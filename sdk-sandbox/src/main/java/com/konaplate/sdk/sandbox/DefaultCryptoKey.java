package com.konaplate.sdk.sandbox;

/**
 * The demo crypto key set of sandboxes built without one: generated once per JVM, on first
 * use, with a new {@code SecureRandom} (two RSA-2048 key pairs cost about 0.2 to 1 s of CPU, so
 * a test run pays it once rather than per sandbox). Immutable once made; the class
 * initialisation is the lock.
 */
final class DefaultCryptoKey {
  private DefaultCryptoKey() {
  }

  /** The JVM's demo key set. */
  static SandboxCryptoKey get() {
    return Holder.KEY;
  }

  private static final class Holder {
    static final SandboxCryptoKey KEY = SandboxCryptoKey.generate();
  }
}
