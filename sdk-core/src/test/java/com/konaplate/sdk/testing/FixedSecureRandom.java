package com.konaplate.sdk.testing;

import java.security.SecureRandom;

/** A SecureRandom that repeats fixed bytes: deterministic correlation ids and jitter. */
public final class FixedSecureRandom extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private final byte[] pattern;

  public FixedSecureRandom(byte... pattern) {
    this.pattern = pattern.clone();
  }

  @Override
  public void nextBytes(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = pattern[i % pattern.length];
    }
  }
}
