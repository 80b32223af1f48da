package com.konaplate.sdk.crypto;

/** How the per-message content key is encrypted to the recipient's RSA key (JWE {@code alg}). */
public enum KeyManagement {
  /** RSAES-OAEP with SHA-256 and MGF1-SHA-256 ({@code RSA-OAEP-256}); the default. */
  RSA_OAEP_256("RSA-OAEP-256"),
  /** RSAES-OAEP with SHA-1 and MGF1-SHA-1 ({@code RSA-OAEP}), for servers that ask for it. */
  RSA_OAEP("RSA-OAEP");

  private final String jwaName;

  KeyManagement(String jwaName) {
    this.jwaName = jwaName;
  }

  /** The JWE {@code alg} header value, e.g. {@code RSA-OAEP-256}. */
  public String jwaName() {
    return jwaName;
  }
}
