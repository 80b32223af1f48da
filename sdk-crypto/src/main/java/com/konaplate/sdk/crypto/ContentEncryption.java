package com.konaplate.sdk.crypto;

/** How the payload itself is encrypted (JWE {@code enc}). */
public enum ContentEncryption {
  /** AES-GCM with a 128-bit key ({@code A128GCM}); the default. */
  A128GCM("A128GCM"),
  /** AES-GCM with a 256-bit key ({@code A256GCM}). */
  A256GCM("A256GCM");

  private final String jwaName;

  ContentEncryption(String jwaName) {
    this.jwaName = jwaName;
  }

  /** The JWE {@code enc} header value, e.g. {@code A128GCM}. */
  public String jwaName() {
    return jwaName;
  }
}
